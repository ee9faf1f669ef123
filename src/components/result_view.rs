//! The result: headline, why, fitting muscles drawn on the body map, what
//! may help, when to see a clinician, what to read, and every answer with
//! Edit. Beside a warning, only the warning and what to do.

use crate::components::{
    answer_review::answer_review, article_list::article_list, candidate_card::candidate_card,
    text_list::text_list,
};
use crate::content::CONTENT;
use crate::engine::model::OutcomeKind;
use crate::engine::{assess, Action, Session, Side};
use crate::state::Msg;
use crate::summary::answer_lines;
use yew::prelude::*;

/// How many fitting muscles are shown.
const SHOWN: usize = 3;

pub fn result_view(session: &Session, dispatch: &Callback<Msg>) -> Html {
    let send = |m: Msg| dispatch.reform(move |_: MouseEvent| m.clone());
    let Some(a) = assess(&CONTENT, session) else {
        return html! { <p>{"There is no result yet: some questions are unanswered."}</p> };
    };
    let kind = a.outcome.kind;
    let lines = answer_lines(&CONTENT, session);
    let decisive: Vec<(&str, &str)> = a
        .trace
        .iter()
        .filter(|t| t.decisive)
        .filter_map(|t| lines.iter().find(|l| l.question == t.question.id))
        .map(|l| (l.prompt, l.answer.as_str()))
        .collect();
    // Draw patterns on the side the person pressed, if they said.
    let side = session
        .answers()
        .iter()
        .flat_map(|(_, a)| a.regions().iter().map(|s| s.side))
        .find(|s| *s != Side::Centre)
        .unwrap_or(Side::Right);
    let tone = match kind {
        OutcomeKind::Emergency | OutcomeKind::Urgent => "result-danger",
        OutcomeKind::SeeClinician
        | OutcomeKind::LymphNode
        | OutcomeKind::Nerve
        | OutcomeKind::Joint => "result-caution",
        _ => "result-pattern",
    };
    let self_care = matches!(kind, OutcomeKind::Referred | OutcomeKind::Local);
    let top = &a.candidates[..a.candidates.len().min(SHOWN)];
    html! {
        <section class={classes!("result", tone)} aria-labelledby="result-title">
            <div class="result-head">
                <h1 id="result-title" tabindex="-1">{a.outcome.headline}</h1>
                <p class="lead">{a.outcome.summary}</p>
            </div>
            if kind.is_warning() {
                <h2>{"What to do now"}</h2>
                {text_list(a.outcome.next_steps, "steps")}
            }
            if !a.signs.is_empty() {
                <h2>{"Because you ticked"}</h2>
                <ul class="signs">
                    { for a.signs.iter().map(|s| html! { <li><strong>{s.label}</strong><br />{s.reason}</li> }) }
                </ul>
            }
            if let Some(rule) = a.rule {
                <h2>{"Why this result"}</h2>
                <p>{rule.because}</p>
                if !decisive.is_empty() {
                    <ul class="why-list">{ for decisive.into_iter().map(|(q, a)| html! { <li><span class="muted">{q}</span><br /><strong>{a}</strong></li> }) }</ul>
                }
            }
            if !kind.is_warning() {
                <h2>{"What to do next"}</h2>
                {text_list(a.outcome.next_steps, "steps")}
            }
            { for a.notes.iter().map(|n| html! { <p class="caution" role="note">{*n}</p> }) }
            if !top.is_empty() {
                <h2>{"Muscles whose usual pattern fits"}</h2>
                <p class="muted">
                    {"These are commonly described referral areas from Travell and Simons' maps. \
                      Individual patterns vary, and researchers disagree about what trigger points are."}
                </p>
                { for top.iter().map(|c| candidate_card(c.muscle, side)) }
            }
            if self_care {
                <h2>{"What may help"}</h2>
                <p>{"Low-risk things that may help some people for a short time. The evidence is modest."}</p>
                {text_list(a.candidates.first().map_or(&[], |c| c.muscle.self_care), "")}
                if !a.safety.is_empty() {
                    <h3>{"Be careful"}</h3>
                    {text_list(&a.safety, "cautions")}
                }
            }
            if !a.articles.is_empty() {
                <h2>{"Read more"}</h2>
                {article_list(&a.articles)}
            }
            <h2>{"Your answers"}</h2>
            {answer_review(session, dispatch)}
            <nav class="actions result-actions" aria-label="Result actions">
                <button type="button" class="secondary" onclick={send(Msg::Engine(Action::Back))}>{"Back"}</button>
                <button type="button" class="secondary" onclick={send(Msg::Summary)}>{"Summary for a clinician"}</button>
                <button type="button" class="secondary" onclick={send(Msg::Start)}>{"Start over"}</button>
            </nav>
        </section>
    }
}
