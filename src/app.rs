//! The root component and the start-up code.

use crate::components::{question_step::QuestionStep, result_view::ResultView, welcome::Welcome};
use crate::content::CONTENT;
use crate::engine::{lookup, Step};
use crate::state::{AppState, Msg, Screen};
use yew::prelude::*;

/// Mounts the app into `#app`, replacing the static loading message.
pub fn start() {
    crate::services::panic::install();
    let Some(root) = gloo::utils::document().get_element_by_id("app") else {
        return;
    };
    root.set_inner_html("");
    yew::Renderer::<App>::with_root(root).render();
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let dispatch = {
        let state = state.clone();
        Callback::from(move |m: Msg| state.dispatch(m))
    };
    let body = match (state.screen, state.session.step()) {
        (Screen::Welcome, _) => html! { <Welcome on_start={dispatch.reform(|()| Msg::Start)} /> },
        (Screen::Guided, Step::Question(id)) => {
            let Some(i) = lookup::question_index(&CONTENT, id) else { return html! {} };
            let question = &CONTENT.questions[i];
            html! {
                <QuestionStep
                    key={id}
                    {question}
                    answer={state.session.answer(id).cloned()}
                    progress={state.session.progress(&CONTENT)}
                    dispatch={dispatch.clone()}
                />
            }
        }
        (Screen::Guided, Step::Done) => html! {
            <ResultView session={state.session.clone()} dispatch={dispatch.clone()} />
        },
    };
    html! {
        <>
            <header class="app-header">
                <p class="brand">{"Symptom explorer"}</p>
            </header>
            <main class="app-main" id="main">{body}</main>
        </>
    }
}
