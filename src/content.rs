//! The shipped content: `content/en/*.toml`, turned into statics by the build
//! script (`build/`).

use crate::engine::search::SearchIndex;
use crate::engine::Content;
use std::sync::OnceLock;

/// Everything the app knows. Validated by `tests/content.rs`.
pub static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The search index over [`CONTENT`], built on the first search rather than
/// at start-up, then kept: each keystroke only compares. `details` is the
/// details file once it has arrived (then the index is built once more,
/// with what it adds), `None` until then.
pub fn search_index(details: Option<&str>) -> &'static SearchIndex {
    static WITHOUT: OnceLock<SearchIndex> = OnceLock::new();
    static WITH: OnceLock<SearchIndex> = OnceLock::new();
    match details {
        Some(file) => WITH.get_or_init(|| SearchIndex::new(&CONTENT, file)),
        None => WITHOUT.get_or_init(|| SearchIndex::new(&CONTENT, "")),
    }
}
