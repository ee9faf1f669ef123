//! Saved progress in local storage. Storage can be missing or throw
//! (private mode, blocked cookies, a sandboxed iframe): every call returns a
//! `Result`, and the app keeps working without saving.

use wasm_bindgen::JsValue;

const KEY: &str = "symptom-explorer:progress";

/// Storage is unavailable or refused the write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

fn storage() -> Result<web_sys::Storage, Unavailable> {
    let window = web_sys::window().ok_or(Unavailable)?;
    window.local_storage().ok().flatten().ok_or(Unavailable)
}

fn check(r: Result<(), JsValue>) -> Result<(), Unavailable> {
    r.map_err(|_| Unavailable)
}

/// The saved session text, if any.
pub fn load() -> Result<Option<String>, Unavailable> {
    storage()?.get_item(KEY).map_err(|_| Unavailable)
}

pub fn save(text: &str) -> Result<(), Unavailable> {
    check(storage()?.set_item(KEY, text))
}

pub fn clear() -> Result<(), Unavailable> {
    check(storage()?.remove_item(KEY))
}
