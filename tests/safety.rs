//! The safety table (`content/en/safety.toml`): what the facts require of it,
//! that it cannot silently lose a row or a region, how the press question
//! uses it, and that `docs/safety.md` is current.

mod common;

use common::answered;
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::model::{Content, Danger, List, LumpSite, MapRole, Strength};
use symptom_explorer::engine::validate::validate_safety_table;
use symptom_explorer::engine::{assess, lookup, safety, safety_doc, Step};

/// What clinical-facts.md requires: picking any of these regions (for pain
/// or the tender spot) brings up that screen before anyone presses. Written
/// from §3.1, §3.4 and §3.6, and from the review in the safety issue; the
/// table may ask more, never less.
const REQUIRED: &[(&str, &[&str])] = &[
    // §3.1 heart (spreads to the arms, jaw, neck, back, belly), §3.4 left
    // chest / arm / jaw, §3.6 C chest, neck, shoulders, jaw or arms on
    // effort; the issue: teeth, throat, side of the neck, back of the upper
    // arm, inner elbow, ring and little fingers, palm.
    (
        "screen-chest",
        &[
            "chest",
            "jaw",
            "teeth",
            "throat",
            "under-chin",
            "neck-side",
            "top-of-shoulder",
            "shoulder-front",
            "shoulder-side",
            "shoulder-back",
            "armpit",
            "upper-arm-front",
            "upper-arm-back",
            "elbow-inner",
            "forearm-little-finger-side",
            "palm",
            "ring-little-fingers",
            "upper-abdomen",
            "upper-back",
            "shoulder-blade",
            "between-shoulder-blades",
            "mid-back",
        ],
    ),
    // §3.1 aortic dissection, §3.6 B sudden upper-back pain.
    (
        "screen-upper-back",
        &[
            "chest",
            "between-shoulder-blades",
            "shoulder-blade",
            "upper-back",
            "mid-back",
        ],
    ),
    // §3.4 neck: meningitis, stroke, cervical artery dissection.
    (
        "screen-neck",
        &["throat", "neck-side", "neck-back", "base-of-skull"],
    ),
    // §1e rows 33-34: swallowing warning signs for the throat and under the
    // chin, and face swelling or a tooth infection under the chin.
    ("screen-neck", &["throat", "under-chin"]),
    ("screen-head", &["under-chin"]),
    // §3.4 head / temple / jaw / teeth: GCA, thunderclap, dental, ear; §1
    // rows 5-6 headache red flags for the base of the skull.
    (
        "screen-head",
        &[
            "top-of-head",
            "back-of-head",
            "forehead",
            "temple",
            "eye",
            "ear",
            "cheek",
            "jaw",
            "teeth",
            "base-of-skull",
        ],
    ),
    // §3.4 arm numbness: TOS (scalenes at the side of the neck, §2.6),
    // radiculopathy, Pancoast.
    (
        "screen-arm",
        &[
            "neck-side",
            "upper-arm-front",
            "upper-arm-back",
            "elbow-front",
            "elbow-outer",
            "elbow-inner",
            "forearm-thumb-side",
            "forearm-little-finger-side",
            "forearm-back",
            "wrist",
            "palm",
            "back-of-hand",
            "thumb-index",
            "ring-little-fingers",
        ],
    ),
    // §3.4 shoulder: visceral referral (the shoulder tip), PMR.
    (
        "screen-shoulder",
        &[
            "top-of-shoulder",
            "shoulder-front",
            "shoulder-side",
            "shoulder-back",
        ],
    ),
    // §3.4 flank / low back: kidney.
    ("screen-flank", &["flank", "low-back"]),
    // §3.2 back pain and NICE spinal flags (the whole spine); §1e row 46 AAA.
    (
        "screen-spine",
        &[
            "low-back",
            "mid-back",
            "upper-back",
            "between-shoulder-blades",
            "sacrum",
        ],
    ),
    // §1e row 47: the tailbone (cauda equina, sacral fracture [U]).
    ("screen-spine", &["tailbone"]),
    ("screen-buttock-leg", &["tailbone"]),
    // §1e row 50: the outer ankle (compartment syndrome, L5 [U]; a sprain
    // that is a fracture is asked of everyone on the general urgent screen).
    ("screen-shin", &["ankle-outer"]),
    ("screen-buttock-leg", &["ankle-outer"]),
    // §3.4 groin / lower abdomen / front thigh; §1e row 45 the belly.
    (
        "screen-groin",
        &["groin", "lower-abdomen", "upper-abdomen", "thigh-front"],
    ),
    // §3.4 buttock → leg: radiculopathy, cauda equina; §2.5 gastrocnemius
    // ↔ S1; §1 row 31 foot drop (L5) at the shin.
    (
        "screen-buttock-leg",
        &[
            "buttock",
            "sacrum",
            "low-back",
            "thigh-back",
            "thigh-outer",
            "leg-outer",
            "calf",
            "shin",
        ],
    ),
    // §3.2 DVT (calf or thigh), §3.4 calf; §1 row 30 soleus refers to the heel.
    (
        "screen-calf",
        &[
            "calf",
            "knee-back",
            "heel",
            "thigh-back",
            "thigh-inner",
            "thigh-front",
        ],
    ),
    // §3.1 compartment syndrome of the lower leg (numb top of the foot).
    (
        "screen-shin",
        &["shin", "ankle-front", "leg-outer", "calf", "top-of-foot"],
    ),
];

/// §3.5 and §3.6 E: spots that need a caution before the press question.
const CAUTIONED: &[&str] = &[
    "armpit",
    "groin",
    "knee-back",
    "temple",
    "base-of-skull",
    "throat",
    "neck-side",
    "upper-abdomen",
    "lower-abdomen",
    "leg-outer",
    "heel",
    "buttock",
    "low-back",
    "mid-back",
    "under-chin",
    "tailbone",
    "ankle-outer",
    "sole",
    "cheek",
];

/// Every requirement above that `c` misses, as "region → screen".
fn gaps(c: &Content) -> Vec<String> {
    let mut out = Vec::new();
    for (screen, regions) in REQUIRED {
        for r in *regions {
            if !safety::screens_of(c, r).contains(screen) {
                out.push(format!("{r} → {screen}"));
            }
        }
    }
    for r in CAUTIONED {
        if safety::spot(c, r).and_then(|s| s.caution).is_none() {
            out.push(format!("{r}: no press caution"));
        }
    }
    // A second source, written separately from §1's "Mimics" column: every
    // red flag of a muscle is asked by the screens of its tender spot or its
    // referral zones, or by the general screens.
    let general: Vec<&str> = c
        .questions
        .iter()
        .filter(|q| q.ask_if.is_none() && !q.by_region)
        .flat_map(|q| q.signs.iter().copied())
        .collect();
    for m in c.muscles {
        let mut asked = general.clone();
        for z in m.tender.iter().chain(m.refers.iter().map(|z| z.region)) {
            for id in safety::screens_of(c, z) {
                let q = lookup::question(c, id).unwrap();
                asked.extend(q.signs);
            }
        }
        for flag in m.red_flags.iter().filter(|f| !asked.contains(f)) {
            out.push(format!(
                "{}: red flag {flag} is not asked for its areas",
                m.id
            ));
        }
    }
    out
}

#[test]
fn the_table_covers_what_the_facts_require() {
    assert_eq!(gaps(&CONTENT), Vec::<String>::new());
    assert!(validate_safety_table(&CONTENT).is_empty());
    let spot = |r| safety::spot(&CONTENT, r).unwrap();
    assert!(
        spot("throat").no_press,
        "§3.5: never press the front of the neck"
    );
    for r in ["chest", "armpit"] {
        assert_eq!(spot(r).lump, Some(LumpSite::Breast), "§3.6 A: {r}");
    }
    for r in ["throat", "under-chin", "neck-side", "jaw", "groin"] {
        assert_eq!(spot(r).lump, Some(LumpSite::Gland), "§2.7: {r}");
    }
}

const DOC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/safety.md");

/// The committed review page, and what the content renders now.
fn doc() -> (String, String) {
    let now = safety_doc::render(&CONTENT);
    (std::fs::read_to_string(DOC).unwrap_or_default(), now)
}

/// `SAFETY_DOC=write` writes the page first (only this test writes it).
#[test]
fn docs_safety_md_is_current() {
    if std::env::var_os("SAFETY_DOC").is_some_and(|v| v == "write") {
        std::fs::write(DOC, safety_doc::render(&CONTENT)).expect("write docs/safety.md");
    }
    let (committed, now) = doc();
    assert!(
        committed == now,
        "docs/safety.md is stale: run `SAFETY_DOC=write cargo test --no-default-features --test safety`"
    );
    for r in CONTENT.regions {
        assert!(
            now.contains(&format!("(`{}`)", r.id)),
            "{} is not on the page",
            r.id
        );
    }
}

/// The table with one danger row replaced (or removed, with `None`).
fn with_danger(i: usize, d: Option<Danger>) -> Content {
    let mut rows = CONTENT.dangers.to_vec();
    match d {
        Some(d) => rows[i] = d,
        None => {
            rows.remove(i);
        }
    }
    Content {
        dangers: Vec::leak(rows),
        ..CONTENT
    }
}

/// Deleting any danger row, or any one region from a row, is caught: by
/// validation (a region left with no row), by the facts' requirements, or at
/// least by the reviewed page going stale. The test also counts how many
/// deletions the first two catch on their own, so the page is not the only
/// guard for the rows that the facts name.
#[test]
fn the_table_cannot_silently_lose_a_row_or_a_region() {
    let (committed, _) = doc();
    let caught = |c: &Content| {
        let semantic = !validate_safety_table(c).is_empty() || !gaps(c).is_empty();
        (semantic, semantic || safety_doc::render(c) != committed)
    };
    // Whether a deletion changes which screens any region brings up.
    let derived = |c: &Content| -> Vec<Vec<&'static str>> {
        c.regions
            .iter()
            .map(|r| safety::screens_of(c, r.id))
            .collect()
    };
    let shipped = derived(&CONTENT);
    let (mut mutations, mut semantic, mut changing, mut changing_semantic) = (0, 0, 0, 0);
    for (i, d) in CONTENT.dangers.iter().enumerate() {
        let mut cases = vec![(format!("row {}", d.id), with_danger(i, None))];
        for j in 0..d.regions.len() {
            let mut regions = d.regions.to_vec();
            let gone = regions.remove(j);
            let row = Danger {
                regions: List(String::leak(regions.join("\n"))),
                ..*d
            };
            cases.push((format!("{gone} from {}", d.id), with_danger(i, Some(row))));
        }
        for (what, c) in cases {
            let (by_meaning, at_all) = caught(&c);
            assert!(at_all, "deleting {what} went unnoticed");
            mutations += 1;
            semantic += usize::from(by_meaning);
            if derived(&c) != shipped {
                changing += 1;
                changing_semantic += usize::from(by_meaning);
                if !by_meaning && std::env::var_os("SAFETY_SHOW").is_some() {
                    println!("only the page catches: {what}");
                }
            }
        }
    }
    println!("{mutations} deletions; {semantic} caught by validation or the facts' requirements, the rest by docs/safety.md; {changing} change the screens a region brings up, {changing_semantic} of them caught by meaning");
    // The page is the last guard, not the main one: at least two thirds of
    // the deletions that change what the app asks are caught by meaning.
    assert!(
        changing_semantic * 3 >= changing * 2,
        "only {changing_semantic} of {changing} deletions that change the screens are caught by meaning"
    );
}

/// The lemma the walk leans on: a muscle a result could list for a region
/// (its tender spot there, when pressed; a main zone there, when it hurts or
/// spreads there) has every screen of its main zones among those asked
/// before a result for that region.
#[test]
fn the_screens_before_a_result_cover_every_muscle_that_could_be_listed() {
    for r in CONTENT.regions {
        for role in [MapRole::Press, MapRole::Pain, MapRole::Spread] {
            let before = safety::screens_before_result(&CONTENT, r.id, role);
            for m in CONTENT.muscles {
                let main = || m.refers.iter().filter(|z| z.strength == Strength::Main);
                let listed = match role {
                    MapRole::Press => m.tender.contains(r.id),
                    _ => main().any(|z| z.region == r.id),
                };
                if !listed {
                    continue;
                }
                for z in main() {
                    for s in safety::screens_of(&CONTENT, z.region) {
                        assert!(
                            before.contains(&s),
                            "{} ({role:?}): {} refers to {}, needs {s}",
                            r.id,
                            m.id,
                            z.region
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_armpit_caution_comes_before_the_press() {
    let s = answered(&[
        ("screen-emergency", "none"),
        ("screen-urgent", "none"),
        ("pain-where", "shoulder-back-r"),
        ("press-where", "armpit-r"),
        ("is-lump", "knot"),
    ]);
    assert_eq!(s.step(), Step::Question("press-result"));
    let q = lookup::question(&CONTENT, "press-result").unwrap();
    let cautions = safety::spot_cautions_for(&CONTENT, s.answers(), q);
    let armpit = safety::spot(&CONTENT, "armpit").unwrap().caution.unwrap();
    assert_eq!(cautions, [armpit]);
    assert!(armpit.contains("never a tool"), "{armpit}");
}

#[test]
fn the_front_of_the_neck_is_never_pressed() {
    let s = answered(&[
        ("screen-emergency", "none"),
        ("screen-urgent", "none"),
        ("pain-where", "throat"),
        ("press-where", "throat"),
        ("is-lump", "knot"),
    ]);
    assert_eq!(s.step(), Step::Question("press-unsafe"));
    let asked: Vec<&str> = s.applicable().iter().map(|q| q.id).collect();
    assert!(!asked.contains(&"press-result"), "{asked:?}");
    let q = lookup::question(&CONTENT, "press-unsafe").unwrap();
    let why = safety::spot_cautions_for(&CONTENT, s.answers(), q);
    assert!(
        why.iter()
            .any(|c| c.contains("Don't press the front of your neck")),
        "{why:?}"
    );
}

/// Warning signs are never listed as what a pattern is "described with":
/// they go to the muscle's red flags, with their tier.
#[test]
fn no_muscle_lists_a_warning_sign_as_a_symptom() {
    let warning_words = [
        "red eye", "blurred", "vision", "dizz", "dropping", "drag", "cough", "sneez", "weakness",
        "swollen", "swelling", "numbness", "falls",
    ];
    for m in CONTENT.muscles {
        for s in m.symptoms {
            let lower = s.to_lowercase();
            if let Some(w) = warning_words.iter().find(|w| lower.contains(*w)) {
                panic!("{}: symptom {s:?} names a warning sign ({w})", m.id);
            }
        }
    }
    let scm = CONTENT.muscles.iter().find(|m| m.id == "scm").unwrap();
    assert!(scm.red_flags.contains("headache-red-eye") && scm.red_flags.contains("vision-change"));
}

#[test]
fn iliopsoas_self_care_never_presses_into_the_belly() {
    let m = CONTENT
        .muscles
        .iter()
        .find(|m| m.id == "iliopsoas")
        .unwrap();
    for s in m.self_care {
        let lower = s.to_lowercase();
        assert!(!lower.contains("press"), "{s}");
    }
}

/// A sign ticked on one region screen ends the questions only after the
/// same gate's screens that could end them at a worse tier: calf pain ticked
/// as a clot (urgent) still gets the shin's compartment-syndrome screen
/// (emergency), and a second urgent tick changes nothing.
#[test]
fn a_tick_still_asks_the_screens_that_could_be_worse() {
    let base = [
        ("screen-emergency", "none"),
        ("screen-urgent", "none"),
        ("pain-where", "calf-l"),
        ("press-where", "calf-l"),
        ("screen-calf", "one-leg-swollen"),
    ];
    let s = answered(&base);
    assert_eq!(s.step(), Step::Question("screen-shin"));
    assert_eq!(
        assess(&CONTENT, &s),
        None,
        "no result while a worse screen is open"
    );
    let worse = answered(&[base.as_slice(), &[("screen-shin", "tight-shin")]].concat());
    assert_eq!(worse.step(), Step::Done);
    assert_eq!(worse.ending(&CONTENT).map(|(_, o)| o.id), Some("emergency"));
    let same = answered(&[base.as_slice(), &[("screen-shin", "none")]].concat());
    assert_eq!(same.ending(&CONTENT).map(|(_, o)| o.id), Some("urgent"));
}
