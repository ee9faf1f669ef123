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
//! - `ui.rs`: the interface text of the language built
//!   (`SYMPTOM_EXPLORER_LANG`, English by default), as typed Rust;
//! - `src/engine/spelling.rs`: the enums' words, shared with the engine.

mod articles;
mod emit;
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
    let dir = manifest_dir().join("content");
    let mut content = schema::Content::default();
    for name in FILES {
        let path = dir.join(format!("{name}.toml"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("content/{name}.toml: cannot read: {e}"));
        let part = toml::from_str(&text).unwrap_or_else(|e| panic!("content/{name}.toml: {e}"));
        content.absorb(part);
    }
    content.resolve_spots();
    let urls = articles::add(&mut content, &dir);
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("content.rs"), content.lit()).expect("write generated content");
    std::fs::write(out.join("own_urls.rs"), urls.lit()).expect("write own article URLs");

    println!("cargo:rerun-if-env-changed=SYMPTOM_EXPLORER_LANG");
    let lang = std::env::var("SYMPTOM_EXPLORER_LANG").unwrap_or_else(|_| "en".into());
    let name = format!("content/{lang}/ui.toml");
    let path = manifest_dir().join(&name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: cannot read: {e}"));
    std::fs::write(out.join("ui.rs"), ui::generate(&name, &text)).expect("write interface text");
}
