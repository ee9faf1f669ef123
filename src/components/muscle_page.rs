//! One muscle: its tender spot and referral zone drawn, what it is often
//! described with and confused with, the warning signs of its area (before
//! any self-care), low-risk self-care with its cautions, sources and articles.

use crate::components::{
    article_list::article_list, pattern_map::pattern_map, text_list::text_list,
    warning_screens::warning_screens,
};
use crate::content::CONTENT;
use crate::engine::explore::{articles_of, citations};
use crate::engine::model::Muscle;
use crate::engine::{lookup, Side};
use crate::explore::ExploreView;
use yew::prelude::*;

/// `back` is the map view the person came from (or the empty map).
pub fn muscle_page(m: &'static Muscle, back: &ExploreView) -> Html {
    let screens: Vec<_> = m
        .screens
        .iter()
        .filter_map(|id| lookup::question_index(&CONTENT, id).map(|i| &CONTENT.questions[i]))
        .collect();
    let articles = articles_of(&CONTENT, m);
    html! {
        <article class="muscle-page" aria-labelledby="muscle-title">
            <p class="crumbs"><a href={format!("#/{}", back.to_path())}>{"Back to the body map"}</a></p>
            <h1 id="muscle-title" tabindex="-1">{m.name}</h1>
            if !m.aka.is_empty() {
                <p class="muted">{"Also called "}{m.aka.join(", ")}</p>
            }
            <p class="lead">{"Commonly described as referring "}{m.refers_summary}{"."}</p>
            {pattern_map(m, Side::Right)}
            {warning_screens(&screens)}
            <h2>{"Often described with"}</h2>
            {text_list(m.symptoms, "")}
            <h2>{"Can be confused with"}</h2>
            {text_list(m.look_alikes, "")}
            <h2>{"What may help"}</h2>
            <p>{"Low-risk things that help some people for a short time; the evidence is modest. Only once the warning signs above are ruled out."}</p>
            {text_list(m.self_care, "")}
            <h3>{"Be careful"}</h3>
            {text_list(m.cautions, "cautions")}
            <h2>{"Sources"}</h2>
            <ul class="citations">
                { for citations(&CONTENT, m).iter().map(|s| html! { <li>{s.citation}</li> }) }
            </ul>
            if !articles.is_empty() {
                <h2>{"Read more"}</h2>
                {article_list(&articles)}
            }
        </article>
    }
}
