//! What the build writes from the content of its language, by the same
//! Rust code the app runs (`web/post-build.mjs` calls it):
//!
//! - `prerender`: the page's first screen (header and welcome), as the app
//!   first renders it with no answers to resume. It goes into `index.html`
//!   in place of the loading line, so it shows before the wasm arrives.
//! - `prerender details`: the details file the app fetches for muscle pages
//!   and results (`engine::explore::details_file`).
//! - `prerender page`: the language's words for the files around the app
//!   (`ui.toml`'s `[page]`, and `[language]`'s code and direction), as JSON
//!   for `web/language.mjs`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use symptom_explorer::components::{markup::Markup, welcome::first_screen};
    use symptom_explorer::{content::CONTENT, engine::explore::details_file};

    match std::env::args().nth(1).as_deref() {
        Some("details") => return print!("{}", details_file(&CONTENT)),
        Some("page") => return print!("{}", page()),
        _ => {}
    }
    let mut out = Markup::default();
    first_screen(&mut out);
    print!("{}", out.as_str());
}

/// `{"language": {"code", "dir"}, "page": {key: text}}`.
#[cfg(not(target_arch = "wasm32"))]
fn page() -> String {
    use symptom_explorer::ui::{language, page as p};

    let json = symptom_explorer::app::report::json_str;
    let page = [
        ("title", p::TITLE),
        ("short_name", p::SHORT_NAME),
        ("description", p::DESCRIPTION),
        ("noscript", p::NOSCRIPT),
        ("boot_failed", p::BOOT_FAILED),
        ("try_again", p::TRY_AGAIN),
        ("update_ready", p::UPDATE_READY),
        ("update_failed", p::UPDATE_FAILED),
        ("reload", p::RELOAD),
        ("offline_link", p::OFFLINE_LINK),
    ];
    let page: Vec<String> = page
        .iter()
        .map(|(k, v)| format!("{}:{}", json(k), json(v)))
        .collect();
    format!(
        "{{\"language\":{{\"code\":{},\"dir\":{}}},\"page\":{{{}}}}}",
        json(language::CODE),
        json(language::DIR),
        page.join(",")
    )
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary; this
/// one is for the build only.
#[cfg(target_arch = "wasm32")]
fn main() {}
