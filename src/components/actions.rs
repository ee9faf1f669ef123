//! Buttons written as markup name their message in `data-msg`; one listener
//! on the page's main element turns a click on one into that message. This
//! keeps screens that are mostly text out of Yew's node tree (see
//! [`crate::components::markup`]).

use crate::engine::Action;
use crate::state::Msg;
use wasm_bindgen::JsCast;
use yew::{Event, MouseEvent};

/// The value of `attr` on the element an event happened on, or on the
/// nearest ancestor that has it: how every delegated listener finds out
/// which button or shape was used.
pub fn data_of(e: &Event, attr: &str) -> Option<String> {
    let el: web_sys::Element = e.target()?.dyn_into().ok()?;
    el.closest(&format!("[{attr}]")).ok()??.get_attribute(attr)
}

/// The message of the `data-msg` button a click landed on, if any.
pub fn clicked(e: &MouseEvent) -> Option<Msg> {
    let name = data_of(e, "data-msg")?;
    Some(match name.as_str() {
        "start" => Msg::Start,
        "continue" => Msg::Continue,
        "keep-link" => Msg::KeepLink,
        "dismiss" => Msg::Dismiss,
        "summary" => Msg::Summary,
        "back" => Msg::Engine(Action::Back),
        "result" => Msg::Engine(Action::Forward),
        _ => return None,
    })
}
