//! The browser's file actions for the report (`crate::app::report`): print, copy
//! and download, all on the device.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() -> Result<(), JsValue> {
    web_sys::window().ok_or(JsValue::NULL)?.print()
}

/// Copies text to the clipboard, then tells `done` whether it worked.
///
/// A promise callback rather than an `async fn`: this is the app's only
/// asynchronous call, and an executor for one call costs more wasm than it saves.
pub fn copy<F: FnOnce(bool) + 'static>(text: &str, done: F) {
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    // Absent outside secure contexts (plain http), where calling it would throw.
    let navigator = window.navigator();
    if js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .map_or(true, |c| c.is_undefined())
    {
        return done(false);
    }
    let promise = navigator.clipboard().write_text(text);
    let ok = Rc::new(Cell::new(Some(done)));
    let failed = ok.clone();
    let settle = |cell: Rc<Cell<Option<F>>>, worked: bool| -> Closure<dyn FnMut(JsValue)> {
        Closure::once(move |_: JsValue| {
            if let Some(done) = cell.take() {
                done(worked);
            }
        })
    };
    let (on_ok, on_err) = (settle(ok, true), settle(failed, false));
    let _ = promise.then2(&on_ok, &on_err);
    // The promise calls one of them later; both are small and freed with the page.
    on_ok.forget();
    on_err.forget();
}

/// Saves `text` as a file named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    // The address is never revoked: revoking it right after the click can
    // cancel the download in some browsers, and a page makes few such
    // files, each a few kilobytes, freed when it closes.
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    Ok(())
}
