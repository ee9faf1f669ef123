//! A translation of the content: `content/<lang>/<file>.toml` holds, for
//! every English record of a file, its key and its text fields in that
//! language, and nothing else. The build lays it over the English file
//! before reading the records, so ids, regions, tiers, conditions and
//! sources are written once, in English, and a translation can never
//! change what the app does, only what it says.
//!
//! Why so strict: a translation that misses a record or a field would show
//! English (or nothing) in the middle of a Spanish screen, and one that
//! lists a different number of cautions or next steps has dropped or added
//! a fact. Each of those fails the build, naming the file and record.

use toml::{Table, Value};

/// The text fields of one kind of record.
struct Texts {
    table: &'static str,
    /// The field that names a record in both languages.
    key: &'static str,
    /// Strings, translated one for one (each English one must be there).
    strings: &'static [&'static str],
    /// Lists a language fills in its own way (names, search words).
    free: &'static [&'static str],
    /// Lists translated item for item: the same number of items.
    fixed: &'static [&'static str],
}

const TEXTS: &[Texts] = &[
    Texts {
        table: "region",
        key: "id",
        strings: &["label", "group"],
        free: &["aliases"],
        fixed: &[],
    },
    Texts {
        table: "muscle",
        key: "id",
        strings: &["name", "refers_summary"],
        free: &["aka", "search"],
        fixed: &["symptoms", "look_alikes", "self_care", "cautions"],
    },
    Texts {
        table: "sign",
        key: "id",
        strings: &["label", "reason"],
        free: &[],
        fixed: &[],
    },
    Texts {
        table: "question",
        key: "id",
        strings: &["prompt", "why", "caution"],
        free: &[],
        fixed: &[],
    },
    Texts {
        table: "outcome",
        key: "id",
        strings: &["headline", "summary"],
        free: &[],
        fixed: &["next_steps"],
    },
    Texts {
        table: "rule",
        key: "id",
        strings: &["because"],
        free: &[],
        fixed: &[],
    },
    Texts {
        table: "spot",
        key: "region",
        strings: &["caution"],
        free: &[],
        fixed: &[],
    },
];

/// Whether a translation of `english` must exist: it has a table of text.
pub fn has_text(english: &Table) -> bool {
    TEXTS.iter().any(|t| english.contains_key(t.table))
}

/// Lays `over` (the translation, named `name` in messages) over `english`,
/// or panics with every problem found.
pub fn apply(name: &str, english: &mut Table, over: Table) {
    let mut problems = Vec::new();
    for table in over.keys() {
        if !TEXTS.iter().any(|t| t.table == table) {
            problems.push(format!("[[{table}]] has no text to translate"));
        }
    }
    for texts in TEXTS {
        let Some(Value::Array(records)) = english.get_mut(texts.table) else {
            continue;
        };
        let theirs = match over.get(texts.table) {
            Some(Value::Array(a)) => a.as_slice(),
            _ => &[],
        };
        lay(texts, records, theirs, &mut problems);
    }
    if !problems.is_empty() {
        panic!("{name}:\n  {}", problems.join("\n  "));
    }
}

/// The records of one table, matched by key, in the English order.
fn lay(texts: &Texts, records: &mut [Value], theirs: &[Value], problems: &mut Vec<String>) {
    let key_of = |v: &Value| v.get(texts.key).and_then(Value::as_str).map(str::to_owned);
    let ours: Vec<_> = records.iter().map(key_of).collect();
    for t in theirs {
        match key_of(t) {
            Some(k) if ours.contains(&Some(k.clone())) => {}
            k => problems.push(format!(
                "[[{}]] {:?} is not an English record",
                texts.table,
                k.unwrap_or_default()
            )),
        }
    }
    for (record, key) in records.iter_mut().zip(ours) {
        let key = key.unwrap_or_default();
        let at = format!("[[{}]] {key}", texts.table);
        let found = theirs.iter().filter(|t| key_of(t).as_deref() == Some(&key));
        match found.collect::<Vec<_>>()[..] {
            [t] => record_over(texts, &at, record, t, problems),
            [] => problems.push(format!("{at}: missing")),
            _ => problems.push(format!("{at}: translated twice")),
        }
    }
}

/// One record's text fields, checked and copied over the English ones.
fn record_over(texts: &Texts, at: &str, record: &mut Value, t: &Value, problems: &mut Vec<String>) {
    let (Some(record), Some(t)) = (record.as_table_mut(), t.as_table()) else {
        problems.push(format!("{at}: not a table"));
        return;
    };
    // A paired region says its sides in full ("Sien izquierda"): only a
    // translation knows where its side words go and how they agree.
    let sided = texts.table == "region" && record.get("paired") == Some(&Value::Boolean(true));
    let options = texts.table == "question";
    for field in t.keys() {
        let allowed = field == texts.key
            || texts.strings.contains(&field.as_str())
            || texts.free.contains(&field.as_str())
            || texts.fixed.contains(&field.as_str())
            || (sided && (field == "left" || field == "right"))
            || (options && field == "options");
        if !allowed {
            problems.push(format!("{at}: `{field}` is not text; only English sets it"));
        }
    }
    // Words, never blank: an empty caution or reason would show nothing
    // where English says something.
    let blank = |v: &Value| match v {
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a
            .iter()
            .any(|i| i.as_str().is_none_or(|s| s.trim().is_empty())),
        _ => true,
    };
    let words = |f: &str| {
        texts.strings.contains(&f)
            || texts.free.contains(&f)
            || texts.fixed.contains(&f)
            || f == "left"
            || f == "right"
    };
    for (field, value) in t {
        if words(field) && blank(value) {
            problems.push(format!("{at}: `{field}` is blank"));
        }
    }
    for &field in texts.strings {
        match (record.get(field), t.get(field)) {
            (Some(_), Some(Value::String(s))) => {
                record.insert(field.into(), Value::String(s.clone()));
            }
            (Some(_), _) => problems.push(format!("{at}: `{field}` is missing")),
            (None, Some(_)) => problems.push(format!("{at}: `{field}` is not in English")),
            (None, None) => {}
        }
    }
    for &field in texts.free {
        match (record.get(field), t.get(field)) {
            (_, Some(v @ Value::Array(_))) => {
                record.insert(field.into(), v.clone());
            }
            (None, None) => {}
            _ => problems.push(format!("{at}: `{field}` must be a list")),
        }
    }
    for &field in texts.fixed {
        match (record.get(field), t.get(field)) {
            (Some(Value::Array(e)), Some(v @ Value::Array(l))) if e.len() == l.len() => {
                record.insert(field.into(), v.clone());
            }
            (Some(Value::Array(e)), _) => problems.push(format!(
                "{at}: `{field}` needs {} items, one per English item",
                e.len()
            )),
            _ => {}
        }
    }
    if sided {
        for side in ["left", "right"] {
            match t.get(side) {
                Some(v @ Value::String(_)) => {
                    record.insert(side.into(), v.clone());
                }
                _ => problems.push(format!("{at}: a paired region needs `{side}`")),
            }
        }
    }
    if options {
        let mine = record.get_mut("options").and_then(Value::as_array_mut);
        let theirs = t.get("options").and_then(Value::as_array);
        let opts = Texts {
            table: "option",
            key: "id",
            strings: &["label", "note"],
            free: &[],
            fixed: &[],
        };
        match (mine, theirs) {
            (Some(mine), Some(theirs)) => {
                let mut inner = Vec::new();
                lay(&opts, mine, theirs, &mut inner);
                problems.extend(inner.into_iter().map(|p| format!("{at}: {p}")));
            }
            (Some(mine), None) if !mine.is_empty() => {
                problems.push(format!("{at}: `options` is missing"));
            }
            _ => {}
        }
    }
}

/// A translation of `english` made by `say` (a pseudo-locale's, see
/// `pseudo.rs`): every text field said anew. A paired region's sides are
/// `sides` (the English `[areas]` patterns, "Left {area}") filled with its
/// name and then said.
pub fn made(english: &Table, say: &dyn Fn(&str) -> String, sides: [&str; 2]) -> Table {
    let mut out = Table::new();
    for texts in TEXTS {
        let Some(Value::Array(records)) = english.get(texts.table) else {
            continue;
        };
        let mut made = Vec::new();
        for record in records.iter().filter_map(Value::as_table) {
            let mut t = Table::new();
            for (field, value) in record {
                let text = texts.strings.contains(&field.as_str())
                    || texts.free.contains(&field.as_str())
                    || texts.fixed.contains(&field.as_str());
                if field == texts.key {
                    t.insert(field.clone(), value.clone());
                } else if text || field == "options" {
                    let mut value = value.clone();
                    if field == "options" {
                        // Each option's id stays; its words are said.
                        for o in value.as_array_mut().into_iter().flatten() {
                            for (k, v) in o.as_table_mut().into_iter().flatten() {
                                if k != "id" {
                                    map_strings(v, say);
                                }
                            }
                            if let Some(o) = o.as_table_mut() {
                                o.retain(|k, _| ["id", "label", "note"].contains(&k));
                            }
                        }
                    } else {
                        map_strings(&mut value, say);
                    }
                    t.insert(field.clone(), value);
                }
            }
            if texts.table == "region" && record.get("paired") == Some(&Value::Boolean(true)) {
                let label = record
                    .get("label")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                let lower = lower_first(label);
                for (side, pattern) in ["left", "right"].into_iter().zip(sides) {
                    t.insert(side.into(), say(&pattern.replace("{area}", &lower)).into());
                }
            }
            made.push(Value::Table(t));
        }
        out.insert(texts.table.into(), Value::Array(made));
    }
    out
}

/// A name as it reads inside a phrase, as the app writes it
/// (`engine::answer::lower_first`: an ASCII first letter lowered).
fn lower_first(label: &str) -> String {
    let mut out = label.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

/// Every string in `value`, replaced by `f` of it.
pub fn map_strings(value: &mut Value, f: &dyn Fn(&str) -> String) {
    match value {
        Value::String(s) => *s = f(s),
        Value::Array(a) => a.iter_mut().for_each(|v| map_strings(v, f)),
        Value::Table(t) => t.iter_mut().for_each(|(_, v)| map_strings(v, f)),
        _ => {}
    }
}
