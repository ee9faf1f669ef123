//! Says which later answers a change removed, because they no longer apply.

use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::lookup;
use crate::ui;
use yew::Html;

pub fn dropped_note(dropped: &[&'static str]) -> Html {
    let n = dropped.len();
    let prompts: Vec<&str> = dropped
        .iter()
        .filter_map(|id| lookup::question(&CONTENT, id))
        .map(|q| q.prompt)
        .collect();
    Markup::default()
        .wrap(raw!("div class=\"notice\" role=\"status\""), |out| {
            out.el(raw!("p"), &ui::dropped::removed(n))
                .list(raw!(""), &prompts);
        })
        .html()
}
