//! The first screen the build prerendered into `index.html` (the header and
//! `main[data-first]`, see `components::welcome::first_screen`).
//!
//! The app leaves it in place while it would show the same thing (a fresh
//! welcome screen) and removes it the first time it shows anything else.
//! Replacing it at start-up with identical markup would paint its text a
//! second time, and the browser would then count the page's largest paint
//! (LCP) from the wasm's arrival rather than from the HTML's.

const FIRST: &str = "#app > [data-first]";
/// Everything in `#app` but the app's own box: the prerendered header and
/// screen (selected without `:has()`, which older browsers lack).
const PRERENDERED: &str = "#app > :not(.app-root)";

/// Whether the prerendered first screen is still on the page.
pub fn present() -> bool {
    gloo::utils::document()
        .query_selector(FIRST)
        .is_ok_and(|e| e.is_some())
}

/// Removes the prerendered first screen and its header, if still there.
pub fn remove() {
    let doc = gloo::utils::document();
    while let Ok(Some(e)) = doc.query_selector(PRERENDERED) {
        e.remove();
    }
}

/// Removes the loading line an unprerendered page shows (a debug build's,
/// or a page without the first screen); the prerendered one stays.
pub fn remove_loading_line() {
    if let Ok(Some(e)) = gloo::utils::document().query_selector("#app > .loading") {
        e.remove();
    }
}
