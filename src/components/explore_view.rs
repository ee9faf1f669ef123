//! Explore mode's map: pick where it hurts (and see which muscles commonly
//! refer there) or where you press (and see where those spots commonly
//! refer), with warning signs for those areas first and a way into the
//! guided questions with the answers filled in.

use crate::components::{
    pattern_map::pattern_map, region_picker::region_picker, search_box::search_box,
    warning_screens::warning_screens,
};
use crate::content::CONTENT;
use crate::engine::explore::{muscles_at, reason, screens_for, sources_of};
use crate::engine::{lookup, Answer, RegionSel, Side};
use crate::explore::{base_ids, Lens};
use crate::state::{AppState, Msg};
use yew::prelude::*;

pub fn explore_view(
    state: &AppState,
    lens: Lens,
    areas: &[RegionSel],
    dispatch: &Callback<Msg>,
) -> Html {
    let ids = base_ids(areas);
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| lookup::region(&CONTENT, id).map(|r| r.label))
        .collect();
    let (title, intro) = match (lens, names.is_empty()) {
        (Lens::Pain, true) => ("Where does the pain come from?".to_string(), "Tap where it hurts: you will see the muscles whose commonly described referral zones cover it."),
        (Lens::Pain, false) => (format!("Pain felt at: {}", names.join(", ")), "Muscles whose commonly described referral zones cover these areas, best fit first."),
        (Lens::Press, true) => ("Where do you press?".to_string(), "Tap where a spot feels tender: you will see which muscles have a tender spot there and where each one commonly refers."),
        (Lens::Press, false) => (format!("Tender spot at: {}", names.join(", ")), "Muscles whose tender spot commonly lies here, each with the zone it commonly refers to."),
    };
    let lens_button = |l: Lens, label: &str| {
        html! {
            <button type="button" class="choice" aria-pressed={if l == lens { "true" } else { "false" }}
                onclick={dispatch.reform(move |_: MouseEvent| Msg::ExploreLens(l))}>{label.to_string()}</button>
        }
    };
    let has_progress = state.saved.is_some() || !state.session.answers().is_empty();
    let results = if ids.is_empty() {
        html! {}
    } else {
        match lens {
            Lens::Pain => pain_results(&ids, areas, has_progress, dispatch),
            Lens::Press => press_results(&ids, areas, has_progress, dispatch),
        }
    };
    html! {
        <section class="explore" aria-labelledby="explore-title">
            <h1 id="explore-title" tabindex="-1">{title}</h1>
            <p class="lead">{intro}</p>
            {search_box(&state.query, dispatch)}
            <div class="lens" role="group" aria-label="Look up by">
                {lens_button(Lens::Pain, "Where it hurts")}
                {lens_button(Lens::Press, "Where I press")}
            </div>
            {region_picker(areas, &dispatch.reform(Msg::ExploreToggle), state.region_list, dispatch.reform(|_: MouseEvent| Msg::ToggleRegionList))}
            {results}
        </section>
    }
}

/// Pain site → sources: warning signs, then ranked muscles with reasons.
fn pain_results(
    ids: &[&'static str],
    areas: &[RegionSel],
    has_progress: bool,
    dispatch: &Callback<Msg>,
) -> Html {
    let found = sources_of(&CONTENT, ids);
    let handoff = vec![("pain-where", Answer::Regions(areas.to_vec()))];
    html! {
        <>
            {warning_screens(&screens_for(&CONTENT, ids))}
            <section aria-labelledby="sources-title">
                <h2 id="sources-title">{"Muscles that commonly refer pain here"}</h2>
                if found.is_empty() {
                    <p>{"None of the muscles in this explorer commonly refers pain to these areas."}</p>
                } else {
                    <p class="muted">{"Commonly described patterns from Travell and Simons' maps. Individual patterns vary."}</p>
                    <ol class="sources">
                        { for found.iter().map(|c| html! {
                            <li key={c.muscle.id}>
                                <a href={format!("#/explore/muscle/{}", c.muscle.id)}>{c.muscle.name}</a>
                                <span>{reason(&CONTENT, c)}</span>
                            </li>
                        }) }
                    </ol>
                }
            </section>
            <section class="handoff" aria-labelledby="handoff-title">
                <h2 id="handoff-title">{"Check it step by step"}</h2>
                <p>{"The guided questions check warning signs first, then test whether a tender spot spreads. The areas you picked are filled in for you to confirm."}</p>
                {handoff_note(has_progress)}
                <button type="button" class="primary" onclick={dispatch.reform(move |_: MouseEvent| Msg::Handoff(handoff.clone()))}>{"Start the guided questions"}</button>
            </section>
        </>
    }
}

/// Pressed spot → expected zones: warning signs, then each muscle's zone
/// drawn, then "does it spread there?" leading into the guided questions.
fn press_results(
    ids: &[&'static str],
    areas: &[RegionSel],
    has_progress: bool,
    dispatch: &Callback<Msg>,
) -> Html {
    let found = muscles_at(&CONTENT, ids);
    let side = areas
        .iter()
        .map(|a| a.side)
        .find(|s| *s != Side::Centre)
        .unwrap_or(Side::Right);
    let press = lookup::question_index(&CONTENT, "press-result").map(|i| &CONTENT.questions[i]);
    let handoff = |result: Option<&'static str>| {
        let mut answers = vec![("press-where", Answer::Regions(areas.to_vec()))];
        answers.extend(result.map(|r| ("press-result", Answer::Options(vec![r]))));
        dispatch.reform(move |_: MouseEvent| Msg::Handoff(answers.clone()))
    };
    html! {
        <>
            {warning_screens(&screens_for(&CONTENT, ids))}
            <section aria-labelledby="spots-title">
                <h2 id="spots-title">{"Tender spots that commonly lie here"}</h2>
                if found.is_empty() {
                    <p>{"None of the muscles in this explorer has its usual tender spot in these areas."}</p>
                }
                { for found.iter().map(|m| {
                    let id = format!("spot-{}", m.id);
                    html! {
                        <article class="candidate" key={m.id} aria-labelledby={id.clone()}>
                            <h3 {id}><a href={format!("#/explore/muscle/{}", m.id)}>{m.name}</a></h3>
                            <p>{m.refers_summary}{"."}</p>
                            {pattern_map(m, side)}
                        </article>
                    }
                }) }
            </section>
            if let Some(q) = press.filter(|_| !found.is_empty()) {
                <section class="handoff" aria-labelledby="handoff-title">
                    <h2 id="handoff-title">{"Does it spread there when you press?"}</h2>
                    <p>{q.prompt}</p>
                    if let Some(c) = q.caution {
                        <p class="caution" role="note">{c}</p>
                    }
                    <p>{"Your answer starts the guided questions, which check warning signs first, with what you said here filled in for you to confirm."}</p>
                    {handoff_note(has_progress)}
                    <div class="actions">
                        { for ["spreads", "stays"].into_iter().filter_map(|id| {
                            let o = q.options.iter().find(|o| o.id == id)?;
                            Some(html! { <button type="button" class="secondary" onclick={handoff(Some(o.id))}>{o.label}</button> })
                        }) }
                        <button type="button" class="secondary" onclick={handoff(None)}>{"I have not tried yet"}</button>
                    </div>
                </section>
            }
        </>
    }
}

/// Says so when starting the guided questions replaces answers in progress.
fn handoff_note(has_progress: bool) -> Html {
    if has_progress {
        html! { <p class="muted">{"This starts the questions afresh: the answers you have in progress on this device will be replaced."}</p> }
    } else {
        html! {}
    }
}
