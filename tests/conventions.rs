//! Conventions the compiler cannot enforce, checked on the source: markup
//! is trusted only through `raw!`, and buttons name their message only
//! through the generated constants (see CONTRIBUTING.md).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).expect("read src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("read file");
                out.push((path, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// The files (outside `markup.rs`) whose text contains `needle`.
fn outside_markup(needle: &str) -> Vec<PathBuf> {
    sources()
        .into_iter()
        .filter(|(p, text)| !p.ends_with("components/markup.rs") && text.contains(needle))
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn only_the_raw_macro_makes_trusted_markup() {
    assert_eq!(outside_markup("Raw::__literal"), Vec::<PathBuf>::new());
    assert_eq!(outside_markup("from_html_unchecked"), Vec::<PathBuf>::new());
}

#[test]
fn no_button_message_is_typed_by_hand() {
    for attr in ["data-msg", "data-edit", "data-act"] {
        for quote in ["=\"", "=\\\""] {
            let typed = format!("{attr}{quote}");
            assert_eq!(outside_markup(&typed), Vec::<PathBuf>::new(), "{typed}");
        }
    }
}
