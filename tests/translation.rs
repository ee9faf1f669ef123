//! Every shipped translation, checked without building it: complete, laid
//! over English by the build's own code (`build/overlay.rs`, `build/ui.rs`),
//! and free of English left behind.

#[path = "../build/overlay.rs"]
#[allow(dead_code)]
mod overlay;
#[path = "../build/ui.rs"]
#[allow(dead_code)]
mod ui_generator;

use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The languages besides English: folders of `content/` with a `ui.toml`.
fn translations() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("content"))
        .expect("content/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("ui.toml").exists() && !p.ends_with("en"))
        .collect();
    out.sort();
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The TOML files of a content folder, by name, read.
fn toml_files(dir: &Path) -> Vec<(String, toml::Table)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("content folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        if name.ends_with(".toml") {
            let table = toml::from_str(&read(&path)).unwrap_or_else(|e| panic!("{name}: {e}"));
            out.push((name, table));
        }
    }
    out
}

/// The English files that have text to translate, by name.
fn english_files() -> Vec<(String, toml::Table)> {
    let mut files = toml_files(&Path::new(ROOT).join("content/en"));
    files.retain(|(name, table)| name != "ui.toml" && overlay::has_text(table));
    files
}

#[test]
fn spanish_is_shipped() {
    let names: Vec<_> = translations()
        .iter()
        .map(|p| p.file_name().map(|n| n.to_owned()))
        .collect();
    assert!(names.contains(&Some("es".into())), "{names:?}");
}

#[test]
fn every_translation_has_every_record_field_and_key() {
    for dir in translations() {
        for (name, english) in english_files() {
            let path = dir.join(&name);
            let over: toml::Table = toml::from_str(&read(&path)).expect("translation reads");
            let mut english = english.clone();
            // Panics, naming every problem, as the build would.
            overlay::apply(&path.display().to_string(), &mut english, over);
        }
        let english = read(&Path::new(ROOT).join("content/en/ui.toml"));
        ui_generator::generate("ui.toml", &read(&dir.join("ui.toml")), Some(&english));
    }
}

/// What a translation's file may not hold: a record for another language's
/// text, or a text field it has no English for.
#[test]
fn an_overlay_refuses_what_is_not_text_and_names_what_is_missing() {
    let english = r#"
        [[sign]]
        id = "a"
        tier = "urgent"
        label = "A"
        reason = "Because"
        [[sign]]
        id = "b"
        tier = "urgent"
        label = "B"
        reason = "Because"
    "#;
    let cases = [
        (
            "[[sign]]\nid = \"a\"\nlabel = \"Á\"\nreason = \"Porque\"\ntier = \"routine\"\n",
            ["[[sign]] a: `tier` is not text", "[[sign]] b: missing"],
        ),
        (
            "[[sign]]\nid = \"a\"\nlabel = \"Á\"\n[[sign]]\nid = \"c\"\nlabel = \"C\"\nreason = \"C\"\n",
            ["[[sign]] a: `reason` is missing", "[[sign]] \"c\" is not an English record"],
        ),
        (
            "[[sign]]\nid = \"a\"\nlabel = \" \"\nreason = \"Porque\"\n[[sign]]\nid = \"b\"\nlabel = \"B\"\nreason = \"\"\n",
            ["[[sign]] a: `label` is blank", "[[sign]] b: `reason` is blank"],
        ),
    ];
    for (theirs, says) in cases {
        let mut table: toml::Table = toml::from_str(english).expect("reads");
        let over: toml::Table = toml::from_str(theirs).expect("reads");
        let err = std::panic::catch_unwind(move || overlay::apply("t", &mut table, over))
            .expect_err(theirs);
        let message = err.downcast_ref::<String>().cloned().unwrap_or_default();
        for s in says {
            assert!(
                message.contains(s),
                "{theirs:?} gave {message:?}, not {s:?}"
            );
        }
    }
}

/// Common English words that no sentence of Spanish uses ("has" is
/// Spanish too). A name that contains one goes in [`NAMES`].
const ENGLISH: &[&str] = &[
    "the", "and", "you", "your", "with", "this", "that", "is", "are", "of", "to", "it", "or",
    "not", "can", "may", "if", "for", "from", "when", "what", "where", "which", "how", "should",
    "pain", "muscle", "here", "there", "have", "been", "will", "would", "could", "into", "about",
    "after", "before", "only", "more", "most", "some", "any", "every", "other", "be", "in", "on",
    "at", "by", "but", "see", "get", "than",
];

/// Names that stay English in every language.
const NAMES: &[&str] = &["Travell and Simons"];

/// Every string in a TOML value, with where it is.
fn strings(value: &toml::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => out.push((at.to_string(), s.clone())),
        toml::Value::Array(a) => a.iter().for_each(|v| strings(v, at, out)),
        toml::Value::Table(t) => {
            for (k, v) in t {
                if k != "id" && k != "region" && k != "code" && k != "other_code" {
                    strings(v, &format!("{at}.{k}"), out);
                }
            }
        }
        _ => {}
    }
}

/// Every string a translation's folder ships, with where it is (the
/// glossary, which pairs English with its translation on purpose, is not
/// shipped).
fn shipped_strings(dir: &Path) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for (name, table) in toml_files(dir) {
        if !name.starts_with("glossary") {
            strings(&toml::Value::Table(table), &name, &mut all);
        }
    }
    all
}

/// Fails with every problem `found` in the translation in `dir`.
fn none_found(dir: &Path, what: &str, found: &[String]) {
    assert!(
        found.is_empty(),
        "{}: {what}:\n{}",
        dir.display(),
        found.join("\n")
    );
}

#[test]
fn no_translation_has_english_left_in_it() {
    for dir in translations() {
        let mut found = Vec::new();
        for (at, s) in shipped_strings(&dir) {
            // Placeholders are names in the code, not words.
            let mut text: String = s
                .split('{')
                .map(|p| p.split_once('}').map_or(p, |(_, t)| t))
                .collect();
            for n in NAMES {
                text = text.replace(n, "");
            }
            let mut words = text
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase);
            if let Some(w) = words.find(|w| ENGLISH.contains(&w.as_str())) {
                found.push(format!("{at}: {w:?} in {s:?}"));
            }
        }
        none_found(&dir, "English left", &found);
    }
}

/// The wording rules (never diagnose, never reassure, "a pattern
/// consistent with…") hold in each translation, in its own words: the
/// build checks only the language it builds, and tests build English.
#[test]
fn every_translation_keeps_the_wording_rules_in_its_own_words() {
    use symptom_explorer::engine::validate::{says, wording_for};

    for dir in translations() {
        let code = dir
            .file_name()
            .expect("name")
            .to_string_lossy()
            .into_owned();
        let words = wording_for(&code).unwrap_or_else(|| panic!("{code}: no wording rules"));
        let mut found = Vec::new();
        // A phrase that folds to nothing (a script the folding drops) would
        // be found nowhere.
        for p in words.forbidden {
            assert!(says(p, p), "{code}: {p:?} folds to nothing");
        }
        for name in [
            "outcomes.toml",
            "muscles.toml",
            "questions.toml",
            "warnings.toml",
            "safety.toml",
        ] {
            let table: toml::Value = toml::from_str(&read(&dir.join(name))).expect("reads");
            let mut all = Vec::new();
            strings(&table, name, &mut all);
            // Names and search words are not sentences ("tumor benigno").
            let sentences = all
                .into_iter()
                .filter(|(at, _)| !at.ends_with(".aka") && !at.ends_with(".search"));
            for (at, s) in sentences {
                if let Some(p) = words.forbidden.iter().find(|p| says(&s, p)) {
                    found.push(format!("{at}: {p:?} in {s:?}"));
                }
            }
        }
        let outcomes: toml::Table =
            toml::from_str(&read(&dir.join("outcomes.toml"))).expect("reads");
        let english: toml::Table =
            toml::from_str(&read(&Path::new(ROOT).join("content/en/outcomes.toml")))
                .expect("reads");
        // The pattern outcomes, by their kind in English.
        let pattern = |id: &str| {
            (english["outcome"].as_array().expect("outcomes").iter()).any(|o| {
                o["id"].as_str() == Some(id)
                    && matches!(o["kind"].as_str(), Some("referred" | "local"))
            })
        };
        for o in outcomes["outcome"].as_array().expect("outcomes") {
            let id = o["id"].as_str().expect("id");
            let headline = o["headline"].as_str().expect("headline");
            if pattern(id) && !headline.contains(words.consistent_with) {
                found.push(format!(
                    "outcome {id}: {headline:?} does not say {:?}",
                    words.consistent_with
                ));
            }
        }
        assert!(found.is_empty(), "{code}:\n{}", found.join("\n"));
    }
}

/// The line saying a translation has not had a clinician's review is one
/// field (`[language] review` in its `ui.toml`): the README says it exactly
/// while the field does, and not once it is emptied.
#[test]
fn the_readme_says_what_each_translations_review_field_says() {
    let readme = read(&Path::new(ROOT).join("README.md"));
    for dir in translations() {
        let ui: toml::Table = toml::from_str(&read(&dir.join("ui.toml"))).expect("reads");
        let review = ui["language"]["review"].as_str().expect("review");
        if review.is_empty() {
            continue;
        }
        assert!(readme.contains(review), "README lacks {review:?}");
    }
}

/// A translated string identical to an English one is English left behind,
/// unless it is a word both languages spell alike.
#[test]
fn no_translation_copies_an_english_string() {
    const ALIKE: &[&str] = &["Sinusitis", "lumbago", "psoas", "plantar"];
    let mut english = Vec::new();
    for (_, table) in toml_files(&Path::new(ROOT).join("content/en")) {
        strings(&toml::Value::Table(table), "", &mut english);
    }
    let english: std::collections::HashSet<String> = english.into_iter().map(|(_, s)| s).collect();
    for dir in translations() {
        let mut found = Vec::new();
        for (at, s) in shipped_strings(&dir) {
            let wordy = s.chars().filter(|c| c.is_alphabetic()).count() > 3;
            if wordy && english.contains(&s) && !ALIKE.contains(&s.as_str()) {
                found.push(format!("{at}: {s:?}"));
            }
        }
        none_found(&dir, "same as English", &found);
    }
}

/// The wording rules find a phrase from the start of a word, with case,
/// accents and punctuation folded, and never inside another word.
#[test]
fn a_forbidden_phrase_is_found_from_the_start_of_a_word() {
    use symptom_explorer::engine::validate::says;
    assert!(says("Eso: ¡NO PASA NADA!", "no pasa nada"));
    assert!(says("Don’t worry.", "don't worry"));
    assert!(says("Es inofensiva", "inofensiv*"), "a stem");
    assert!(!says("No pasa nadando", "no pasa nada"));
    assert!(
        !says("Eso es tuyo", "eso es tu"),
        "a phrase ends where a word ends"
    );
    assert!(!says("Sin nada de que preocuparse", "de que preocupar"));
}
