//! The result: outcome headline, why, and next steps.

use crate::content::CONTENT;
use crate::engine::{assess, Action, Session};
use crate::state::Msg;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub session: Session,
    pub dispatch: Callback<Msg>,
}

#[component]
pub fn ResultView(props: &ResultViewProps) -> Html {
    let back = props.dispatch.reform(|_: MouseEvent| Msg::Engine(Action::Back));
    let restart = props.dispatch.reform(|_: MouseEvent| Msg::Engine(Action::Restart));
    let Some(a) = assess(&CONTENT, &props.session) else {
        return html! { <p>{"No result yet."}</p> };
    };
    html! {
        <section class={classes!("result", format!("result-{:?}", a.outcome.kind).to_lowercase())} aria-labelledby="result-title">
            <h1 id="result-title">{a.outcome.headline}</h1>
            <p class="lead">{a.outcome.summary}</p>
            <h2>{"What to do"}</h2>
            <ul>{ for a.outcome.next_steps.iter().map(|s| html! { <li>{*s}</li> }) }</ul>
            <nav class="step-nav" aria-label="Result navigation">
                <button type="button" class="secondary" onclick={back}>{"Back"}</button>
                <button type="button" class="secondary" onclick={restart}>{"Start over"}</button>
            </nav>
        </section>
    }
}
