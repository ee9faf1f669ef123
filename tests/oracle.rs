//! The referral oracle: for every region, the muscles whose main zone covers
//! it, read by hand from clinical-facts.md §1 and §1e into
//! `tests/fixtures/referral-oracle.toml` without looking at the content.
//! The content's zones, explore's lists and the guided top three are checked
//! against it, for single regions and for pairs people really report.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::{left_id as answer_id, on_left as left, run};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::assess::SHOWN;
use symptom_explorer::engine::explore::sources_of;
use symptom_explorer::engine::model::Strength;
use symptom_explorer::engine::safety;

struct Oracle {
    /// (region, muscles whose main zone covers it), in the fixture's order.
    regions: Vec<(String, BTreeSet<String>)>,
    pairs: Vec<(String, String)>,
}

fn oracle() -> Oracle {
    let text = include_str!("fixtures/referral-oracle.toml");
    let table: toml::Table = toml::from_str(text).expect("referral-oracle.toml parses");
    let strings = |v: &toml::Value| -> Vec<String> {
        v.as_array()
            .expect("a list")
            .iter()
            .map(|s| s.as_str().expect("a string").to_string())
            .collect()
    };
    let regions = table["region"]
        .as_array()
        .expect("[[region]] blocks")
        .iter()
        .map(|r| {
            let id = r["id"].as_str().expect("id").to_string();
            (id, strings(&r["main"]).into_iter().collect())
        })
        .collect();
    let pairs = table["pairs"]
        .as_array()
        .expect("pairs")
        .iter()
        .map(|p| {
            let p = strings(p);
            (p[0].clone(), p[1].clone())
        })
        .collect();
    Oracle { regions, pairs }
}

impl Oracle {
    fn main(&self, region: &str) -> &BTreeSet<String> {
        &self
            .regions
            .iter()
            .find(|(r, _)| r == region)
            .unwrap_or_else(|| panic!("the oracle has no row for {region}"))
            .1
    }
}

/// The muscles the content lists with a main zone at `region`.
fn content_main(region: &str) -> BTreeSet<String> {
    CONTENT
        .muscles
        .iter()
        .filter(|m| {
            m.refers
                .iter()
                .any(|z| z.region == region && z.strength == Strength::Main)
        })
        .map(|m| m.id.to_string())
        .collect()
}

#[test]
fn the_oracle_has_a_row_for_every_region_and_names_only_real_muscles() {
    let o = oracle();
    let rows: Vec<&str> = o.regions.iter().map(|(r, _)| r.as_str()).collect();
    let regions: Vec<&str> = CONTENT.regions.iter().map(|r| r.id).collect();
    assert_eq!(rows, regions);
    for (region, muscles) in &o.regions {
        for m in muscles {
            assert!(
                CONTENT.muscles.iter().any(|x| x.id == m),
                "{region}: {m} is not a muscle"
            );
        }
    }
    for (a, b) in &o.pairs {
        assert!(
            o.main(a).len() + o.main(b).len() > 0,
            "{a} + {b} names no muscle"
        );
    }
    assert!(o.pairs.len() >= 12);
}

#[test]
fn the_contents_main_zones_are_the_facts_main_zones() {
    let o = oracle();
    let mut wrong = Vec::new();
    for (region, want) in &o.regions {
        let got = content_main(region);
        if &got != want {
            wrong.push(format!(
                "{region}: content has {:?} extra, {:?} missing",
                got.difference(want).collect::<Vec<_>>(),
                want.difference(&got).collect::<Vec<_>>()
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Explore lists exactly the oracle's muscles first, then only spill-over.
#[test]
fn explore_lists_the_facts_main_zone_muscles_first() {
    let o = oracle();
    for (region, want) in &o.regions {
        let got = sources_of(&CONTENT, &[left(region)]);
        let first: BTreeSet<String> = got
            .iter()
            .take(want.len())
            .map(|c| c.muscle.id.to_string())
            .collect();
        assert_eq!(&first, want, "{region}: the first muscles listed");
        assert!(
            got[want.len()..].iter().all(|c| c.main_hits() == 0),
            "{region}: a muscle after the main-zone ones has a main zone here"
        );
    }
}

#[test]
fn explore_ranks_pairs_by_how_many_of_the_two_the_main_zone_covers() {
    let o = oracle();
    for (a, b) in &o.pairs {
        let got = sources_of(&CONTENT, &[left(a), left(b)]);
        let covers =
            |m: &str| usize::from(o.main(a).contains(m)) + usize::from(o.main(b).contains(m));
        let counts: Vec<usize> = got.iter().map(|c| covers(c.muscle.id)).collect();
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "{a} + {b}: {:?}",
            got.iter()
                .map(|c| (c.muscle.id, covers(c.muscle.id)))
                .collect::<Vec<_>>()
        );
        let union: BTreeSet<&String> = o.main(a).union(o.main(b)).collect();
        assert_eq!(
            counts.iter().filter(|n| **n > 0).count(),
            union.len(),
            "{a} + {b}"
        );
    }
}

/// Where it hurts and spreads to `painful`, pressing `pressed`: the guided
/// result's muscles.
fn guided(pressed: &str, painful: &[&str]) -> (String, Vec<&'static str>) {
    let pain: Vec<String> = painful.iter().map(|r| answer_id(r)).collect();
    let pain = pain.join(",");
    let press = answer_id(pressed);
    let (_, a) = run(&[
        ("pain-where", &pain),
        ("press-where", &press),
        ("is-lump", "knot"),
        ("press-result", "spreads"),
        ("spread-where", &pain),
        ("familiar", "yes"),
        ("feel", "ache"),
        ("nerve-signs", "none"),
        ("joint-signs", "none"),
        ("duration", "weeks"),
    ]);
    (
        a.outcome.id.to_string(),
        a.candidates.iter().map(|c| c.muscle.id).collect(),
    )
}

/// A spot that is safe to press and far from most patterns: the guided
/// journeys below press it so that the tender spot breaks no tie.
const PRESSED: &str = "knee-front";

#[test]
fn the_guided_top_three_for_one_region_come_from_the_facts() {
    let o = oracle();
    assert!(safety::spot(&CONTENT, PRESSED).is_none_or(|s| !s.no_press));
    for (region, want) in &o.regions {
        let (outcome, got) = guided(PRESSED, &[region]);
        assert_eq!(outcome, "referred", "{region}");
        let top: Vec<&str> = got.iter().take(SHOWN).copied().collect();
        assert_eq!(
            top.len(),
            want.len().min(SHOWN),
            "{region}: {got:?}, facts {want:?}"
        );
        assert!(
            top.iter().all(|m| want.contains(*m)),
            "{region}: top three {top:?}, facts {want:?}"
        );
    }
}

#[test]
fn the_guided_top_three_for_a_pair_cover_both_first() {
    let o = oracle();
    for (a, b) in &o.pairs {
        let (_, got) = guided(PRESSED, &[a, b]);
        let covers =
            |m: &str| usize::from(o.main(a).contains(m)) + usize::from(o.main(b).contains(m));
        let union: BTreeSet<&String> = o.main(a).union(o.main(b)).collect();
        let top: Vec<&str> = got.iter().take(SHOWN).copied().collect();
        assert_eq!(top.len(), union.len().min(SHOWN), "{a} + {b}: {got:?}");
        let counts: Vec<usize> = got.iter().map(|m| covers(m)).collect();
        assert!(
            counts.iter().all(|n| *n > 0) && counts.windows(2).all(|w| w[0] >= w[1]),
            "{a} + {b}: {got:?} covers {counts:?}"
        );
    }
}

/// The complaints the issue found on thin or wrong lists: each now has a
/// muscle whose main zone covers it, in explore and on the guided result
/// (the two tests above check those lists against the facts).
#[test]
fn the_common_complaints_each_have_a_main_zone_muscle() {
    let o = oracle();
    for region in [
        "elbow-outer",
        "elbow-inner",
        "heel",
        "groin",
        "wrist",
        "thumb-index",
        "knee-back",
        "teeth",
        "jaw",
        "tailbone",
        "ankle-outer",
    ] {
        assert!(
            !o.main(region).is_empty(),
            "{region}: the facts name no main-zone muscle"
        );
        let first = &sources_of(&CONTENT, &[left(region)])[0];
        assert!(
            first.main_hits() > 0,
            "{region}: explore lists {} first",
            first.muscle.id
        );
        let (_, guided) = guided(PRESSED, &[region]);
        assert!(
            o.main(region).contains(guided[0]),
            "{region}: the guided result lists {guided:?}"
        );
    }
}
