//! A large toggle button for one choice (at least 44 × 44 px, see CSS).
//! It names its choice in `data-choice`; the list around the buttons has
//! the one listener (see [`crate::components::actions::data_of`]), so a
//! step with a dozen choices adds no listener per choice.
//!
//! Presentational pieces without state are plain functions returning `Html`
//! rather than components: each component type instantiates Yew's lifecycle
//! machinery in the wasm, and the size budget is tight.

use yew::prelude::*;

/// `way_out` marks "not sure" and "none of these" choices; `choice` is
/// what a click on it chooses.
pub fn choice_button(label: &str, selected: bool, way_out: bool, choice: String) -> Html {
    html! {
        <button
            type="button"
            class={if way_out { "choice way-out" } else { "choice" }}
            aria-pressed={if selected { "true" } else { "false" }}
            data-choice={choice}
        >
            <span class="choice-mark" aria-hidden="true"></span>
            <span class="choice-label">{label.to_string()}</span>
        </button>
    }
}
