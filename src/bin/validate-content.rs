//! Checks the content before Trunk builds the app (the pre_build hook in
//! Trunk.toml), so `trunk build` fails on broken content with the same
//! file, record and problem the tests name.
//!
//! A release build (`TRUNK_PROFILE=release`, what gets deployed) also walks
//! every path for the safety rules (about 20 s); a debug build, rebuilt on
//! every save under `trunk serve`, checks the records only, and `cargo test`
//! walks the paths too.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use symptom_explorer::content::CONTENT;
    use symptom_explorer::engine::validate::{validate, validate_records};

    let release = std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release");
    let errors = if release {
        validate(&CONTENT)
    } else {
        validate_records(&CONTENT)
    };
    for e in &errors {
        eprintln!("content: {e}");
    }
    if errors.is_empty() {
        std::process::ExitCode::SUCCESS
    } else {
        eprintln!(
            "content: {} problem(s); the app was not built",
            errors.len()
        );
        std::process::ExitCode::FAILURE
    }
}

/// `cargo test --target wasm32-unknown-unknown` builds every binary; the
/// validator is native only, so in the browser there is nothing to run.
#[cfg(target_arch = "wasm32")]
fn main() {}
