//! The first screen: what the tool does, what it cannot do, and privacy.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WelcomeProps {
    pub on_start: Callback<()>,
}

#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let start = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title">{"Does it spread, or stay put?"}</h1>
            <p class="lead">
                {"A few questions help you tell whether a sore spot behaves like referred pain, \
                  felt somewhere other than where you press, or like local tenderness that stays \
                  where you press. You will see why, and what to read next."}
            </p>
            <ul class="promises">
                <li><strong>{"Not a diagnosis. "}</strong>{"It describes patterns and checks for warning signs first; only a clinician can diagnose."}</li>
                <li><strong>{"Private. "}</strong>{"Your answers stay on this device. Nothing is sent anywhere."}</li>
            </ul>
            <button class="primary" onclick={start}>{"Start"}</button>
        </section>
    }
}
