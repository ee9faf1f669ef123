//! Says which later answers a change removed, because they no longer apply.

use crate::content::CONTENT;
use crate::engine::lookup;
use yew::prelude::*;

pub fn dropped_note(dropped: &[&'static str]) -> Html {
    let n = dropped.len();
    let prompts: Vec<&str> = dropped
        .iter()
        .filter_map(|id| lookup::question_index(&CONTENT, id))
        .map(|i| CONTENT.questions[i].prompt)
        .collect();
    html! {
        <div class="notice" role="status">
            <p>{format!("Your change removed {n} later answer{} that no longer applied:", if n == 1 { "" } else { "s" })}</p>
            <ul>{ for prompts.into_iter().map(|p| html! { <li>{p}</li> }) }</ul>
        </div>
    }
}
