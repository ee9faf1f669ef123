//! One muscle whose commonly described pattern fits the answers.

use crate::components::pattern_map::pattern_map;
use crate::components::text_list::text_list;
use crate::engine::model::Muscle;
use crate::engine::Side;
use yew::prelude::*;

pub fn candidate_card(m: &Muscle, side: Side) -> Html {
    let id = format!("m-{}", m.id);
    html! {
        <article class="candidate" key={m.id} aria-labelledby={id.clone()}>
            <h3 {id}>{m.name}</h3>
            <p>{m.refers_summary}{"."}</p>
            {pattern_map(m, side)}
            <h4>{"Often described with"}</h4>
            {text_list(m.symptoms, "")}
            <h4>{"Can be confused with"}</h4>
            {text_list(m.look_alikes, "")}
        </article>
    }
}
