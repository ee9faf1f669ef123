//! The first screen: what the tool does, what it cannot do, and privacy.

use crate::state::Msg;
use yew::prelude::*;

/// `has_saved`: progress from an earlier visit can be resumed.
pub fn welcome(has_saved: bool, dispatch: &Callback<Msg>) -> Html {
    let send = |m: Msg| dispatch.reform(move |_: MouseEvent| m.clone());
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">{"Does it spread, or stay put?"}</h1>
            <p class="lead">
                {"A few questions help you tell whether a sore spot behaves like referred pain, \
                  felt somewhere other than where you press, or like local tenderness that stays \
                  where you press. You will see why, and what to read next."}
            </p>
            <ul class="promises">
                <li><strong>{"Not a diagnosis. "}</strong>{"It describes patterns and checks for warning signs first; only a clinician can diagnose."}</li>
                <li><strong>{"Private. "}</strong>{"Your answers stay on this device. Nothing is sent anywhere."}</li>
            </ul>
            <div class="actions">
                if has_saved {
                    <button type="button" class="primary" onclick={send(Msg::Continue)}>{"Continue where you left off"}</button>
                    <button type="button" class="secondary" onclick={send(Msg::Start)}>{"Start over"}</button>
                } else {
                    <button type="button" class="primary" onclick={send(Msg::Start)}>{"Start"}</button>
                }
            </div>
            <h2>{"Or explore where pain comes from"}</h2>
            <p>{"Browse the body map: tap where it hurts to see which muscles commonly refer there, or where you press to see where that spot commonly sends pain. Works offline too."}</p>
            <p><a class="button secondary" href="#/explore">{"Explore the body map"}</a></p>
        </section>
    }
}
