//! All answers so far, each with an Edit button.

use crate::app::report::answer_lines;
use crate::app::Msg;
use crate::components::{
    actions::{data_of, EDIT},
    markup::{raw, Markup},
};
use crate::content::CONTENT;
use crate::engine::{lookup, Action, Session};
use crate::ui;
use yew::prelude::*;

/// Written as markup: one listener on the list reads which question's Edit
/// was pressed from its [`EDIT`] attribute.
pub fn answer_review(session: &Session, dispatch: &Callback<Msg>) -> Html {
    let mut out = Markup::default();
    for line in answer_lines(&CONTENT, session) {
        out.wrap(raw!("div class=\"review-item\""), |out| {
            out.el(raw!("dt"), line.prompt).wrap(raw!("dd"), |out| {
                out.el(raw!("span"), &line.answer).data_button(
                    raw!("secondary small"),
                    (EDIT, line.question),
                    ui::review::EDIT,
                    Some(&ui::review::edit_label(line.prompt)),
                );
            });
        });
    }
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(q) = data_of(&e, EDIT).and_then(|id| lookup::question(&CONTENT, &id)) {
            dispatch.emit(Msg::Engine(Action::GoTo(q.id)));
        }
    });
    html! { <dl class="review" {onclick}>{out.html()}</dl> }
}
