//! Fetches the details file that web/post-build.mjs writes beside the wasm
//! and names in `#wasm-entry`'s `data-details`: the source citations, and
//! the muscles' other names, search words, summaries, symptoms and
//! self-care ideas (see `engine::explore::details_file`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// The file's text; `Err` when it is not named, cannot be fetched (offline
/// before the service worker kept it) or is not a success.
pub async fn fetch() -> Result<String, ()> {
    let url = gloo::utils::document()
        .get_element_by_id("wasm-entry")
        .and_then(|e| e.get_attribute("data-details"))
        .ok_or(())?;
    let response: Response = JsFuture::from(gloo::utils::window().fetch_with_str(&url))
        .await
        .map_err(drop)?
        .dyn_into()
        .map_err(drop)?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(drop)?)
        .await
        .map_err(drop)?;
    text.as_string().ok_or(())
}
