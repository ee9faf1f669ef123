//! Explore mode's map: pick where it hurts (and see which muscles commonly
//! refer there) or where you press (and see where those spots commonly
//! refer), with warning signs for those areas first and a way into the
//! guided questions with the answers filled in.

use crate::app::explore_state::{base_ids, Lens};
use crate::app::{AppState, Msg};
use crate::components::{
    actions::{data_of, HANDOFF},
    candidate_card::{pattern, summary},
    markup::{raw, Markup},
    memo::memo,
    region_picker::region_picker,
    search_box::search_box,
    warning_screens::warning_screens,
};
use crate::content::CONTENT;
use crate::engine::explore::{self, muscles_at, screens_for, sources_of};
use crate::engine::model::Muscle;
use crate::engine::rank::reason;
use crate::engine::{lookup, safety, Answer, Candidate, RegionSel};
use crate::hooks::use_details::Details;
use crate::ui::explore as text;
use yew::prelude::*;

/// `details`: the details file, which search reads once it has arrived.
pub fn explore_view(
    state: &AppState,
    lens: Lens,
    areas: &[RegionSel],
    details: &Details,
    dispatch: &Callback<Msg>,
) -> Html {
    let ids = base_ids(areas);
    let names: Vec<&str> = ids
        .iter()
        .filter_map(|id| lookup::region(&CONTENT, id).map(|r| r.label))
        .collect();
    let (title, intro) = match (lens, names.is_empty()) {
        (Lens::Pain, true) => (text::PAIN_TITLE.to_string(), text::PAIN_INTRO),
        (Lens::Pain, false) => (text::pain_at(&names.join(", ")), text::PAIN_AT_INTRO),
        (Lens::Press, true) => (text::PRESS_TITLE.to_string(), text::PRESS_INTRO),
        (Lens::Press, false) => (text::press_at(&names.join(", ")), text::PRESS_AT_INTRO),
    };
    let lens_button = |l: Lens, label: &str| {
        html! {
            <button type="button" class="choice" aria-pressed={if l == lens { "true" } else { "false" }}
                onclick={dispatch.reform(move |_: MouseEvent| Msg::ExploreLens(l))}>{label.to_string()}</button>
        }
    };
    // The hand-off buttons are in the markup: one listener reads which.
    let on_act = {
        let (dispatch, areas) = (dispatch.clone(), areas.to_vec());
        Callback::from(move |e: MouseEvent| {
            let (Some(act), Some(h)) = (data_of(&e, HANDOFF), explore::handoff(&CONTENT)) else {
                return;
            };
            let question = match lens {
                Lens::Pain => h.pain,
                Lens::Press => h.press,
            };
            let mut answers = vec![(question.id, Answer::Regions(areas.clone()))];
            // The press test's answer, when the person gave one (an option
            // explore offers; `NOT_TRIED` is none).
            let result = h.test.options.iter().find(|o| o.explore && o.id == act);
            if lens == Lens::Press {
                answers.extend(result.map(|o| (h.test.id, Answer::Options(vec![o.id]))));
            }
            dispatch.emit(Msg::Handoff(answers));
        })
    };
    html! {
        <section class="explore" aria-labelledby="explore-title">
            <h1 id="explore-title" tabindex="-1">{title}</h1>
            <p class="lead">{intro}</p>
            {search_box(&state.explore.query, details, dispatch)}
            <div class="lens" role="group" aria-label={text::LENS}>
                {lens_button(Lens::Pain, text::LENS_PAIN)}
                {lens_button(Lens::Press, text::LENS_PRESS)}
            </div>
            {region_picker(areas, &dispatch.reform(Msg::ExploreToggle), state.region_list, dispatch.reform(|_: MouseEvent| Msg::ToggleRegionList))}
            <div onclick={on_act}>
                {memo(Found { lens, areas: areas.to_vec(), has_progress: state.has_progress(), details: details.clone() }, explore_results)}
            </div>
        </section>
    }
}

/// What [`explore_results`] shows results for.
#[derive(PartialEq)]
struct Found {
    lens: Lens,
    areas: Vec<RegionSel>,
    /// Whether starting the guided questions replaces answers in progress.
    has_progress: bool,
    /// The details file, for the tender spots' summaries.
    details: Details,
}

/// What the areas picked bring up: warning signs, then the muscles, then
/// the way into the guided questions. Under [`memo`], so typing in the
/// search box does not rebuild it.
fn explore_results(props: &Found) -> Html {
    let (lens, areas) = (props.lens, &props.areas);
    let ids = base_ids(areas);
    // Warning signs, then the muscles, then the hand-off: each its own
    // piece of markup, so a tap replaces only the pieces that changed.
    let (mut screens_out, mut handoff_out) = (Markup::default(), Markup::default());
    let mut results_out = Markup::default();
    // On a phone the results start a screen or two below the map: say
    // what is there (and to screen readers, as the taps change it).
    let mut below = String::new();
    if !ids.is_empty() {
        // The muscles listed bring the screens of where they refer, as in
        // the guided flow.
        let found = match lens {
            Lens::Pain => sources_of(&CONTENT, areas),
            Lens::Press => muscles_at(&CONTENT, areas),
        };
        let listed: Vec<&Muscle> = found.iter().map(|c| c.muscle).collect();
        let screens = screens_for(&CONTENT, &ids, &listed);
        warning_screens(&mut screens_out, &screens);
        let found = match lens {
            Lens::Pain => pain_results(&mut results_out, &found),
            Lens::Press => press_results(&mut results_out, &found, &props.details),
        };
        handoff(&mut handoff_out, lens, &ids, found, props.has_progress);
        let muscles = match lens {
            Lens::Pain => text::below_pain(found),
            Lens::Press => text::below_press(found),
        };
        below = text::below(&if screens.is_empty() {
            muscles
        } else {
            text::below_after_signs(&muscles)
        });
    }
    html! {
        <>
            <p class="below" aria-live="polite">{below}</p>
            {screens_out.html()}{results_out.html()}{handoff_out.html()}
        </>
    }
}

/// Pain site → sources: ranked muscles, each with why it is listed.
/// Returns how many.
fn pain_results(out: &mut Markup, found: &[Candidate]) -> usize {
    out.section(
        raw!(""),
        raw!("sources-title"),
        text::SOURCES_TITLE,
        |out| {
            if found.is_empty() {
                out.el(raw!("p"), text::NO_SOURCES);
                return;
            }
            out.el(raw!("p class=\"muted\""), text::SOURCES_NOTE).wrap(
                raw!("ol class=\"sources\""),
                |out| {
                    for c in found {
                        out.wrap(raw!("li"), |out| {
                            out.explore_link(raw!("muscle"), c.muscle.id, c.muscle.name)
                                .el(raw!("span"), &reason(&CONTENT, c));
                        });
                    }
                },
            );
        },
    );
    found.len()
}

/// Pressed spot → expected zones: each muscle found there with its pattern
/// drawn, and in words once the details file is there. Returns how many.
fn press_results(out: &mut Markup, found: &[Candidate], details: &Details) -> usize {
    out.section(raw!(""), raw!("spots-title"), text::SPOTS_TITLE, |out| {
        if found.is_empty() {
            out.el(raw!("p"), text::NO_SPOTS);
        }
        for c in found {
            let m = c.muscle;
            out.wrap(raw!("article class=\"candidate\""), |out| {
                out.wrap(raw!("h3"), |out| {
                    out.explore_link(raw!("muscle"), m.id, m.name);
                });
                pattern(out, c);
                summary(out, raw!("p"), details, m);
            });
        }
    });
    found.len()
}

/// The way into the guided questions with explore's answers offered: for a
/// pressed spot with muscles listed (`found`), after "does it spread there?",
/// with the cautions of the spots (`ids`) first. Where pressing is unsafe it
/// says why and does not ask anyone to press.
fn handoff(out: &mut Markup, lens: Lens, ids: &[&str], found: usize, has_progress: bool) {
    let button = |out: &mut Markup, act: &str, label: &str| {
        out.data_button(raw!("secondary"), (HANDOFF, act), label, None);
    };
    let unsafe_spot = ids
        .iter()
        .any(|r| safety::spot(&CONTENT, r).is_some_and(|s| s.no_press));
    let press = explore::handoff(&CONTENT)
        .map(|h| h.test)
        .filter(|_| found > 0 && !unsafe_spot);
    let cautions = match lens {
        Lens::Press => safety::press_cautions(&CONTENT, ids),
        Lens::Pain => Vec::new(),
    };
    let caution_notes = |out: &mut Markup| {
        for c in &cautions {
            out.el(raw!("p class=\"caution\" role=\"note\""), c);
        }
    };
    let (id, class) = (raw!("handoff-title"), raw!("handoff"));
    match (lens, press) {
        (Lens::Press, Some(q)) => {
            out.section(class, id, text::SPREAD_TITLE, |out| {
                caution_notes(out);
                out.el(raw!("p"), q.prompt);
                if let Some(c) = q.caution {
                    out.el(raw!("p class=\"caution\" role=\"note\""), c);
                }
                out.el(raw!("p"), text::SPREAD_NOTE);
                note(out, has_progress);
                out.wrap(raw!("div class=\"actions\""), |out| {
                    for o in q.options.iter().filter(|o| o.explore) {
                        button(out, o.id, o.label);
                    }
                    button(out, NOT_TRIED, text::NOT_TRIED);
                });
            });
        }
        _ => {
            out.section(class, id, text::STEP_TITLE, |out| {
                caution_notes(out);
                out.el(
                    raw!("p"),
                    if unsafe_spot {
                        text::STEP_NO_PRESS
                    } else {
                        text::STEP_PRESS
                    },
                );
                note(out, has_progress);
                button(out, NOT_TRIED, text::START);
            });
        }
    }
}

/// Says so when starting the guided questions replaces answers in progress.
fn note(out: &mut Markup, has_progress: bool) {
    if has_progress {
        out.el(raw!("p class=\"muted\""), text::REPLACES);
    }
}

/// The hand-off button that starts the questions without a press-test
/// answer: empty, which no option id can be.
const NOT_TRIED: &str = "";
