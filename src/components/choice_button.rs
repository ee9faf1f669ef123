//! A large toggle button for one choice (at least 44 × 44 px, see CSS).
//!
//! Presentational pieces without state are plain functions returning `Html`
//! rather than components: each component type instantiates Yew's lifecycle
//! machinery in the wasm, and the size budget is tight.

use yew::prelude::*;

/// `way_out` marks "not sure" and "none of these" choices.
pub fn choice_button(label: &str, selected: bool, way_out: bool, on_toggle: Callback<()>) -> Html {
    let onclick = on_toggle.reform(|_: MouseEvent| ());
    html! {
        <button
            type="button"
            class={if way_out { "choice way-out" } else { "choice" }}
            aria-pressed={if selected { "true" } else { "false" }}
            {onclick}
        >
            <span class="choice-mark" aria-hidden="true"></span>
            <span class="choice-label">{label.to_string()}</span>
        </button>
    }
}
