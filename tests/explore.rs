//! Explore mode's engine: pain site → sources, pressed spot → muscles, and
//! forgiving search. Expected sets are written from clinical-facts.md §1.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::on_left as sel;

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::explore::{
    citation_in, details_file, muscles_at, sources_of, Detail,
};
use symptom_explorer::engine::model::Strength;
use symptom_explorer::engine::rank::reason;
use symptom_explorer::engine::search::{search, Hit};
use symptom_explorer::engine::{RegionSel, Side};

fn ids(region: &str) -> Vec<&'static str> {
    sources_of(&CONTENT, &[sel(region)])
        .iter()
        .map(|c| c.muscle.id)
        .collect()
}

/// For any three areas picked together (midline, or on the left): exactly
/// the muscles referring to any of them are listed, ordered by the ranking's
/// stated rules: more main-zone matches first whatever the spill-over, then
/// more matches in all, then fewer zones in all, then by name. Counted from
/// the muscles' zones, not from what the ranking reports.
#[test]
fn several_areas_rank_main_zone_matches_above_any_spill_over() {
    let regions: Vec<&str> = CONTENT.regions.iter().map(|r| r.id).collect();
    let muscle = |id: &str| CONTENT.muscles.iter().find(|x| x.id == id).unwrap();
    let fit = |m: &str, picked: &[&str]| {
        let hits = |main: bool| {
            muscle(m)
                .refers
                .iter()
                .filter(|r| picked.contains(&r.region) && (r.strength == Strength::Main) == main)
                .count()
        };
        (hits(true), hits(false))
    };
    let (mut checked, mut named_tie, mut file_order_would_differ) = (0, 0, 0);
    for (i, a) in regions.iter().enumerate() {
        for (j, b) in regions.iter().enumerate().skip(i + 1) {
            for third in &regions[j + 1..] {
                let picked = [*a, *b, *third];
                let got: Vec<&str> = sources_of(&CONTENT, &picked.map(sel))
                    .iter()
                    .map(|c| c.muscle.id)
                    .collect();
                let mut want: Vec<&str> = CONTENT
                    .muscles
                    .iter()
                    .map(|m| m.id)
                    .filter(|m| fit(m, &picked) != (0, 0))
                    .collect();
                let key = |m: &&str| {
                    let (main, spill) = fit(m, &picked);
                    (
                        std::cmp::Reverse((main, main + spill)),
                        muscle(m).refers.len(),
                    )
                };
                want.sort_by_key(|m| (key(m), muscle(m).name));
                assert_eq!(got, want, "{a} + {b} + {third}");
                checked += 1;
                named_tie += want.windows(2).filter(|w| key(&w[0]) == key(&w[1])).count();
                let position = |m: &str| CONTENT.muscles.iter().position(|x| x.id == m);
                file_order_would_differ += want
                    .windows(2)
                    .filter(|w| key(&w[0]) == key(&w[1]) && position(w[0]) > position(w[1]))
                    .count();
            }
        }
    }
    assert_eq!(
        checked,
        regions.len() * (regions.len() - 1) * (regions.len() - 2) / 6
    );
    // The rules matter: some lists end in full ties broken by name, and
    // some of those the file order would break the other way.
    assert!(named_tie > 0 && file_order_would_differ > 0);
}

#[test]
fn every_muscle_is_reachable_from_a_region_and_by_search() {
    for m in CONTENT.muscles {
        let reachable = CONTENT.regions.iter().any(|r| ids(r.id).contains(&m.id));
        assert!(reachable, "{} is not reachable from any region", m.id);
        let by_name = search(&CONTENT, m.name);
        assert!(
            by_name
                .iter()
                .take(3)
                .any(|h| matches!(h, Hit::Muscle(x) if x.id == m.id)),
            "{} is not found by its name",
            m.id
        );
    }
}

#[test]
fn a_pressed_spot_lists_the_muscles_whose_tender_spot_lies_there() {
    let at = |region: &str| -> Vec<&str> {
        muscles_at(&CONTENT, &[sel(region)])
            .iter()
            .map(|c| c.muscle.id)
            .collect()
    };
    assert!(at("top-of-shoulder").contains(&"upper-trapezius"));
    let neck = at("neck-side");
    assert!(
        neck.contains(&"scalenes") && neck.contains(&"scm"),
        "{neck:?}"
    );
    // Drawn on the side pressed.
    let right = RegionSel {
        region: "top-of-shoulder",
        side: Side::Right,
    };
    assert!(muscles_at(&CONTENT, &[right])
        .iter()
        .all(|c| c.side == Side::Right));
}

#[test]
fn reasons_name_the_matched_zones_with_their_side() {
    // Temporalis and upper trapezius both cover both; temporalis has fewer
    // zones in all, the more specific pattern.
    let c = &sources_of(&CONTENT, &[sel("temple"), sel("eye")])[0];
    assert_eq!(c.muscle.id, "temporalis");
    assert_eq!(
        reason(&CONTENT, c),
        "Main zone covers the left temple and the left eye and eyebrow"
    );
    let spill = sources_of(&CONTENT, &[sel("thumb-index")]);
    let last = spill.last().unwrap();
    assert_eq!(last.main_hits(), 0);
    assert_eq!(
        reason(&CONTENT, last),
        "Sometimes spills to the left thumb and index finger"
    );
}

fn first_region(q: &str) -> Option<&'static str> {
    search(&CONTENT, q).into_iter().find_map(|h| match h {
        Hit::Region(r) => Some(r.id),
        Hit::Muscle(_) => None,
    })
}

fn muscles(q: &str) -> Vec<&'static str> {
    search(&CONTENT, q)
        .into_iter()
        .filter_map(|h| match h {
            Hit::Muscle(m) => Some(m.id),
            Hit::Region(_) => None,
        })
        .collect()
}

#[test]
fn search_forgives_case_accents_and_typos() {
    assert_eq!(first_region("temple"), Some("temple"));
    assert_eq!(first_region("TEMPLE"), Some("temple"));
    assert_eq!(first_region("Témple"), Some("temple"));
    assert_eq!(first_region("tempel"), Some("temple"));
    assert_eq!(first_region("ear"), Some("ear"));
    assert!(muscles("trapezuis").contains(&"upper-trapezius"));
    assert!(muscles("thumb").contains(&"scalenes"));
    assert!(muscles("headache").contains(&"upper-trapezius"));
    assert!(muscles("tingling").contains(&"scalenes"));
    assert!(muscles("sciatica").contains(&"piriformis"));
    assert!(search(&CONTENT, "   ").is_empty());
}

/// The words people use for the new muscles and areas (issue 12).
#[test]
fn search_knows_the_common_names_of_complaints() {
    for (q, region) in [
        ("tailbone", "tailbone"),
        ("coccyx", "tailbone"),
        ("outer ankle", "ankle-outer"),
        ("under the chin", "under-chin"),
        ("heel", "heel"),
        ("plantar", "heel"),
        ("thumb", "thumb-index"),
        ("tennis elbow", "elbow-outer"),
        ("golfer's elbow", "elbow-inner"),
        ("groin strain", "groin"),
    ] {
        let found: Vec<&str> = search(&CONTENT, q)
            .into_iter()
            .filter_map(|h| match h {
                Hit::Region(r) => Some(r.id),
                Hit::Muscle(_) => None,
            })
            .take(2)
            .collect();
        assert!(found.contains(&region), "{q}: {found:?}");
    }
    for (q, muscle) in [
        ("tennis elbow", "supinator"),
        ("tennis elbow", "brachioradialis"),
        ("golfer's elbow", "forearm-flexors"),
        ("heel", "quadratus-plantae"),
        ("plantar", "quadratus-plantae"),
        ("tailbone", "gluteus-maximus"),
        ("coccyx", "gluteus-maximus"),
        ("ankle", "fibularis"),
        ("thumb", "thumb-muscles"),
        ("groin strain", "adductors"),
        ("side stitch", "serratus-anterior"),
        ("popliteus", "popliteus"),
        ("pterygoid", "lateral-pterygoid"),
    ] {
        assert!(muscles(q).contains(&muscle), "{q}: {:?}", muscles(q));
    }
    assert!(search(&CONTENT, "zzzzqqq").is_empty());
}

/// The shipped details file gives back every citation, and every muscle's
/// other names, search words, summary, symptoms and self-care ideas whole (a tab or line break inside
/// one would cut it).
#[test]
fn the_details_file_holds_every_citation_and_self_care_idea() {
    let file = details_file(&CONTENT);
    for s in CONTENT.sources {
        assert_eq!(citation_in(&file, s.id), Some(s.citation), "{}", s.id);
    }
    for m in CONTENT.muscles {
        for kind in Detail::ALL {
            let items = kind.of(m);
            let optional = matches!(kind, Detail::Aka | Detail::Search);
            assert!(optional || !items.is_empty(), "{} {kind:?}", m.id);
            assert_eq!(kind.in_file(&file, m.id), items, "{} {kind:?}", m.id);
        }
    }
}

/// The details file the app fetches ([`details_file`]): one
/// "id<TAB>citation" line per source; an id is matched whole.
#[test]
fn a_citation_is_found_by_its_whole_id() {
    let file = "nhs\tNHS page\nnhs-dvt\tNHS, deep vein thrombosis\n";
    assert_eq!(
        citation_in(file, "nhs-dvt"),
        Some("NHS, deep vein thrombosis")
    );
    assert_eq!(citation_in(file, "nhs"), Some("NHS page"));
    assert_eq!(citation_in(file, "nh"), None);
    assert_eq!(citation_in("", "nhs"), None);
}

/// The same file's "<kind>:<muscle><TAB>item<TAB>item" lines.
#[test]
fn a_muscles_details_are_found_by_their_kind_and_whole_id() {
    let file = "nhs\tNHS page\nself-care:scalenes-anterior\tC\nself-care:scalenes\tA\tB\nsummary:scalenes\tS\n";
    let ideas = |id| Detail::SelfCare.in_file(file, id);
    assert_eq!(ideas("scalenes"), ["A", "B"]);
    assert_eq!(ideas("scalenes-anterior"), ["C"]);
    assert!(ideas("scalene").is_empty());
    assert!(ideas("nhs").is_empty(), "a source is not a muscle");
    assert_eq!(Detail::Summary.in_file(file, "scalenes"), ["S"]);
    assert!(Detail::Symptoms.in_file(file, "scalenes").is_empty());
}
