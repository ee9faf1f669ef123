//! Prints the page's first screen (header and welcome), as the app first
//! renders it with no answers to resume. `web/post-build.mjs` puts it into the release
//! `index.html` in place of the loading line, so the first screen shows
//! before the wasm arrives, from the same code the app runs.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use symptom_explorer::components::{markup::Markup, welcome::first_screen};

    let mut out = Markup::default();
    first_screen(&mut out);
    print!("{}", out.as_str());
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary; this
/// one is for the build only.
#[cfg(target_arch = "wasm32")]
fn main() {}
