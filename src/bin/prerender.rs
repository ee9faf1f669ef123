//! What the build writes from the content of its language, by the same
//! Rust code the app runs (`web/post-build.mjs` calls it):
//!
//! - `prerender`: the page's first screen (header and welcome), as the app
//!   first renders it with no answers to resume. It goes into `index.html`
//!   in place of the loading line, so it shows before the wasm arrives.
//! - `prerender details`: the details file the app fetches for muscle pages
//!   and results (`engine::explore::details_file`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use symptom_explorer::components::{markup::Markup, welcome::first_screen};
    use symptom_explorer::{content::CONTENT, engine::explore::details_file};

    if std::env::args().nth(1).as_deref() == Some("details") {
        print!("{}", details_file(&CONTENT));
        return;
    }
    let mut out = Markup::default();
    first_screen(&mut out);
    print!("{}", out.as_str());
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary; this
/// one is for the build only.
#[cfg(target_arch = "wasm32")]
fn main() {}
