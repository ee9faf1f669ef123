//! One muscle whose commonly described pattern fits the answers.

use crate::components::pattern_map::PatternMap;
use crate::engine::{Candidate, Side};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CandidateCardProps {
    pub candidate: Candidate,
    pub side: Side,
}

#[component]
pub fn CandidateCard(props: &CandidateCardProps) -> Html {
    let m = props.candidate.muscle;
    html! {
        <article class="candidate" aria-labelledby={format!("m-{}", m.id)}>
            <h3 id={format!("m-{}", m.id)}>{m.name}</h3>
            <p>{m.refers_summary}{"."}</p>
            <PatternMap muscle={m} side={props.side} />
            <h4>{"Often described with"}</h4>
            <ul>{ for m.symptoms.iter().map(|s| html! { <li>{*s}</li> }) }</ul>
            <h4>{"Can be confused with"}</h4>
            <ul>{ for m.look_alikes.iter().map(|s| html! { <li>{*s}</li> }) }</ul>
        </article>
    }
}
