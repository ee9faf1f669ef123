//! Reports URL fragment changes (Back, Forward, a pasted link) as
//! [`Msg::Navigate`], without keeping the fragment as extra state (which
//! would re-render the whole app once more on every step).

use crate::app::Msg;
use crate::services::location;
use gloo::events::EventListener;
use yew::prelude::*;

#[hook]
pub fn use_hash_navigation(dispatch: Callback<Msg>) {
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| {
                dispatch.emit(Msg::Navigate(location::hash()))
            })
        });
        move || drop(listener)
    });
}
