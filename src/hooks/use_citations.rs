//! The source citations for explore's muscle pages, fetched the first time
//! a page needs them rather than carried in the wasm.

use crate::services::citations;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Citations {
    /// Not asked for yet, or on the way.
    Loading,
    /// The citations file (see `engine::explore::citation_in`).
    Loaded(Rc<str>),
    /// The fetch failed; the next muscle page opened tries again.
    Failed,
}

/// The citations, fetched once `page` (the muscle page shown) is `Some`, and
/// again on another page after a failure.
#[hook]
pub fn use_citations(page: Option<&'static str>) -> Citations {
    let state = use_state(|| Citations::Loading);
    let asked = use_mut_ref(|| false);
    {
        let state = state.clone();
        use_effect_with(page, move |page| {
            let retry = *state == Citations::Failed;
            if page.is_some() && (!*asked.borrow() || retry) {
                *asked.borrow_mut() = true;
                state.set(Citations::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match citations::fetch().await {
                        Ok(text) => Citations::Loaded(text.into()),
                        Err(()) => Citations::Failed,
                    });
                });
            }
        });
    }
    (*state).clone()
}
