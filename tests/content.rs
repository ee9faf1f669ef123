//! The shipped content passes validation, so bad content cannot land.
#![cfg(not(target_arch = "wasm32"))]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::validate::validate;

#[test]
fn shipped_content_is_valid() {
    let errors = validate(&CONTENT);
    let listed: Vec<String> = errors.iter().map(|e| format!("- {e}")).collect();
    assert!(
        errors.is_empty(),
        "{} content problems:\n{}",
        errors.len(),
        listed.join("\n")
    );
}
