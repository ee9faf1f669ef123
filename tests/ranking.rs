//! The guided result's ranking, one test per rule (see `rank::Candidate`'s
//! order): a referred result needs a real referral match, a tender spot only
//! breaks ties, spill-over never outranks a main zone, ties break on purpose,
//! and the side the person named counts. Each journey is one the issue found
//! ranked wrongly.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{left_id, run};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::model::Strength;
use symptom_explorer::engine::rank::reason;
use symptom_explorer::engine::{Assessment, Side};

/// A referred journey: pain at `pain`, the spot at `press` spreading to
/// `spread`.
fn referred(pain: &str, press: &str, spread: &str) -> Assessment {
    let (_, a) = run(&[
        ("pain-where", pain),
        ("press-where", press),
        ("is-lump", "knot"),
        ("press-result", "spreads"),
        ("spread-where", spread),
        ("familiar", "yes"),
        ("feel", "ache"),
        ("nerve-signs", "none"),
        ("joint-signs", "none"),
        ("duration", "weeks"),
    ]);
    assert_eq!(a.outcome.id, "referred");
    a
}

fn listed(a: &Assessment) -> Vec<&'static str> {
    a.candidates.iter().map(|c| c.muscle.id).collect()
}

fn main_zone_at(muscle: &str, region: &str) -> bool {
    CONTENT
        .muscles
        .iter()
        .find(|m| m.id == muscle)
        .unwrap()
        .refers
        .iter()
        .any(|z| z.region == region && z.strength == Strength::Main)
}

/// Pain and spread at the outer shoulder, pressing the top of the shoulder:
/// upper trapezius has its tender spot there but does not refer to the outer
/// shoulder, so it is not listed, let alone first.
#[test]
fn a_tender_spot_alone_never_lists_a_muscle_on_a_referred_result() {
    let a = referred("shoulder-side-l", "top-of-shoulder-l", "shoulder-side-l");
    let got = listed(&a);
    assert!(!got.is_empty());
    assert!(!got.contains(&"upper-trapezius"), "{got:?}");
    for m in &got {
        assert!(
            main_zone_at(m, "shoulder-side"),
            "{m} has no main zone at the outer shoulder: {got:?}"
        );
    }
}

/// Jaw pain with the cheek pressed: soleus only spills to the jaw, so it is
/// neither listed nor its calf caution shown.
#[test]
fn a_spill_over_match_never_reaches_a_referred_list_or_its_cautions() {
    let a = referred("jaw-l", "cheek-l", "jaw-l");
    let got = listed(&a);
    assert!(!got.contains(&"soleus"), "{got:?}");
    for m in &got {
        assert!(main_zone_at(m, "jaw"), "{m}: {got:?}");
    }
    let soleus = CONTENT.muscles.iter().find(|m| m.id == "soleus").unwrap();
    for c in soleus.cautions {
        let shared = CONTENT
            .muscles
            .iter()
            .filter(|m| m.id != "soleus" && got.contains(&m.id))
            .any(|m| m.cautions.contains(c));
        assert!(
            shared || !a.safety.contains(&c),
            "soleus's caution shown: {c}"
        );
    }
}

/// Pain between and over the shoulder blade, in the front of the upper arm
/// and the thumb: infraspinatus covers one of these in its main zone and
/// three by spill-over, levator scapulae two in its main zone. More main-zone
/// matches always come first, however much spill-over the other has (a
/// score of 2 per main and 1 per spill-over put infraspinatus first).
#[test]
fn spill_over_never_outranks_more_main_zone_matches() {
    let named = [
        "between-shoulder-blades",
        "shoulder-blade",
        "upper-arm-front",
        "thumb-index",
    ];
    let pain = named.map(left_id).join(",");
    let a = referred(&pain, "knee-front-l", &pain);
    let got = listed(&a);
    let main_hits = |m: &str| named.iter().filter(|r| main_zone_at(m, r)).count();
    let at = |m: &str| got.iter().position(|x| *x == m).unwrap();
    assert!(at("levator-scapulae") < at("infraspinatus"), "{got:?}");
    let hits: Vec<usize> = got.iter().map(|m| main_hits(m)).collect();
    assert!(hits.windows(2).all(|w| w[0] >= w[1]), "{got:?}: {hits:?}");
}

/// Outer elbow and back of the forearm: the forearm extensors and triceps
/// both cover both; the extensors have fewer zones in all, so they come
/// first, whatever the file order.
#[test]
fn an_equal_match_goes_to_the_more_specific_pattern() {
    let a = referred(
        "elbow-outer-l,forearm-back-l",
        "knee-front-l",
        "elbow-outer-l,forearm-back-l",
    );
    let got = listed(&a);
    let at = |m: &str| got.iter().position(|x| *x == m);
    let (Some(ext), Some(tri)) = (at("forearm-extensors"), at("triceps")) else {
        panic!("both are listed: {got:?}");
    };
    assert!(ext < tri, "{got:?}");
}

/// Heel and sole: quadratus plantae covers both (heel main, sole spill), so
/// it leads. Soleus (heel) and gastrocnemius (sole) each cover one in the
/// main zone and have four zones in all: a full tie, which reads by name
/// (here also the file order).
#[test]
fn more_regions_covered_come_first() {
    let a = referred("heel-l,sole-l", "knee-front-l", "heel-l,sole-l");
    assert_eq!(listed(&a), ["quadratus-plantae", "gastrocnemius", "soleus"]);
}

/// Behind the knee: popliteus refers only there and around it, so it comes
/// first; gastrocnemius and hamstrings then tie on everything (one main
/// zone there, four zones in all) and read by name, although hamstrings
/// come first in the file.
#[test]
fn a_full_tie_reads_by_name_never_by_file_order() {
    let a = referred("knee-back-l", "knee-front-l", "knee-back-l");
    let got = listed(&a);
    assert_eq!(got.first(), Some(&"popliteus"), "{got:?}");
    let file = |m: &str| CONTENT.muscles.iter().position(|x| x.id == m).unwrap();
    assert!(file("hamstrings") < file("gastrocnemius"));
    let at = |m: &str| got.iter().position(|x| *x == m).unwrap();
    assert!(at("gastrocnemius") < at("hamstrings"), "{got:?}");
}

/// Temple and back of the head, pressing the temple: suboccipitals cover both
/// in the main zone, temporalis one, with its tender spot where the person
/// pressed. The tender spot does not outweigh a second main-zone match (3
/// points for the spot used to put temporalis first).
#[test]
fn a_tender_spot_never_outranks_more_main_zone_matches() {
    let a = referred("temple-l,back-of-head", "temple-l", "temple-l,back-of-head");
    let got = listed(&a);
    let at = |m: &str| got.iter().position(|x| *x == m).unwrap();
    assert!(at("suboccipitals") < at("temporalis"), "{got:?}");
}

/// Pressing the left armpit with the ache staying there, while the right
/// flank also hurts: latissimus dorsi is listed for its tender spot on the
/// left, although on the right its spill-over covers the flank.
#[test]
fn a_local_result_keeps_the_side_of_the_tender_spot() {
    let (_, a) = run(&[
        ("pain-where", "armpit-l,flank-r"),
        ("press-where", "armpit-l"),
        ("is-lump", "area"),
        ("press-result", "stays"),
        ("familiar", "yes"),
        ("feel", "ache"),
        ("nerve-signs", "none"),
        ("joint-signs", "none"),
        ("duration", "days"),
    ]);
    assert_eq!(a.outcome.id, "local");
    let lat = a
        .candidates
        .iter()
        .find(|c| c.muscle.id == "latissimus-dorsi");
    let lat = lat.unwrap_or_else(|| panic!("latissimus dorsi not listed: {:?}", listed(&a)));
    assert_eq!(
        (lat.side, lat.tender.as_slice()),
        (Side::Left, &["armpit"][..])
    );
}

/// Between two muscles that match the referral equally, the one whose tender
/// spot is where the person pressed comes first.
#[test]
fn the_tender_spot_breaks_a_tie_between_equal_referral_matches() {
    // Both refer to the temple and the eye as main zones; upper trapezius has
    // more zones in all, so only the tender spot can put it first.
    let a = referred("temple-l,eye-l", "top-of-shoulder-l", "temple-l,eye-l");
    let got = listed(&a);
    let at = |m: &str| got.iter().position(|x| *x == m).unwrap();
    assert!(at("upper-trapezius") < at("temporalis"), "{got:?}");
    let b = referred("temple-l,eye-l", "temple-l", "temple-l,eye-l");
    let got = listed(&b);
    assert_eq!(got.first(), Some(&"temporalis"), "{got:?}");
}

/// Pain at the left outer elbow and the right back of the forearm: one
/// muscle on one side never counts both.
#[test]
fn a_muscle_matches_only_regions_on_its_own_side() {
    let a = referred(
        "elbow-outer-l,forearm-back-r",
        "knee-front-l",
        "elbow-outer-l,forearm-back-r",
    );
    for c in &a.candidates {
        assert_eq!(c.refers.len(), 1, "{} counts both sides", c.muscle.id);
    }
    // Pressing the left side breaks the tie towards the left: drawn there.
    let ext = a
        .candidates
        .iter()
        .find(|c| c.muscle.id == "forearm-extensors")
        .unwrap();
    assert_eq!(ext.side, Side::Left);
    let b = referred("forearm-back-r", "knee-front-l", "forearm-back-r");
    let ext = b
        .candidates
        .iter()
        .find(|c| c.muscle.id == "forearm-extensors")
        .unwrap();
    assert_eq!(ext.side, Side::Right, "drawn on the side that hurts");
}

/// Each card says in one line why it is there.
#[test]
fn each_card_says_why_it_is_listed() {
    let a = referred(
        "forearm-back-l,elbow-outer-l",
        "forearm-back-l",
        "elbow-outer-l",
    );
    let ext = a
        .candidates
        .iter()
        .find(|c| c.muscle.id == "forearm-extensors")
        .unwrap();
    assert_eq!(
        reason(&CONTENT, ext),
        "Main zone covers the left outer elbow and the left back of the forearm; tender spot where you pressed"
    );
}
