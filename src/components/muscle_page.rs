//! One muscle: its tender spot and referral zone drawn, what it is often
//! described with and confused with, the warning signs of its area (before
//! any self-care), low-risk self-care with its cautions, sources and articles.

use crate::app::explore_state::ExploreView;
use crate::components::{
    article_list::article_list,
    candidate_card::{confused, detail_list, summary},
    markup::{raw, Markup},
    pattern_map::pattern_map,
    warning_screens::warning_screens,
};
use crate::content::CONTENT;
use crate::engine::explore::{articles_of, citation_in, screens_for, Detail};
use crate::engine::model::Muscle;
use crate::engine::Side;
use crate::hooks::use_details::Details;
use crate::ui::{card, common, muscle as text};
use yew::prelude::*;

/// `back` is the map view the person came from (or the empty map);
/// `details` the file of its summary, symptoms, self-care ideas and
/// sources, fetched when a muscle page first opens.
pub fn muscle_page(m: &'static Muscle, back: &ExploreView, details: &Details) -> Html {
    let screens = screens_for(&CONTENT, &[], &[m]);
    let articles = articles_of(&CONTENT, m);
    let mut out = Markup::default();
    let back = format!("#/{}", back.to_path());
    out.wrap(raw!("p class=\"crumbs\""), |out| {
        out.wrap_with(raw!("a"), &[(raw!("href"), &back)], |out| {
            out.text(text::TO_MAP);
        });
    })
    .el(raw!("h1 id=\"muscle-title\" tabindex=\"-1\""), m.name);
    // What the details file brings arrives after the page opens: nodes of
    // their own, so the heading focused on opening, the drawing and the
    // warning signs are left as they are, and one status line that stays in
    // place, so screen readers hear it change.
    let page = out.html();
    if let Details::Loaded(file) = details {
        let aka = Detail::Aka.in_file(file, m.id);
        if !aka.is_empty() {
            out.el(raw!("p class=\"muted\""), &text::aka(&aka.join(", ")));
        }
    }
    summary(&mut out, raw!("p class=\"lead\""), details, m);
    let intro = out.html();
    pattern_map(&mut out, m, Side::Right);
    warning_screens(&mut out, &screens);
    let signs = out.html();
    out.el(raw!("h2"), card::DESCRIBED);
    detail_list(&mut out, details, m, Detail::Symptoms);
    let described = out.html();
    confused(&mut out, raw!("h2"), m);
    out.el(raw!("h2"), common::WHAT_MAY_HELP)
        .el(raw!("p"), text::MAY_HELP);
    let confusions = out.html();
    detail_list(&mut out, details, m, Detail::SelfCare);
    let ideas = out.html();
    out.el(raw!("h3"), common::BE_CAREFUL)
        .list(raw!("cautions"), m.cautions)
        .el(raw!("h2"), text::SOURCES);
    let cautions = out.html();
    let status = match details {
        Details::Loaded(file) => {
            out.list(
                raw!("citations"),
                m.sources.iter().filter_map(|id| citation_in(file, id)),
            );
            ""
        }
        Details::Loading => text::LOADING,
        Details::Failed => text::FAILED,
    };
    let sources = out.html();
    if !articles.is_empty() {
        out.el(raw!("h2"), common::READ_MORE);
        article_list(&mut out, &articles);
    }
    html! {
        <article class="muscle-page" aria-labelledby="muscle-title">
            {page}
            {intro}
            {signs}
            {described}
            {confusions}
            {ideas}
            {cautions}
            <p class="muted" role="status">{status}</p>
            {sources}
            {out.html()}
        </article>
    }
}
