//! Saved progress in local storage. Storage can be missing or throw
//! (private mode, blocked cookies, a sandboxed iframe): every call returns a
//! `Result`, and the app keeps working without saving.

use wasm_bindgen::JsValue;

/// Each copy of the app keeps its answers under a key of its own, named by
/// its folder (`symptom-explorer:progress:/explorer/`), so two copies on
/// one site (`/a/` and `/b/`) never share them. A copy's languages share
/// its key: another language's build is in a folder of the English one
/// (`/explorer/es/`), and the answers are the same ids in every language,
/// so switching language keeps them, and forgetting them in one language
/// forgets them in all.
fn key() -> String {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let mut folder = path.rfind('/').map_or("/", |i| &path[..=i]);
    let code = crate::ui::language::CODE;
    if code != "en" {
        // "/explorer/es/" → "/explorer/": the whole last folder, never the
        // end of another name ("/lesiones/").
        let own = format!("/{code}/");
        if let Some(above) = folder.strip_suffix(own.as_str()) {
            folder = &folder[..=above.len()];
        }
    }
    let mut key = String::from(LEGACY);
    key.push(':');
    key.push_str(folder);
    key
}

/// The key every copy used before keys were scoped by folder: read when a
/// copy has no key of its own yet, and removed once it has.
const LEGACY: &str = "symptom-explorer:progress";

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
    let s = storage()?;
    let own = s.get_item(&key()).map_err(|_| Unavailable)?;
    match own {
        Some(text) => Ok(Some(text)),
        None => s.get_item(LEGACY).map_err(|_| Unavailable),
    }
}

pub fn save(text: &str) -> Result<(), Unavailable> {
    let s = storage()?;
    check(s.set_item(&key(), text))?;
    if let Some(tab) = tab() {
        let _ = tab.remove_item(&erased_key());
    }
    check(s.remove_item(LEGACY))
}

/// Erases every key the app writes, and marks this tab as erased (see
/// [`erased_here`]).
pub fn clear() -> Result<(), Unavailable> {
    let s = storage()?;
    check(s.remove_item(&key()))?;
    if let Some(tab) = tab() {
        let _ = tab.set_item(&erased_key(), "1");
    }
    check(s.remove_item(LEGACY))
}

/// Whether answers were erased in this tab and none saved since. A reload
/// (or a reopened tab) after Back starts from a URL that still holds the
/// erased answers; this keeps them from being saved again. Session storage
/// is the tab's own and holds no answers. Best effort: without it, the
/// app behaves as before.
pub fn erased_here() -> bool {
    tab().is_some_and(|tab| tab.get_item(&erased_key()).ok().flatten().is_some())
}

fn tab() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn erased_key() -> String {
    key() + ":erased"
}
