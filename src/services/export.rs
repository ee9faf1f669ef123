//! Print, copy and download, all on the device.

use wasm_bindgen::{JsCast, JsValue};

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() -> Result<(), JsValue> {
    web_sys::window().ok_or(JsValue::NULL)?.print()
}

/// Copies text to the clipboard.
pub async fn copy(text: &str) -> Result<(), JsValue> {
    let clipboard = web_sys::window()
        .ok_or(JsValue::NULL)?
        .navigator()
        .clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
}

/// Saves `text` as a file named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(JsValue::NULL)?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url)
}
