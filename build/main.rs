//! Turns the human-edited TOML under `content/` into Rust statics:
//! `$OUT_DIR/content.rs`, the `CONTENT` of `src/content.rs`.
//!
//! Why: parsing JSON or TOML in the browser would ship a parser and do the
//! work on every start; statics cost neither. This script only checks the
//! *syntax* and shape of the files (a typo fails the build with the file
//! name and line); the meaning (dangling ids, unreachable questions, unsafe
//! paths) is checked by `engine::validate`, run on the shipped content by a
//! native test and before every `trunk build`.
//!
//! - `schema.rs`: the records, as serde reads them, named like the model's;
//! - `emit.rs`: how a value is written as a Rust expression;
//! - `articles.rs`: a deployer's own articles file;
//! - `overlay.rs`: a translation laid over the English records;
//! - `pseudo.rs`: the test-only pseudo-locales, made from English;
//! - `ui.rs`: the interface text of the language built, as typed Rust;
//! - `src/engine/spelling.rs`: the enums' words, shared with the engine.
//!
//! The language built is `SYMPTOM_EXPLORER_LANG` (English by default): each
//! has its own wasm, carrying only its own words. English (`content/en/`)
//! holds every record; another language's folder holds its words only.

mod articles;
mod emit;
mod overlay;
mod pseudo;
mod schema;
#[path = "../src/engine/spelling.rs"]
mod spelling;
mod ui;

use emit::Lit;

const FILES: [&str; 8] = [
    "regions",
    "muscles",
    "warnings",
    "questions",
    "outcomes",
    "sources",
    "bodymap",
    "safety",
];

/// The package's folder, read when the script runs: compiled in with
/// `env!`, a script built for one checkout would read another's content
/// when two checkouts share a target directory (as CI clones do here).
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .expect("cargo sets CARGO_MANIFEST_DIR")
        .into()
}

fn main() {
    println!("cargo:rerun-if-env-changed=SYMPTOM_EXPLORER_LANG");
    let lang = std::env::var("SYMPTOM_EXPLORER_LANG").unwrap_or_else(|_| "en".into());
    let dir = manifest_dir().join("content");
    let english_ui = read("content/en/ui.toml");
    let english_ui_table: toml::Table =
        toml::from_str(&english_ui).unwrap_or_else(|e| panic!("content/en/ui.toml: {e}"));
    // A pseudo-locale's words are made from English (build/pseudo.rs).
    let pseudo = pseudo::is_pseudo(&lang).then(|| {
        let areas = english_ui_table
            .get("areas")
            .and_then(toml::Value::as_table);
        let side = |k| {
            areas
                .and_then(|a| a.get(k))
                .and_then(toml::Value::as_str)
                .expect("content/en/ui.toml [areas] has left and right")
        };
        [side("left"), side("right")]
    });
    let mut content = schema::Content::default();
    for name in FILES {
        let english = format!("content/en/{name}.toml");
        let text = read(&english);
        // Read as records first, so a mistake in English is reported with
        // its line.
        let mut part: schema::Content =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{english}: {e}"));
        if lang != "en" {
            let mut table: toml::Table = toml::from_str(&text).expect("read above");
            if overlay::has_text(&table) {
                let theirs = format!("content/{lang}/{name}.toml");
                let over = match pseudo {
                    Some(sides) => overlay::made(&table, &|s| pseudo::say(&lang, s), sides),
                    None => {
                        toml::from_str(&read(&theirs)).unwrap_or_else(|e| panic!("{theirs}: {e}"))
                    }
                };
                overlay::apply(&theirs, &mut table, over);
                part = toml::Value::Table(table)
                    .try_into()
                    .unwrap_or_else(|e| panic!("{theirs}: {e}"));
            }
        }
        content.absorb(part);
    }
    content.resolve_spots();
    let urls = articles::add(&mut content, &dir);
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("content.rs"), content.lit()).expect("write generated content");
    std::fs::write(out.join("own_urls.rs"), urls.lit()).expect("write own article URLs");

    let name = format!("content/{lang}/ui.toml");
    let ui = if pseudo.is_some() {
        ui::generate_from(&name, &pseudo::ui(&lang, &english_ui_table))
    } else if lang == "en" {
        ui::generate(&name, &english_ui, None)
    } else {
        ui::generate(&name, &read(&name), Some(&english_ui))
    };
    std::fs::write(out.join("ui.rs"), ui).expect("write interface text");
}

/// A file of the package (`name` relative to it), watched for changes.
fn read(name: &str) -> String {
    let path = manifest_dir().join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"))
}
