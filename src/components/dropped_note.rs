//! Says which later answers a change removed, because they no longer apply.

use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::lookup;
use yew::Html;

pub fn dropped_note(dropped: &[&'static str]) -> Html {
    let n = dropped.len();
    let prompts: Vec<&str> = dropped
        .iter()
        .filter_map(|id| lookup::question(&CONTENT, id))
        .map(|q| q.prompt)
        .collect();
    let plural = if n == 1 { "" } else { "s" };
    Markup::default()
        .wrap(raw!("div class=\"notice\" role=\"status\""), |out| {
            out.el(
                raw!("p"),
                &format!("Your change removed {n} later answer{plural} that no longer applied:"),
            )
            .list(raw!(""), &prompts);
        })
        .html()
}
