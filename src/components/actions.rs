//! Buttons written as markup name their message in `data-msg`; one listener
//! on the page's main element turns a click on one into that message. This
//! keeps screens that are mostly text out of Yew's node tree (see
//! [`crate::components::markup`]).

use crate::app::{ButtonMsg, Msg};
use crate::components::markup::{raw, Raw};
use wasm_bindgen::JsCast;
use yew::{Event, MouseEvent};

/// The attribute of a button that sends a [`ButtonMsg`] (its name).
pub const MSG: Raw = raw!("data-msg");
/// The attribute of an Edit button in the answer review: the question id.
pub const EDIT: Raw = raw!("data-edit");
/// The attribute of a body-map shape: its region and side.
pub const REGION: Raw = raw!("data-region");
/// The attribute of explore's hand-off buttons: what the person answered.
pub const HANDOFF: Raw = raw!("data-act");

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
