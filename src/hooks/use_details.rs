//! The details file (source citations; muscles' summaries, symptoms and
//! self-care ideas) that muscle pages, results and explore's search read,
//! fetched the first time a screen needs it rather than carried in the wasm.

use crate::services::details;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Details {
    /// Not asked for yet, or on the way.
    Loading,
    /// The file (see `engine::explore::details_file`): citations, and the
    /// muscles' other names, search words, summaries, symptoms and
    /// self-care ideas.
    Loaded(Rc<str>),
    /// The fetch failed; the next screen that needs it tries again.
    Failed,
}

/// The details, fetched once `screen` (a key of the screen shown that
/// needs them) is `Some`, and again on another such screen after a failure.
#[hook]
pub fn use_details(screen: Option<&'static str>) -> Details {
    let state = use_state(|| Details::Loading);
    let asked = use_mut_ref(|| false);
    {
        let state = state.clone();
        use_effect_with(screen, move |screen| {
            let retry = *state == Details::Failed;
            if screen.is_some() && (!*asked.borrow() || retry) {
                *asked.borrow_mut() = true;
                state.set(Details::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match details::fetch().await {
                        Ok(text) => Details::Loaded(text.into()),
                        Err(()) => Details::Failed,
                    });
                });
            }
        });
    }
    (*state).clone()
}
