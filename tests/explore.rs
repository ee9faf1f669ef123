//! Explore mode's engine: pain site → sources, pressed spot → muscles, and
//! forgiving search. Expected sets are written from clinical-facts.md §1.
#![cfg(not(target_arch = "wasm32"))]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::explore::{muscles_at, reason, sources_of};
use symptom_explorer::engine::model::Strength;
use symptom_explorer::engine::search::{search, Hit};

fn ids(region: &str) -> Vec<&'static str> {
    sources_of(&CONTENT, &[region])
        .iter()
        .map(|c| c.muscle.id)
        .collect()
}

/// Every region → muscles whose commonly described referral zone covers it,
/// written from the "Refers to" column of clinical-facts.md §1 (not from the
/// content): main zones first, then spill-over ("sometimes", "may spill",
/// "rarely"); ties in content order. One row per region in regions.toml; an
/// empty list means no muscle in §1 refers there.
const TABLE: &[(&str, &[&str])] = &[
    ("top-of-head", &["scm", "splenius"]),
    ("back-of-head", &["scm", "suboccipitals", "splenius"]),
    ("forehead", &["scm", "suboccipitals"]),
    (
        "temple",
        &["upper-trapezius", "suboccipitals", "temporalis"],
    ),
    (
        "eye",
        &[
            "upper-trapezius",
            "scm",
            "suboccipitals",
            "splenius",
            "temporalis",
            "masseter",
        ],
    ),
    ("ear", &["scm", "masseter"]),
    ("behind-ear", &["upper-trapezius", "scm"]),
    ("cheek", &["scm", "masseter"]),
    ("jaw", &["masseter", "upper-trapezius", "soleus"]),
    ("teeth", &["temporalis", "masseter", "scm"]),
    ("throat", &["scm"]),
    ("neck-side", &["upper-trapezius"]),
    (
        "neck-back",
        &["upper-trapezius", "levator-scapulae", "triceps"],
    ),
    ("base-of-skull", &[]),
    ("top-of-shoulder", &[]),
    (
        "shoulder-front",
        &[
            "infraspinatus",
            "deltoid",
            "pectoralis-major",
            "pectoralis-minor",
            "biceps",
        ],
    ),
    ("shoulder-side", &["supraspinatus", "deltoid"]),
    (
        "shoulder-back",
        &[
            "levator-scapulae",
            "subscapularis",
            "teres-minor",
            "deltoid",
            "triceps",
        ],
    ),
    ("armpit", &[]),
    (
        "upper-arm-front",
        &["scalenes", "infraspinatus", "biceps", "deltoid"],
    ),
    (
        "upper-arm-back",
        &[
            "scalenes",
            "subscapularis",
            "teres-minor",
            "triceps",
            "deltoid",
        ],
    ),
    ("elbow-front", &["biceps"]),
    (
        "elbow-outer",
        &["triceps", "forearm-extensors", "supraspinatus"],
    ),
    ("elbow-inner", &["pectoralis-minor", "triceps"]),
    (
        "forearm-thumb-side",
        &["scalenes", "infraspinatus", "triceps"],
    ),
    (
        "forearm-little-finger-side",
        &["pectoralis-major", "pectoralis-minor"],
    ),
    ("forearm-back", &["triceps", "forearm-extensors"]),
    ("wrist", &["subscapularis", "supraspinatus"]),
    ("palm", &["pectoralis-minor"]),
    ("back-of-hand", &["forearm-extensors"]),
    ("thumb-index", &["scalenes", "infraspinatus"]),
    (
        "ring-little-fingers",
        &["pectoralis-major", "pectoralis-minor", "triceps"],
    ),
    (
        "chest",
        &["scm", "scalenes", "pectoralis-major", "pectoralis-minor"],
    ),
    ("upper-abdomen", &["thoracic-paraspinals"]),
    (
        "lower-abdomen",
        &["quadratus-lumborum", "thoracic-paraspinals"],
    ),
    ("groin", &["quadratus-lumborum", "iliopsoas"]),
    ("upper-back", &["rhomboids"]),
    (
        "shoulder-blade",
        &[
            "levator-scapulae",
            "scalenes",
            "subscapularis",
            "rhomboids",
            "infraspinatus",
            "thoracic-paraspinals",
        ],
    ),
    (
        "between-shoulder-blades",
        &[
            "levator-scapulae",
            "scalenes",
            "rhomboids",
            "infraspinatus",
            "thoracic-paraspinals",
        ],
    ),
    ("mid-back", &["thoracic-paraspinals"]),
    ("flank", &[]),
    (
        "low-back",
        &["thoracic-paraspinals", "iliopsoas", "gluteus-medius"],
    ),
    (
        "sacrum",
        &[
            "thoracic-paraspinals",
            "quadratus-lumborum",
            "iliopsoas",
            "gluteus-medius",
            "piriformis",
            "soleus",
        ],
    ),
    (
        "buttock",
        &[
            "thoracic-paraspinals",
            "quadratus-lumborum",
            "iliopsoas",
            "gluteus-medius",
            "gluteus-minimus",
            "piriformis",
            "hamstrings",
        ],
    ),
    ("hip-side", &["quadratus-lumborum", "tfl"]),
    ("thigh-front", &["iliopsoas", "tfl", "quadriceps"]),
    ("thigh-inner", &["quadriceps"]),
    (
        "thigh-outer",
        &[
            "gluteus-minimus",
            "tfl",
            "quadriceps",
            "quadratus-lumborum",
            "gluteus-medius",
        ],
    ),
    (
        "thigh-back",
        &["gluteus-minimus", "hamstrings", "piriformis"],
    ),
    ("knee-front", &["quadriceps"]),
    ("knee-inner", &["quadriceps"]),
    ("knee-outer", &["gluteus-minimus", "quadriceps"]),
    ("knee-back", &["hamstrings", "gastrocnemius", "quadriceps"]),
    ("shin", &["tibialis-anterior"]),
    ("leg-outer", &["gluteus-minimus", "gastrocnemius"]),
    ("calf", &["gluteus-minimus", "gastrocnemius", "hamstrings"]),
    ("ankle-front", &["gluteus-minimus", "tibialis-anterior"]),
    ("achilles", &["soleus"]),
    ("heel", &["soleus"]),
    ("sole", &["gastrocnemius"]),
    ("top-of-foot", &["tibialis-anterior", "gluteus-minimus"]),
    ("big-toe", &["tibialis-anterior"]),
];

#[test]
fn each_region_lists_the_muscles_that_refer_there_main_zone_first() {
    let mut wrong = Vec::new();
    for (region, expected) in TABLE {
        let got = ids(region);
        if got != *expected {
            wrong.push(format!("{region}: got {got:?}, expected {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// For any three areas picked together: exactly the muscles referring to
/// any of them are listed, more main-zone matches first whatever the
/// spill-over, then more matches in all, then content order. Counted from
/// the muscles' zones, not from what the ranking reports.
#[test]
fn several_areas_rank_main_zone_matches_above_any_spill_over() {
    let regions: Vec<&str> = CONTENT.regions.iter().map(|r| r.id).collect();
    let fit = |m: &str, picked: &[&str]| {
        let m = CONTENT.muscles.iter().find(|x| x.id == m).unwrap();
        let hits = |main: bool| {
            m.refers
                .iter()
                .filter(|r| picked.contains(&r.region) && (r.strength == Strength::Main) == main)
                .count()
        };
        (hits(true), hits(false))
    };
    let order = |m: &str| CONTENT.muscles.iter().position(|x| x.id == m).unwrap();
    // Neighbours in a list that the guided score (2 a main match, 1 a
    // spill-over) would put the other way round.
    let mut score_would_swap = 0;
    for (i, a) in regions.iter().enumerate() {
        for (j, b) in regions.iter().enumerate().skip(i + 1) {
            for third in &regions[j + 1..] {
                let picked = [*a, *b, *third];
                let got: Vec<&str> = sources_of(&CONTENT, &picked)
                    .iter()
                    .map(|c| c.muscle.id)
                    .collect();
                let mut want: Vec<&str> = CONTENT
                    .muscles
                    .iter()
                    .map(|m| m.id)
                    .filter(|m| fit(m, &picked) != (0, 0))
                    .collect();
                want.sort_by_key(|m| {
                    let (main, spill) = fit(m, &picked);
                    (std::cmp::Reverse((main, main + spill)), order(m))
                });
                assert_eq!(got, want, "{a} + {b} + {third}");
                score_would_swap += got
                    .windows(2)
                    .filter(|w| {
                        let score = |(main, spill): (usize, usize)| 2 * main + spill;
                        score(fit(w[0], &picked)) < score(fit(w[1], &picked))
                    })
                    .count();
            }
        }
    }
    // The rule matters: some picks really are ordered differently.
    assert!(score_would_swap > 0);
}

#[test]
fn the_table_has_one_row_per_region() {
    let rows: Vec<&str> = TABLE.iter().map(|(r, _)| *r).collect();
    let regions: Vec<&str> = CONTENT.regions.iter().map(|r| r.id).collect();
    assert_eq!(rows, regions);
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
    assert!(muscles("sciatica").contains(&"piriformis"));
    assert!(search(&CONTENT, "   ").is_empty());
    assert!(search(&CONTENT, "zzzzqqq").is_empty());
}
