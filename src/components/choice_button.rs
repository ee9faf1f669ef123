//! A large toggle button for one choice (at least 44 × 44 px, see CSS).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceButtonProps {
    pub label: AttrValue,
    pub selected: bool,
    pub on_toggle: Callback<()>,
    /// Extra class, e.g. for "none of these" options.
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn ChoiceButton(props: &ChoiceButtonProps) -> Html {
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    html! {
        <button
            type="button"
            class={classes!("choice", props.class.clone())}
            aria-pressed={if props.selected { "true" } else { "false" }}
            {onclick}
        >
            <span class="choice-mark" aria-hidden="true"></span>
            <span class="choice-label">{props.label.clone()}</span>
        </button>
    }
}
