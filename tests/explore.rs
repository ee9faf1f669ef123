//! Explore mode's engine: pain site → sources, pressed spot → muscles, and
//! forgiving search. Expected sets are written from clinical-facts.md §1.
#![cfg(not(target_arch = "wasm32"))]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::explore::{muscles_at, reason, sources_of};
use symptom_explorer::engine::search::{search, Hit};

fn ids(region: &str) -> Vec<&'static str> {
    sources_of(&CONTENT, &[region])
        .iter()
        .map(|c| c.muscle.id)
        .collect()
}

/// Region → muscles whose commonly described referral zone covers it
/// (main zones first), from the "Refers to" column of §1.
const TABLE: &[(&str, &[&str])] = &[
    (
        "temple",
        &["upper-trapezius", "suboccipitals", "temporalis"],
    ),
    ("thumb-index", &["scalenes", "infraspinatus"]),
    ("heel", &["soleus"]),
    ("big-toe", &["tibialis-anterior"]),
    ("knee-front", &["quadriceps"]),
    ("ear", &["scm", "masseter"]),
    (
        "between-shoulder-blades",
        &["levator-scapulae", "scalenes", "rhomboids", "infraspinatus"],
    ),
];

#[test]
fn each_region_lists_the_muscles_that_refer_there_main_zone_first() {
    for (region, expected) in TABLE {
        assert_eq!(ids(region), *expected, "sources of {region}");
    }
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
    let at: Vec<&str> = muscles_at(&CONTENT, &["top-of-shoulder"])
        .iter()
        .map(|m| m.id)
        .collect();
    assert!(at.contains(&"upper-trapezius"), "{at:?}");
    let at: Vec<&str> = muscles_at(&CONTENT, &["neck-side"])
        .iter()
        .map(|m| m.id)
        .collect();
    assert!(at.contains(&"scalenes") && at.contains(&"scm"), "{at:?}");
}

#[test]
fn reasons_name_the_matched_zones() {
    let c = &sources_of(&CONTENT, &["temple", "eye"])[0];
    assert_eq!(c.muscle.id, "upper-trapezius");
    assert_eq!(
        reason(&CONTENT, c),
        "refers to the temple and the eye and eyebrow"
    );
    let spill = sources_of(&CONTENT, &["thumb-index"]);
    assert_eq!(
        reason(&CONTENT, &spill[1]),
        "sometimes spills to the thumb and index finger"
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
    assert!(!muscles("sciatica").is_empty() || first_region("sciatica").is_some());
    assert!(search(&CONTENT, "   ").is_empty());
    assert!(search(&CONTENT, "zzzzqqq").is_empty());
}
