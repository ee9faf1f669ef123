//! Hooks that connect components to the browser.

pub mod use_citations;
pub mod use_hash_navigation;
