//! The shipped content: `content/*.toml`, turned into statics by `build.rs`.

use crate::engine::Content;

/// Everything the app knows. Validated by `tests/content.rs`.
pub static CONTENT: Content = include!(concat!(env!("OUT_DIR"), "/content.rs"));
