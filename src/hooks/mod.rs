//! Hooks that connect components to the browser.

pub mod use_details;
pub mod use_hash_navigation;
