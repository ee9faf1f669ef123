//! Buttons written as markup name their message in `data-msg`; one listener
//! on the page's main element turns a click on one into that message. This
//! keeps screens that are mostly text out of Yew's node tree (see
//! [`crate::components::markup`]).

use crate::app::{ButtonMsg, Msg};
use crate::components::markup::Raw;
pub use crate::components::markup::{CHOICE, EDIT, HANDOFF, MSG, REGION};
use wasm_bindgen::JsCast;
use yew::{Event, MouseEvent};

/// The value of `attr` on the element an event happened on, or on the
/// nearest ancestor that has it: how every delegated listener finds out
/// which button or shape was used.
pub fn data_of(e: &Event, attr: Raw) -> Option<String> {
    let attr = attr.as_str();
    let el: web_sys::Element = e.target()?.dyn_into().ok()?;
    el.closest(&format!("[{attr}]")).ok()??.get_attribute(attr)
}

/// The message of the `data-msg` button a click landed on, if any (see
/// [`ButtonMsg`], which writes and reads the names).
pub fn clicked(e: &MouseEvent) -> Option<Msg> {
    ButtonMsg::parse(&data_of(e, MSG)?).map(ButtonMsg::msg)
}
