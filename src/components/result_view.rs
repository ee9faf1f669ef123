//! The result: headline, why, fitting muscles drawn on the body map, what
//! may help, when to see a clinician, what to read, and every answer with
//! Edit. Beside a warning, only the warning and what to do.

use crate::app::report::answer_lines;
use crate::app::{ButtonMsg, Msg};
use crate::components::{
    answer_review::answer_review,
    article_list::article_list,
    candidate_card::{candidate_card, detail_list},
    markup::{raw, Markup},
    welcome::kept,
};
use crate::content::CONTENT;
use crate::engine::explore::Detail;
use crate::engine::model::{OutcomeKind, WarningSign};
use crate::engine::{assess, Session};
use crate::hooks::use_details::Details;
use crate::ui::{common, result as text};
use yew::prelude::*;

/// `details` holds the muscles' summaries, symptoms and self-care ideas,
/// fetched once a result shows;
/// `kept_here`: the answers are saved on this device (not since the person
/// erased them).
pub fn result_view(
    session: &Session,
    details: &Details,
    kept_here: bool,
    dispatch: &Callback<Msg>,
) -> Html {
    let Some(a) = assess(&CONTENT, session) else {
        return html! { <p>{text::NOT_YET}</p> };
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
    let class = match kind {
        OutcomeKind::Emergency | OutcomeKind::Urgent => "result result-danger",
        OutcomeKind::SeeClinician
        | OutcomeKind::LymphNode
        | OutcomeKind::LumpCheck
        | OutcomeKind::Nerve
        | OutcomeKind::Joint => "result result-caution",
        _ => "result result-pattern",
    };
    let top = a.shown();
    let mut out = Markup::default();
    out.wrap(raw!("div class=\"result-head\""), |out| {
        out.el(
            raw!("h1 id=\"result-title\" tabindex=\"-1\""),
            a.outcome.headline,
        )
        .el(raw!("p class=\"lead\""), a.outcome.summary);
    });
    if kind.is_warning() {
        out.el(raw!("h2"), text::DO_NOW)
            .list(raw!("steps"), a.outcome.next_steps);
    }
    sign_list(&mut out, text::TICKED, &a.signs);
    sign_list(&mut out, text::UNSURE, &a.unsure);
    if let Some(rule) = a.rule {
        out.el(raw!("h2"), text::WHY).el(raw!("p"), rule.because);
        if !decisive.is_empty() {
            out.wrap(raw!("ul class=\"why-list\""), |out| {
                for (q, answer) in &decisive {
                    out.wrap(raw!("li"), |out| {
                        out.el(raw!("span class=\"muted\""), q)
                            .raw(raw!("<br>"))
                            .el(raw!("strong"), answer);
                    });
                }
            });
        }
    }
    if !kind.is_warning() {
        out.el(raw!("h2"), text::DO_NEXT)
            .list(raw!("steps"), a.outcome.next_steps);
    }
    for n in &a.notes {
        out.el(raw!("p class=\"caution\" role=\"note\""), n);
    }
    // What the details file brings (the cards' words, the self-care) comes
    // after a node of its own, so the heading focused on arrival, the steps
    // and the warning signs are left as they are when it arrives.
    let head = out.html();
    if top.is_empty() && kind == OutcomeKind::Referred {
        out.el(raw!("h2"), text::MUSCLES)
            .el(raw!("p"), text::NO_MUSCLES);
    }
    if !top.is_empty() {
        out.el(raw!("h2"), text::MUSCLES)
            .el(raw!("p class=\"muted\""), text::MUSCLES_NOTE);
        for c in top {
            candidate_card(&mut out, c, details);
        }
    }
    // Self-care only beside a referred or local pattern: never beside a
    // warning or a nerve, joint or lump result.
    let patterned = matches!(kind, OutcomeKind::Referred | OutcomeKind::Local);
    if let Some(c) = a.candidates.first().filter(|_| patterned) {
        out.el(raw!("h2"), common::WHAT_MAY_HELP)
            .el(raw!("p"), text::MAY_HELP);
        detail_list(&mut out, details, c.muscle, Detail::SelfCare);
    }
    // Every result keeps the cautions of the screens that led to it ("don't
    // press a lump"), and patterns add those of their muscles.
    if !a.safety.is_empty() {
        out.el(raw!("h2"), common::BE_CAREFUL)
            .list(raw!("cautions"), &a.safety);
    }
    if !a.articles.is_empty() {
        out.el(raw!("h2"), common::READ_MORE);
        article_list(&mut out, &a.articles);
    }
    out.el(raw!("h2"), text::ANSWERS);
    let mut nav = Markup::default();
    let label = [(raw!("aria-label"), text::ACTIONS)];
    nav.wrap_with(
        raw!("nav class=\"actions result-actions\""),
        &label,
        |nav| {
            nav.button(raw!("secondary"), ButtonMsg::Back, common::BACK)
                .button(raw!("secondary"), ButtonMsg::Summary, common::SUMMARY)
                .button(raw!("secondary"), ButtonMsg::Start, common::START_OVER);
        },
    );
    if kept_here {
        kept(&mut nav);
    }
    html! {
        <section {class} aria-labelledby="result-title">
            {head}
            {out.html()}
            {answer_review(session, dispatch)}
            {nav.html()}
        </section>
    }
}

/// Warning signs with what each can point to, under `heading`; nothing
/// when there are none.
fn sign_list(out: &mut Markup, heading: &str, signs: &[&WarningSign]) {
    if signs.is_empty() {
        return;
    }
    out.el(raw!("h2"), heading)
        .wrap(raw!("ul class=\"signs\""), |out| {
            for s in signs {
                out.wrap(raw!("li"), |out| {
                    out.el(raw!("strong"), s.label)
                        .raw(raw!("<br>"))
                        .text(s.reason);
                });
            }
        });
}
