//! The URL fragment as state: re-renders when Back, Forward or a link
//! changes it.

use crate::services::location;
use gloo::events::EventListener;
use yew::prelude::*;

#[hook]
pub fn use_location_hash() -> String {
    let hash = use_state(location::hash);
    {
        let hash = hash.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window()
                .map(|w| EventListener::new(&w, "hashchange", move |_| hash.set(location::hash())));
            move || drop(listener)
        });
    }
    (*hash).clone()
}
