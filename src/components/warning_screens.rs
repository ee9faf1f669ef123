//! The warning signs that overlap the areas being explored, grouped by how
//! fast they need a clinician. Shown before any muscle is named.

use crate::content::CONTENT;
use crate::engine::explore::signs_by_tier;
use crate::engine::model::Question;
use yew::prelude::*;

pub fn warning_screens(screens: &[&'static Question]) -> Html {
    if screens.is_empty() {
        return html! {};
    }
    html! {
        <section class="warning-screens" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{"First, rule out warning signs"}</h2>
            <p>{"Pain here can also come from something that needs a clinician. If any of these applies, get help as shown instead of exploring muscles."}</p>
            { for screens.iter().map(|q| html! {
                <div class="screen" key={q.id}>
                    <h3>{q.prompt}</h3>
                    { for signs_by_tier(&CONTENT, q).into_iter().map(|(outcome, signs)| html! {
                        <>
                            <p class={format!("tier tier-{}", outcome.id)}><strong>{outcome.headline}{" if:"}</strong></p>
                            <ul>{ for signs.iter().map(|s| html! { <li>{s.label}</li> }) }</ul>
                        </>
                    }) }
                </div>
            }) }
        </section>
    }
}
