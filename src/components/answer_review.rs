//! All answers so far, each with an Edit button.

use crate::components::{actions::data_of, markup::Markup};
use crate::content::CONTENT;
use crate::engine::{lookup, Action, Session};
use crate::state::Msg;
use crate::summary::answer_lines;
use yew::prelude::*;

/// Written as markup: one listener on the list reads which question's Edit
/// was pressed from `data-edit`.
pub fn answer_review(session: &Session, dispatch: &Callback<Msg>) -> Html {
    let mut out = Markup::default();
    for line in answer_lines(&CONTENT, session) {
        out.raw("<div class=\"review-item\">")
            .el("dt", line.prompt)
            .raw("<dd>")
            .el("span", &line.answer)
            .raw("<button type=\"button\" class=\"secondary small\" data-edit=\"")
            .raw(line.question)
            .raw("\" aria-label=\"Edit: ")
            .text(line.prompt)
            .raw("\">Edit</button></dd></div>");
    }
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let at = data_of(&e, "data-edit").and_then(|id| lookup::question_index(&CONTENT, &id));
        if let Some(i) = at {
            dispatch.emit(Msg::Engine(Action::GoTo(CONTENT.questions[i].id)));
        }
    });
    html! { <dl class="review" {onclick}>{out.html()}</dl> }
}
