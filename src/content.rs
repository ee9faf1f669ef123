//! The shipped content: `content/*.toml`, turned into statics by the build
//! script (`build/`).

use crate::engine::Content;

/// Everything the app knows. Validated by `tests/content.rs`.
pub static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The search index over [`CONTENT`], built on the first search rather than
/// at start-up, then kept: each keystroke only compares.
pub fn search_index() -> &'static crate::engine::search::SearchIndex {
    static INDEX: std::sync::OnceLock<crate::engine::search::SearchIndex> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| crate::engine::search::SearchIndex::new(&CONTENT))
}
