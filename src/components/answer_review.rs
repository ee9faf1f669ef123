//! All answers so far, each with an Edit button.

use crate::content::CONTENT;
use crate::engine::{Action, Session};
use crate::state::Msg;
use crate::summary::answer_lines;
use yew::prelude::*;

pub fn answer_review(session: &Session, dispatch: &Callback<Msg>) -> Html {
    html! {
        <dl class="review">
            { for answer_lines(&CONTENT, session).into_iter().map(|line| {
                let q = line.question;
                let edit = dispatch.reform(move |_: MouseEvent| Msg::Engine(Action::GoTo(q)));
                html! {
                    <div class="review-item" key={q}>
                        <dt>{line.prompt}</dt>
                        <dd>
                            <span>{line.answer}</span>
                            <button type="button" class="secondary small" onclick={edit} aria-label={format!("Edit: {}", line.prompt)}>{"Edit"}</button>
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}
