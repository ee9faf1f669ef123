//! Shows a "something went wrong" panel instead of a frozen page when the
//! app panics (the release build aborts after the hook runs, so the panel
//! is built with plain DOM calls, not Yew).

use crate::ui::crash as text;
use gloo::utils::document;
use std::panic::PanicHookInfo;

pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        let _ = show(info);
    }));
}

fn show(info: &PanicHookInfo<'_>) -> Option<()> {
    let doc = document();
    let panel = doc.create_element("section").ok()?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok()?;
    let add = |tag: &str, text: &str| -> Option<()> {
        let el = doc.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        panel.append_child(&el).ok()?;
        Some(())
    };
    add("h1", text::TITLE)?;
    add("p", text::RELOAD_NOTE)?;
    let link = doc.create_element("a").ok()?;
    link.set_attribute("href", "").ok()?;
    link.set_class_name("primary button");
    link.set_text_content(Some(text::RELOAD));
    panel.append_child(&link).ok()?;
    add("p", text::REPORT)?;
    add("pre", &info.to_string())?;
    let body = doc.body()?;
    body.set_inner_html("");
    body.append_child(&panel).ok()?;
    Some(())
}
