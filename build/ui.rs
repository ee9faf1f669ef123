//! The interface text (`content/<lang>/ui.toml`) as typed Rust: one module
//! per table, a `const` per plain string, and a function per string with
//! `{named}` placeholders or plural forms. `$OUT_DIR/ui.rs` is the `ui` of
//! `src/ui.rs`.
//!
//! Why generated: a view names a key as a Rust path (`ui::welcome::TITLE`),
//! so a missing or misspelt key fails to compile, and a placeholder is a
//! parameter, so a call that forgets one fails too. The text itself stays
//! data a translator can find in one file.

use std::fmt::Write;

/// One string of the file.
enum Text {
    /// Said as it is, or with `{named}` placeholders.
    Plain(String),
    /// Chosen by a count `{n}`: `one` when it is 1, else `other`.
    Plural { one: String, other: String },
}

/// Reads the file `name`, whose text is `text`, and returns the generated
/// Rust. A translation is first checked against the English file's text.
pub fn generate(name: &str, text: &str, english: Option<&str>) -> String {
    let file: toml::Table = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    if let Some(english) = english {
        let english: toml::Table = toml::from_str(english).expect("content/en/ui.toml reads");
        same_keys(name, &english, &file);
    }
    generate_from(name, &file)
}

/// The generated Rust for a file already read (a pseudo-locale's, made
/// from English's).
pub fn generate_from(name: &str, file: &toml::Table) -> String {
    let mut out = String::new();
    for (table, entries) in file {
        let toml::Value::Table(entries) = entries else {
            panic!("{name}: `{table}` must be a [table] of strings");
        };
        let _ = writeln!(out, "pub mod {} {{", ident(name, table));
        for (key, value) in entries {
            let at = format!("{name}: {table}.{key}");
            let _ = writeln!(out, "{}", item(&at, key, &read(&at, value)));
        }
        out.push_str("}\n");
    }
    out
}

/// A translation has every table and key of English, no other, each of the
/// same kind and with the same placeholders (in any order): the generated
/// functions then take the same parameters in every language.
fn same_keys(name: &str, english: &toml::Table, theirs: &toml::Table) {
    let mut problems = Vec::new();
    let keys = |t: &toml::Table| -> Vec<(String, Option<Vec<String>>)> {
        let mut out = Vec::new();
        for (table, entries) in t {
            for (key, value) in entries.as_table().into_iter().flatten() {
                let at = format!("{table}.{key}");
                let shape = match read(&at, value) {
                    Text::Plain(s) => Some(sorted_names(&at, &s)),
                    Text::Plural { .. } => None,
                };
                out.push((at, shape));
            }
        }
        out
    };
    let (ours, translated) = (keys(english), keys(theirs));
    for (at, shape) in &ours {
        match translated.iter().find(|(k, _)| k == at) {
            None => problems.push(format!("{at} is missing")),
            Some((_, s)) if s != shape => problems.push(format!(
                "{at} must have the placeholders (or plural forms) of English: {shape:?}"
            )),
            Some(_) => {}
        }
    }
    for (at, _) in &translated {
        if !ours.iter().any(|(k, _)| k == at) {
            problems.push(format!("{at} is not an English key"));
        }
    }
    if !problems.is_empty() {
        panic!("{name}:\n  {}", problems.join("\n  "));
    }
}

/// A string's placeholder names, sorted.
fn sorted_names(at: &str, s: &str) -> Vec<String> {
    let pieces = pieces(at, s);
    let mut names: Vec<String> = placeholders(&pieces)
        .into_iter()
        .map(str::to_owned)
        .collect();
    names.sort_unstable();
    names
}

fn read(at: &str, value: &toml::Value) -> Text {
    match value {
        toml::Value::String(s) => Text::Plain(s.clone()),
        toml::Value::Table(t) => {
            let form = |f: &str| match t.get(f) {
                Some(toml::Value::String(s)) => s.clone(),
                _ => panic!("{at}: a plural needs `one` and `other` strings"),
            };
            if t.len() != 2 {
                panic!("{at}: a plural has exactly `one` and `other`");
            }
            Text::Plural {
                one: form("one"),
                other: form("other"),
            }
        }
        _ => panic!("{at}: must be a string, or {{ one = \"…\", other = \"…\" }}"),
    }
}

/// The Rust item for one key.
fn item(at: &str, key: &str, text: &Text) -> String {
    let name = ident(at, key);
    match text {
        Text::Plain(s) => {
            let pieces = pieces(at, s);
            let mut names = placeholders(&pieces);
            // Parameters in one order for every language (a translation
            // may say them in another), so a call never swaps two values.
            names.sort_unstable();
            if names.is_empty() {
                format!("    pub const {}: &str = {s:?};", name.to_uppercase())
            } else {
                let params: Vec<String> = names.iter().map(|n| format!("{n}: &str")).collect();
                format!(
                    "    pub fn {name}({}) -> String {{ {} }}",
                    params.join(", "),
                    string(&pieces)
                )
            }
        }
        Text::Plural { one, other } => {
            let (one, other) = (pieces(at, one), pieces(at, other));
            if [&one, &other]
                .iter()
                .any(|p| placeholders(p).iter().any(|n| *n != "n"))
            {
                panic!("{at}: a plural's only placeholder is {{n}}");
            }
            if placeholders(&other).is_empty() {
                panic!("{at}: the `other` form says the count, {{n}}");
            }
            format!(
                "    pub fn {name}(count: usize) -> String {{ let n: &str = &count.to_string(); if count == 1 {{ {} }} else {{ {} }} }}",
                string(&one),
                string(&other)
            )
        }
    }
}

/// A piece of a string: text as it is, or a `{named}` placeholder.
enum Piece {
    Text(String),
    Name(String),
}

/// An expression making the pieces one `String`: the text between the
/// placeholders and their values, joined by one shared function
/// (`src/ui.rs`'s `fill`) rather than `format!` code per string.
fn string(pieces: &[Piece]) -> String {
    let (mut texts, mut values) = (vec![String::new()], Vec::new());
    for p in pieces {
        match p {
            Piece::Text(t) => texts.last_mut().expect("one").push_str(t),
            Piece::Name(n) => {
                values.push(n.clone());
                texts.push(String::new());
            }
        }
    }
    if values.is_empty() {
        return format!("String::from({:?})", texts[0]);
    }
    format!("super::fill(&{texts:?}, &[{}])", values.join(", "))
}

/// The placeholders' names, each once.
fn placeholders(pieces: &[Piece]) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for p in pieces {
        if let Piece::Name(n) = p {
            if !names.contains(&n.as_str()) {
                names.push(n);
            }
        }
    }
    names
}

/// `s` split at its `{named}` placeholders. Any other brace is an error,
/// so a stray one in a translation is caught here.
fn pieces(at: &str, s: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(open) = rest.find(['{', '}']) {
        let after = &rest[open + 1..];
        let close = after.find('}').filter(|_| rest.as_bytes()[open] == b'{');
        let Some(close) = close else {
            panic!("{at}: a brace that is not a {{placeholder}}: {s:?}");
        };
        let name = &after[..close];
        if !is_name(name) {
            panic!("{at}: placeholder {{{name}}} must be a name (lowercase letters, digits and _, not a Rust keyword)");
        }
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        out.push(Piece::Name(name.to_string()));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() || out.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    out
}

/// A key as a Rust name: lowercase letters, digits and `_`, starting with
/// a letter, and not a Rust keyword. The key is the name, so two keys can
/// never make one name.
fn ident(at: &str, key: &str) -> String {
    if !is_name(key) {
        panic!("{at}: `{key}` must be lowercase letters, digits and _, start with a letter, and not be a Rust keyword");
    }
    key.to_string()
}

fn is_name(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !KEYWORDS.contains(&s)
}

/// Rust's keywords, which no key or placeholder may be (they name items
/// and parameters in the generated file).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum",
    "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
    "move", "mut", "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
    "try", "type", "unsafe", "use", "where", "while", "yield",
];
