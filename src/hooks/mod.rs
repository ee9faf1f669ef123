//! Hooks that connect components to the browser.

pub mod use_location_hash;
