//! Explore mode as the app runs it: its links, warning signs before muscles,
//! muscle pages' sources, and the hand-off into the guided questions.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answer, answered, on_left};
use symptom_explorer::app::explore_state::{ExploreView, Lens};
use symptom_explorer::app::route::Route;
use symptom_explorer::app::{AppState, History, Msg, Notice, Screen};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::codec::encode;
use symptom_explorer::engine::explore::{
    articles_of, citations, muscles_at, screens_for, signs_by_tier,
};
use symptom_explorer::engine::model::{Muscle, OutcomeKind, Strength};
use symptom_explorer::engine::safety;
use symptom_explorer::engine::{Action, RegionSel, Side, Step};

fn sel(id: &str) -> RegionSel {
    RegionSel::parse(&CONTENT, id).unwrap()
}

fn map(lens: Lens, ids: &[&str]) -> ExploreView {
    ExploreView::Map {
        lens,
        areas: ids.iter().map(|i| sel(i)).collect(),
    }
}

fn screen_ids(regions: &[&'static str]) -> Vec<&'static str> {
    screens_for(&CONTENT, regions, &[])
        .iter()
        .map(|q| q.id)
        .collect()
}

#[test]
fn every_muscle_and_region_has_a_link_that_opens_it() {
    for m in CONTENT.muscles {
        let hash = format!("#/explore/muscle/{}", m.id);
        assert_eq!(Route::parse(&hash), Route::Explore(ExploreView::Muscle(m)));
        assert_eq!(Route::Explore(ExploreView::Muscle(m)).to_hash(), hash);
    }
    for r in CONTENT.regions {
        let hash = format!("#/explore/region/{}", r.id);
        let Route::Explore(ExploreView::Map { lens, areas }) = Route::parse(&hash) else {
            panic!("{hash} does not open the map");
        };
        assert_eq!(lens, Lens::Pain);
        // A bare paired id means both sides; links keep that short form.
        let sides = if r.paired { 2 } else { 1 };
        assert_eq!(areas.len(), sides, "{hash}");
        assert!(areas.iter().all(|a| a.region == r.id));
        assert_eq!(
            Route::Explore(ExploreView::Map { lens, areas }).to_hash(),
            hash
        );
    }
}

#[test]
fn explore_links_keep_one_side_and_the_press_lens() {
    let v = map(Lens::Press, &["temple-l", "throat"]);
    let hash = Route::Explore(v.clone()).to_hash();
    assert_eq!(hash, "#/explore/press/temple-l,throat");
    assert_eq!(Route::parse(&hash), Route::Explore(v));
    assert_eq!(
        Route::parse("#/explore"),
        Route::Explore(ExploreView::default())
    );
    assert_eq!(
        Route::parse("#/explore/press"),
        Route::Explore(map(Lens::Press, &[]))
    );
}

#[test]
fn a_bad_explore_link_says_what_is_missing_and_opens_the_map() {
    for (hash, missing) in [
        // What was not found is named by kind; the link's own text is not
        // repeated, since it is no id the content defines.
        ("#/explore/muscle/biceps-femoris-x", "muscle `(not an id)`"),
        ("#/explore/region/temple,elbowz", "body area `(not an id)`"),
        ("#/explore/region/throat-l", "body area `(not an id)`"),
        ("#/explore/somewhere", "explore page `(not an id)`"),
    ] {
        let s = AppState::boot(hash, Ok(None));
        assert_eq!(s.screen, Screen::Explore, "{hash}");
        assert_eq!(s.explore.view, ExploreView::default(), "{hash}");
        match &s.notice {
            Some(Notice::BadLink(why)) => assert!(why.contains(missing), "{hash}: {why}"),
            other => panic!("{hash}: {other:?}"),
        }
    }
}

#[test]
fn opening_explore_with_saved_progress_does_not_ask_which_to_keep() {
    let saved = answered(&[("screen-emergency", "none")]);
    let s = AppState::boot("#/explore/region/temple", Ok(Some(encode(&saved))));
    assert_eq!(s.screen, Screen::Explore);
    assert_eq!(s.notice, None);
    assert_eq!(s.saved.session, Some(saved));
    assert!(s.saved.autosave);
}

#[test]
fn taps_on_the_map_refine_the_view_without_history_entries() {
    let s = AppState::boot("#/explore", Ok(None));
    let s = s.update(Msg::ExploreToggle(sel("temple-r"))).unwrap();
    assert_eq!(s.explore.view, map(Lens::Pain, &["temple-r"]));
    assert_eq!(s.history, History::Replace);
    let s = s.update(Msg::ExploreToggle(sel("temple-r"))).unwrap();
    assert_eq!(s.explore.view, map(Lens::Pain, &[]));
    // Switching the lens keeps the areas and is a step of its own.
    let s = s
        .update(Msg::ExploreToggle(sel("neck-side-l")))
        .unwrap()
        .update(Msg::ExploreLens(Lens::Press))
        .unwrap();
    assert_eq!(s.explore.view, map(Lens::Press, &["neck-side-l"]));
    assert_eq!(s.history, History::Push);
}

/// A pressed spot shows, before any muscle is drawn, the screens of the
/// zones those muscles refer to (the side of the neck refers to the chest
/// and arm) and the lump screen where lymph nodes lie.
#[test]
fn a_pressed_spot_shows_the_screens_of_its_muscles_zones() {
    let at = |pressed: &[&str]| -> Vec<&'static Muscle> {
        let sels: Vec<RegionSel> = pressed.iter().map(|r| on_left(r)).collect();
        muscles_at(&CONTENT, &sels)
            .iter()
            .map(|c| c.muscle)
            .collect()
    };
    let ids = |pressed: &[&'static str]| -> Vec<&'static str> {
        screens_for(&CONTENT, pressed, &at(pressed))
            .iter()
            .map(|q| q.id)
            .collect()
    };
    let neck = ids(&["neck-side"]);
    for want in ["screen-neck", "screen-chest", "screen-arm", "screen-lump"] {
        assert!(neck.contains(&want), "{want} in {neck:?}");
    }
    // Every listed muscle's own screens are among them, in question order.
    for pressed in CONTENT.regions.iter().map(|r| r.id) {
        let shown = ids(&[pressed]);
        for m in at(&[pressed]) {
            let main = m.refers.iter().filter(|r| r.strength == Strength::Main);
            for zone in main.map(|r| r.region) {
                for s in safety::screens_of(&CONTENT, zone) {
                    assert!(
                        shown.contains(&s),
                        "{pressed}: {} refers to {zone}, needs {s}",
                        m.id
                    );
                }
            }
        }
        let order: Vec<usize> = shown
            .iter()
            .map(|id| CONTENT.questions.iter().position(|q| q.id == *id).unwrap())
            .collect();
        assert!(
            order.windows(2).all(|w| w[0] < w[1]),
            "{pressed}: {shown:?}"
        );
        // And the area's own screens are never lost.
        for own in screen_ids(&[pressed]) {
            assert!(shown.contains(&own), "{pressed}: {own}");
        }
    }
}

#[test]
fn areas_with_an_overlap_screen_show_it() {
    assert!(screen_ids(&["calf"]).contains(&"screen-calf"));
    assert!(screen_ids(&["chest"]).contains(&"screen-chest"));
    assert!(screen_ids(&["neck-side"]).contains(&"screen-neck"));
    assert!(screen_ids(&["temple"]).contains(&"screen-head"));
    assert!(screen_ids(&["buttock"]).contains(&"screen-buttock-leg"));
    // The calf screen leads with the signs of a blood clot, most urgent first.
    let calf = screens_for(&CONTENT, &["calf"], &[])
        .into_iter()
        .find(|q| q.id == "screen-calf")
        .unwrap();
    let tiers = signs_by_tier(&CONTENT, calf.signs);
    assert!(!tiers.is_empty());
    let kinds: Vec<OutcomeKind> = tiers.iter().map(|(o, _)| o.kind).collect();
    let mut sorted = kinds.clone();
    sorted.sort_by_key(|k| match k {
        OutcomeKind::Emergency => 0,
        OutcomeKind::Urgent => 1,
        _ => 2,
    });
    assert_eq!(kinds, sorted);
    let listed: usize = tiers.iter().map(|(_, s)| s.len()).sum();
    assert_eq!(listed, calf.signs.len());
}

#[test]
fn every_muscle_whose_area_has_warning_signs_lists_them_and_cites_sources() {
    for m in CONTENT.muscles {
        let cited = citations(&CONTENT, m);
        assert_eq!(
            cited.len(),
            m.sources.len(),
            "{}: a source is missing",
            m.id
        );
        for a in articles_of(&CONTENT, m) {
            assert!(CONTENT.articles.iter().any(|x| x.id == a.id));
        }
    }
    let scm = CONTENT.muscles.iter().find(|m| m.id == "scm").unwrap();
    let screens: Vec<&str> = screens_for(&CONTENT, &[], &[scm])
        .iter()
        .map(|q| q.id)
        .collect();
    assert!(screens.contains(&"screen-neck"), "{screens:?}");
    assert!(
        scm.red_flags.contains("headache-red-eye"),
        "{:?}",
        scm.red_flags
    );
}

#[test]
fn the_hand_off_offers_explores_answers_after_the_warning_screens() {
    let areas = vec![sel("top-of-shoulder-r")];
    let s = AppState::boot("#/explore/press/top-of-shoulder-r", Ok(None))
        .update(Msg::Handoff(vec![
            (
                "press-where",
                symptom_explorer::engine::Answer::Regions(areas.clone()),
            ),
            ("press-result", answer("press-result", "spreads")),
        ]))
        .unwrap();
    assert_eq!(s.screen, Screen::Guided);
    // Nothing is answered for the person: warning signs still come first.
    assert_eq!(s.guided.session.step(), Step::Question("screen-emergency"));
    assert!(s.guided.session.answers().is_empty());
    assert_eq!(
        s.shown_answer("press-where"),
        Some(symptom_explorer::engine::Answer::Regions(areas))
    );
    // Confirming the offered answer records it; starting afresh forgets the offer.
    let s = s
        .update(Msg::Engine(Action::Answer(
            "screen-emergency",
            answer("screen-emergency", "none"),
        )))
        .unwrap();
    assert_eq!(s.guided.session.step(), Step::Question("screen-urgent"));
    assert_eq!(
        s.shown_answer("press-result"),
        Some(answer("press-result", "spreads"))
    );
    let s = s.update(Msg::Start).unwrap();
    assert_eq!(s.shown_answer("press-result"), None);
}

#[test]
fn a_paired_area_from_a_link_covers_both_sides() {
    let ExploreView::Map { areas, .. } = map(Lens::Pain, &["temple-l", "temple-r"]) else {
        unreachable!()
    };
    assert_eq!(
        Route::parse("#/explore/region/temple"),
        Route::Explore(ExploreView::Map {
            lens: Lens::Pain,
            areas
        })
    );
    assert_eq!(sel("temple-l").side, Side::Left);
}

#[test]
fn a_muscle_page_leads_back_to_the_map_it_was_opened_from() {
    let s = AppState::boot("#/explore/region/calf", Ok(None))
        .update(Msg::Navigate("#/explore/muscle/soleus".into()))
        .unwrap();
    assert!(matches!(s.explore.view, ExploreView::Muscle(m) if m.id == "soleus"));
    assert_eq!(s.explore.last_map, map(Lens::Pain, &["calf-l", "calf-r"]));
    let fresh = AppState::boot("#/explore/muscle/soleus", Ok(None));
    assert_eq!(fresh.explore.last_map, ExploreView::default());
}

#[test]
fn an_offer_once_confirmed_does_not_come_back_after_its_answer_is_dropped() {
    let answer_now = |s: AppState, q: &'static str, a: &str| {
        s.update(Msg::Engine(Action::Answer(q, answer(q, a))))
            .unwrap()
    };
    let s = AppState::boot("#/explore/press/top-of-shoulder-r", Ok(None))
        .update(Msg::Handoff(vec![
            ("press-where", answer("press-where", "top-of-shoulder-r")),
            ("press-result", answer("press-result", "spreads")),
        ]))
        .unwrap();
    let s = answer_now(s, "screen-emergency", "none");
    let s = answer_now(s, "screen-urgent", "none");
    let s = answer_now(s, "pain-where", "temple-r");
    let s = answer_now(s, "press-where", "top-of-shoulder-r");
    // The region screens the safety table brings up, answered "none".
    let mut s = s;
    while let Step::Question(q) = s.guided.session.step() {
        if !q.starts_with("screen-") {
            break;
        }
        s = answer_now(s, q, "none");
    }
    let s = answer_now(s, "is-lump", "knot");
    let s = answer_now(s, "press-result", "spreads");
    assert!(s.guided.prefill.is_empty(), "{:?}", s.guided.prefill);
    // "No spot" drops the press test; choosing a spot again asks it afresh.
    let edit = |s: AppState, q: &'static str, a: &str| {
        s.update(Msg::Engine(Action::GoTo(q)))
            .unwrap()
            .update(Msg::Engine(Action::Answer(q, answer(q, a))))
            .unwrap()
    };
    let s = edit(s, "press-where", "no-spot");
    assert_eq!(s.guided.session.answer("press-result"), None);
    let s = edit(s, "press-where", "neck-side-r");
    assert_eq!(s.shown_answer("press-result"), None);
}

#[test]
fn a_link_to_the_start_shows_saved_progress_instead_of_hiding_it() {
    let saved = answered(&[("screen-emergency", "none")]);
    let s = AppState::boot("#/guided/v1~screen-emergency", Ok(Some(encode(&saved))));
    assert_eq!(s.screen, Screen::Welcome);
    assert_eq!(s.notice, None);
    assert_eq!(s.saved.session, Some(saved));
}

/// A blog can link to a body part by its plain name: `neck` opens both
/// parts of the neck on both sides, `knee` every part of the knee.
#[test]
fn a_group_name_opens_every_area_it_starts() {
    let Route::Explore(ExploreView::Map { areas, lens }) = Route::parse("#/explore/region/neck")
    else {
        panic!("`neck` is not a link");
    };
    assert_eq!(lens, Lens::Pain);
    let ids: Vec<String> = areas.iter().map(|a| a.to_string()).collect();
    for want in ["neck-side", "neck-back"] {
        assert!(areas.iter().any(|a| a.region == want), "{want} in {ids:?}");
    }
    assert!(
        areas.iter().all(|a| a.region.starts_with("neck-")),
        "{ids:?}"
    );
    // Both parts are paired: each on the left and the right.
    assert_eq!(areas.len(), 4, "{ids:?}");
    let Route::Explore(ExploreView::Map { areas, .. }) = Route::parse("#/explore/press/knee")
    else {
        panic!("`knee` is not a link");
    };
    let knee: Vec<&str> = CONTENT
        .regions
        .iter()
        .map(|r| r.id)
        .filter(|r| r.starts_with("knee-"))
        .collect();
    assert!(knee.len() > 1);
    for k in knee {
        assert!(areas.iter().any(|a| a.region == k), "{k}");
    }
    // Only whole parts of an id: `nec` names nothing.
    assert!(matches!(
        Route::parse("#/explore/region/nec"),
        Route::BadExplore(_)
    ));
}

#[test]
fn a_bad_link_names_only_ids_the_content_defines() {
    // Id-like text that is not a real id is not repeated either.
    for link in [
        "#/explore/region/Call-0900-now",
        "#/explore/region/call-0900-now",
        "#/call-0900-now",
    ] {
        let s = AppState::boot(link, Ok(None));
        match &s.notice {
            Some(Notice::BadLink(why)) => {
                assert!(!why.contains("0900"), "{why}");
                assert!(why.contains("(not an id)"), "{why}");
            }
            other => panic!("{other:?}"),
        }
    }
    let s = AppState::boot("#/Your scan shows a clot: call 0900", Ok(None));
    match &s.notice {
        Some(Notice::BadLink(why)) => assert!(!why.contains("0900"), "{why}"),
        other => panic!("{other:?}"),
    }
}
