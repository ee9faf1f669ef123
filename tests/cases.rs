//! Realistic journeys written from shared/domain/clinical-facts.md, covering
//! every outcome: the outcome, the top candidate muscles, and what must not
//! be said.

mod common;

use common::{run, try_run};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::Assessment;

struct Case {
    name: &'static str,
    steps: &'static [(&'static str, &'static str)],
    outcome: &'static str,
    /// Muscles expected among the first three candidates.
    top: &'static [&'static str],
    /// Phrases the result must say (headline, summary, steps, cautions,
    /// ticked signs, the reason), and phrases it must not; lower case.
    must: &'static [&'static str],
    must_not: &'static [&'static str],
}

/// The fields most cases leave empty.
const BASE: Case = Case {
    name: "",
    steps: &[],
    outcome: "",
    top: &[],
    must: &[],
    must_not: &[],
};

/// Words every warning result says, and pattern words it must not.
const CALL_NOW: &[&str] = &["call your local emergency number"];
const TODAY: &[&str] = &["today"];
const NO_PATTERN: &[&str] = &["pattern consistent", "may help some people"];

const CASES: &[Case] = &[
    Case {
        name: "scalene referral down the arm to the thumb (§1 row 4)",
        steps: &[
            ("pain-where", "thumb-index-l,forearm-thumb-side-l"),
            ("press-where", "neck-side-l"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            (
                "spread-where",
                "thumb-index-l,forearm-thumb-side-l,upper-arm-front-l",
            ),
            ("familiar", "yes"),
            ("feel", "ache,tingling"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "referred",
        top: &["scalenes"],
        ..BASE
    },
    Case {
        name: "upper trapezius temple headache (§1 row 1)",
        steps: &[
            ("pain-where", "temple-r"),
            ("press-where", "top-of-shoulder-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "temple-r,neck-back-r,behind-ear-r"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "referred",
        top: &["upper-trapezius"],
        ..BASE
    },
    Case {
        name: "local tenderness between the shoulder blades (§1 row 19, §2.4)",
        steps: &[
            ("pain-where", "between-shoulder-blades"),
            ("press-where", "between-shoulder-blades"),
            ("is-lump", "area"),
            ("press-result", "stays"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "days"),
        ],
        outcome: "local",
        top: &["rhomboids"],
        ..BASE
    },
    Case {
        name: "painless movable lump under the jaw (§2.7)",
        steps: &[
            ("pain-where", "jaw-l"),
            ("press-where", "jaw-l"),
            ("is-lump", "lump"),
            ("screen-lump", "none"),
            ("duration", "days"),
        ],
        outcome: "lymph-node",
        top: &[],
        ..BASE
    },
    Case {
        name: "hard lump above the collarbone (§2.7)",
        steps: &[
            ("pain-where", "neck-side-r"),
            ("press-where", "neck-side-r"),
            ("is-lump", "lump"),
            ("screen-lump", "lump-hard-fixed,lump-collarbone"),
        ],
        outcome: "see-clinician",
        top: &[],
        ..BASE
    },
    Case {
        name: "swollen warm calf after a long flight (§3.2 DVT)",
        steps: &[
            ("pain-where", "calf-l"),
            ("press-where", "calf-l"),
            ("screen-calf", "one-leg-swollen,clot-risk"),
        ],
        outcome: "urgent",
        top: &[],
        ..BASE
    },
    Case {
        name: "chest pain spreading to the left arm (§3.1)",
        steps: &[("screen-emergency", "chest-pressure")],
        outcome: "emergency",
        top: &[],
        ..BASE
    },
    Case {
        name: "left chest and arm pain on exertion, found by the region screen (§3.4)",
        steps: &[
            ("pain-where", "chest-l,upper-arm-front-l"),
            ("press-where", "chest-l"),
            ("screen-chest", "exertion-chest"),
        ],
        outcome: "emergency",
        top: &[],
        ..BASE
    },
    Case {
        name: "electric pain down the leg with weakness (§2.5)",
        steps: &[
            ("pain-where", "buttock-r,thigh-back-r,calf-r"),
            ("press-where", "buttock-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "thigh-back-r,calf-r"),
            ("familiar", "yes"),
            ("feel", "electric"),
            ("nerve-signs", "weakness"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "nerve",
        top: &[],
        ..BASE
    },
    Case {
        name: "swollen knee that gives way (§2.8)",
        steps: &[
            ("pain-where", "knee-front-l"),
            ("press-where", "thigh-front-l"),
            ("is-lump", "knot"),
            ("press-result", "stays"),
            ("familiar", "partly"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "swelling,locking"),
            ("duration", "weeks"),
        ],
        outcome: "joint",
        top: &[],
        must_not: &["quadriceps", "may help some people"],
        ..BASE
    },
    Case {
        name: "no tender spot to be found (§5.1 reliability)",
        steps: &[
            ("pain-where", "low-back-l"),
            ("press-where", "no-spot"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "unclear",
        top: &[],
        ..BASE
    },
    Case {
        name: "new temple pain over 50 (§3.2 GCA)",
        steps: &[
            ("pain-where", "temple-l"),
            ("press-where", "temple-l"),
            ("screen-head", "over50-headache,scalp-tender"),
        ],
        outcome: "urgent",
        top: &[],
        ..BASE
    },
    Case {
        name: "flank pain with fever and burning when peeing (§3.2 kidney)",
        steps: &[
            ("pain-where", "flank-r"),
            ("press-where", "flank-r"),
            ("screen-flank", "fever-urinary"),
        ],
        outcome: "urgent",
        top: &[],
        ..BASE
    },
    Case {
        name: "sudden worst-ever headache (§3.1)",
        steps: &[("screen-emergency", "thunderclap")],
        outcome: "emergency",
        top: &[],
        ..BASE
    },
    Case {
        name: "not sure about the emergency signs",
        steps: &[("screen-emergency", "unsure")],
        outcome: "emergency",
        top: &[],
        ..BASE
    },
    Case {
        name: "quadratus lumborum low back to the hip (§1 row 21)",
        steps: &[
            ("pain-where", "low-back-l,hip-side-l,buttock-l"),
            ("press-where", "flank-l"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "sacrum-l,buttock-l,hip-side-l"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "persisting"),
        ],
        outcome: "referred",
        top: &["quadratus-lumborum"],
        ..BASE
    },
    Case {
        name: "gluteus minimus pseudo-sciatica down the outer leg (§1 row 24)",
        steps: &[
            ("pain-where", "thigh-outer-r,leg-outer-r"),
            ("press-where", "hip-side-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "thigh-outer-r,leg-outer-r,ankle-front-r"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "referred",
        top: &["gluteus-minimus"],
        ..BASE
    },
    Case {
        name: "infraspinatus: deep front-of-shoulder ache from the shoulder blade (§1 row 10)",
        steps: &[
            ("pain-where", "shoulder-front-r,upper-arm-front-r"),
            ("press-where", "shoulder-blade-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "shoulder-front-r,upper-arm-front-r"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "referred",
        top: &["infraspinatus"],
        ..BASE
    },
    Case {
        name: "tibialis anterior: big toe and front of the ankle (§1 row 31)",
        steps: &[
            ("pain-where", "big-toe-l,ankle-front-l"),
            ("press-where", "shin-l"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "ankle-front-l,big-toe-l"),
            ("familiar", "partly"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "days"),
        ],
        outcome: "referred",
        top: &["tibialis-anterior"],
        ..BASE
    },
    // --- The "Why" list of the safety issue: each failed on main at 1b58366 ---
    Case {
        name: "new painless lump in the breast, picked as chest (§3.6 A)",
        steps: &[
            ("pain-where", "chest-l"),
            ("press-where", "chest-l"),
            ("is-lump", "lump"),
            ("duration", "days"),
        ],
        outcome: "lump-check",
        must: &["gp", "don't press, roll or massage"],
        must_not: &["leave it alone", "lymph node", "settle within", "press gently"],
        ..BASE
    },
    Case {
        name: "smoker's left inner-arm ache on the stairs, no chest pain, pressed at the back of the arm (§3.6 C)",
        steps: &[
            ("pain-where", "elbow-inner-l"),
            ("press-where", "upper-arm-back-l"),
            ("screen-chest", "exertion-chest,heart-risk"),
        ],
        outcome: "emergency",
        must: CALL_NOW,
        must_not: &["triceps"],
        ..BASE
    },
    Case {
        name: "sudden severe pain between the shoulder blades without chest pain (§3.6 B)",
        steps: &[
            ("pain-where", "between-shoulder-blades"),
            ("press-where", "between-shoulder-blades"),
            ("screen-upper-back", "back-sudden-severe"),
        ],
        outcome: "emergency",
        must: &["call your local emergency number", "aortic dissection"],
        must_not: NO_PATTERN,
        ..BASE
    },
    Case {
        name: "\"not sure\" on the arm screen, which holds emergency and urgent signs (§3.6 D)",
        steps: &[
            ("pain-where", "forearm-back-l"),
            ("press-where", "forearm-back-l"),
            ("screen-arm", "unsure"),
        ],
        outcome: "emergency",
        must: CALL_NOW,
        must_not: &["book an appointment"],
        ..BASE
    },
    Case {
        name: "one-sided lower-belly pain in someone who could be pregnant (§3.2, §1e row 45)",
        steps: &[
            ("pain-where", "lower-abdomen-r"),
            ("press-where", "lower-abdomen-r"),
            ("screen-groin", "pregnancy-pain"),
        ],
        outcome: "urgent",
        must: &["today", "ectopic"],
        must_not: NO_PATTERN,
        ..BASE
    },
    Case {
        name: "a knot pressed in the armpit: the armpit caution comes before the press (§3.6 E)",
        steps: &[
            ("pain-where", "shoulder-back-r"),
            ("press-where", "armpit-r"),
            ("is-lump", "knot"),
            ("press-result", "stays"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "days"),
        ],
        outcome: "local",
        must: &[
            "pattern consistent with local tenderness",
            "nerves, a large artery and lymph glands sit in the armpit",
        ],
        ..BASE
    },
    Case {
        name: "a hard lump in the neck that needs a GP still says not to press it (§2.7)",
        steps: &[
            ("pain-where", "neck-side-l"),
            ("press-where", "neck-side-l"),
            ("is-lump", "lump"),
            ("screen-lump", "lump-hard-fixed"),
        ],
        outcome: "see-clinician",
        must: &["book an appointment", "don't press, roll or massage a lump"],
        must_not: &["leave it alone"],
        ..BASE
    },
    // --- Tiers and signs from the content review (§3.1, §3.2, §2.5, §2.6) ---
    Case {
        name: "back pain after a serious accident is an emergency (§3.1)",
        steps: &[("screen-emergency", "back-serious-accident")],
        outcome: "emergency",
        must: CALL_NOW,
        ..BASE
    },
    Case {
        name: "pain in both legs with back pain is on the first screen (§3.1)",
        steps: &[("screen-emergency", "both-legs")],
        outcome: "emergency",
        must: &["cauda equina"],
        ..BASE
    },
    Case {
        name: "over 50, both shoulders stiff in the morning (§3.2)",
        steps: &[
            ("pain-where", "shoulder-side-l,shoulder-side-r"),
            ("press-where", "shoulder-side-l"),
            ("screen-shoulder", "both-shoulders-stiff"),
        ],
        outcome: "urgent",
        must: TODAY,
        ..BASE
    },
    Case {
        name: "a painful, swollen, blue arm (§2.6)",
        steps: &[
            ("pain-where", "upper-arm-front-l"),
            ("press-where", "upper-arm-front-l"),
            ("screen-arm", "arm-blue-swollen"),
        ],
        outcome: "emergency",
        must: CALL_NOW,
        ..BASE
    },
    Case {
        name: "tingling down the arm that is getting worse (§2.5)",
        steps: &[
            ("pain-where", "forearm-thumb-side-r"),
            ("press-where", "neck-side-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "forearm-thumb-side-r"),
            ("familiar", "yes"),
            ("feel", "tingling"),
            ("nerve-signs", "worse-over-time"),
        ],
        outcome: "urgent",
        must: TODAY,
        must_not: NO_PATTERN,
        ..BASE
    },
    Case {
        name: "severe headache with a red eye, no fever (§3.1)",
        steps: &[
            ("pain-where", "forehead-l"),
            ("press-where", "temple-l"),
            ("screen-head", "headache-red-eye"),
        ],
        outcome: "emergency",
        must: CALL_NOW,
        ..BASE
    },
    Case {
        name: "sudden severe low back pain: a leaking aneurysm (§1e row 46, S49)",
        steps: &[
            ("pain-where", "low-back-l"),
            ("press-where", "low-back-l"),
            ("screen-flank", "aaa-sudden"),
        ],
        outcome: "emergency",
        must: &["aneurysm"],
        ..BASE
    },
    Case {
        name: "back pain worse on coughing and sneezing (§3.2)",
        steps: &[
            ("pain-where", "low-back-r"),
            ("press-where", "low-back-r"),
            ("screen-spine", "back-cough-sneeze"),
        ],
        outcome: "urgent",
        must: TODAY,
        ..BASE
    },
    Case {
        name: "back pain with a lump or change of shape (§3.2)",
        steps: &[
            ("pain-where", "mid-back-r"),
            ("press-where", "mid-back-r"),
            ("screen-spine", "back-lump-shape"),
        ],
        outcome: "urgent",
        must: TODAY,
        ..BASE
    },
    Case {
        name: "new back pain at 55 (NICE age flag, §3.2)",
        steps: &[
            ("pain-where", "low-back-l"),
            ("press-where", "buttock-l"),
            ("screen-spine", "back-age"),
        ],
        outcome: "urgent",
        must: TODAY,
        ..BASE
    },
    Case {
        name: "back pain on steroid tablets (NICE, §3.2)",
        steps: &[
            ("pain-where", "low-back-l"),
            ("press-where", "low-back-l"),
            ("screen-spine", "back-steroids-drugs"),
        ],
        outcome: "urgent",
        must: TODAY,
        ..BASE
    },
    Case {
        name: "toothache that comes with effort brings up the heart screen (§3.4, §3.6 C)",
        steps: &[
            ("pain-where", "teeth-l"),
            ("press-where", "jaw-l"),
            ("screen-chest", "exertion-chest"),
        ],
        outcome: "emergency",
        must: &["angina"],
        ..BASE
    },
    Case {
        name: "front-of-thigh pain brings up the groin screen: a stuck hernia (§3.4, §1e row 45)",
        steps: &[
            ("pain-where", "thigh-front-r"),
            ("press-where", "thigh-front-r"),
            ("screen-groin", "hernia-stuck"),
        ],
        outcome: "emergency",
        must: CALL_NOW,
        ..BASE
    },
    Case {
        name: "upper-belly pain gets the belly questions: fever and vomiting (§3.4)",
        steps: &[
            ("pain-where", "upper-abdomen"),
            ("press-where", "upper-abdomen"),
            ("screen-groin", "belly-fever"),
        ],
        outcome: "urgent",
        must: &["appendicitis"],
        ..BASE
    },
    Case {
        name: "heel pain pressed at the heel screens the calf for a clot (§3.2)",
        steps: &[
            ("pain-where", "heel-r"),
            ("press-where", "heel-r"),
            ("screen-calf", "one-leg-swollen"),
        ],
        outcome: "urgent",
        must: &["dvt", "don't press or massage"],
        must_not: &["soleus"],
        ..BASE
    },
    Case {
        name: "sudden testicle pain spreading to the groin (§1e row 48)",
        steps: &[
            ("pain-where", "groin-r"),
            ("press-where", "groin-r"),
            ("screen-groin", "testicle-pain"),
        ],
        outcome: "emergency",
        must: &["torsion"],
        ..BASE
    },
    Case {
        name: "sudden severe upper-belly pain: a leaking aneurysm (§1e row 45, S49)",
        steps: &[
            ("pain-where", "upper-abdomen"),
            ("press-where", "upper-abdomen"),
            ("screen-groin", "aaa-sudden"),
        ],
        outcome: "emergency",
        must: &["aneurysm"],
        ..BASE
    },
    Case {
        name: "a tender spot at the front of the neck is never pressed (§3.5)",
        steps: &[
            ("pain-where", "throat"),
            ("press-where", "throat"),
            ("is-lump", "knot"),
            ("press-unsafe", "ok"),
            ("feel", "ache"),
            ("nerve-signs", "none"),
            ("joint-signs", "none"),
            ("duration", "days"),
        ],
        outcome: "unclear",
        must: &["not safe to press", "where the spot is safe to press"],
        ..BASE
    },
    Case {
        name: "a lump in the armpit needs a GP, whatever it feels like (§3.6 A)",
        steps: &[
            ("pain-where", "armpit-l"),
            ("press-where", "armpit-l"),
            ("is-lump", "lump"),
            ("duration", "weeks"),
        ],
        outcome: "lump-check",
        must: &["gp"],
        must_not: &["leave it alone"],
        ..BASE
    },
    Case {
        name: "nerve features: no muscles and no self-care beside the nerve result (§2.5)",
        steps: &[
            ("pain-where", "thigh-back-r"),
            ("press-where", "buttock-r"),
            ("is-lump", "knot"),
            ("press-result", "spreads"),
            ("spread-where", "thigh-back-r"),
            ("familiar", "yes"),
            ("feel", "ache"),
            ("nerve-signs", "numb-patch"),
            ("joint-signs", "none"),
            ("duration", "weeks"),
        ],
        outcome: "nerve",
        must_not: &["piriformis", "may help some people"],
        ..BASE
    },
];

#[test]
fn every_case_reaches_its_outcome_with_the_expected_muscles() {
    let mut failures = Vec::new();
    for case in CASES {
        let (_, a) = match try_run(case.steps) {
            Ok(done) => done,
            Err(e) => {
                failures.push(format!("{}: {e}", case.name));
                continue;
            }
        };
        if a.outcome.id != case.outcome {
            failures.push(format!(
                "{}: outcome {} (rule {:?}), expected {}",
                case.name,
                a.outcome.id,
                a.rule.map(|r| r.id),
                case.outcome
            ));
            continue;
        }
        let top: Vec<&str> = a.shown().iter().map(|c| c.muscle.id).collect();
        for m in case.top {
            if !top.contains(m) {
                failures.push(format!(
                    "{}: {m} not among the top three {top:?}",
                    case.name
                ));
            }
        }
        let muscle_cautions = a
            .safety
            .iter()
            .any(|c| CONTENT.muscles.iter().any(|m| m.cautions.contains(c)));
        if !a.outcome.kind.shows_muscles() && (!a.candidates.is_empty() || muscle_cautions) {
            failures.push(format!(
                "{}: muscles or self-care shown beside a warning",
                case.name
            ));
        }
        let words = format!("{} {}", a.outcome.headline, a.outcome.summary).to_lowercase();
        for banned in ["you have a", "diagnosed", "nothing to worry"] {
            if words.contains(banned) {
                failures.push(format!("{}: says {banned:?}", case.name));
            }
        }
        let said = result_text(&a);
        for m in case.must {
            if !said.contains(m) {
                failures.push(format!("{}: does not say {m:?}", case.name));
            }
        }
        for m in case.must_not {
            if said.contains(m) {
                failures.push(format!("{}: says {m:?}", case.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cases_cover_every_outcome() {
    let reached: Vec<&str> = CASES.iter().map(|c| c.outcome).collect();
    for o in symptom_explorer::content::CONTENT.outcomes {
        assert!(reached.contains(&o.id), "no case ends in {}", o.id);
    }
    assert!(CASES.len() >= 40);
}

/// Everything a result says, in lower case: headline, summary, steps,
/// cautions, notes, the ticked signs with their reasons, the rule's reason
/// and the muscles listed.
fn result_text(a: &Assessment) -> String {
    let o = a.outcome;
    let mut parts: Vec<&str> = vec![o.headline, o.summary];
    parts.extend(o.next_steps);
    parts.extend(&a.safety);
    parts.extend(&a.notes);
    parts.extend(a.signs.iter().flat_map(|s| [s.label, s.reason]));
    parts.extend(a.rule.map(|r| r.because));
    parts.extend(a.candidates.iter().map(|c| c.muscle.id));
    parts.join(" ").to_lowercase()
}

fn decisive_questions(a: &Assessment) -> Vec<&'static str> {
    a.trace
        .iter()
        .filter(|t| t.decisive)
        .map(|t| t.question.id)
        .collect()
}

/// The case with this name (so adding or reordering cases moves nothing).
fn case(name: &str) -> &'static Case {
    CASES
        .iter()
        .find(|c| c.name.starts_with(name))
        .unwrap_or_else(|| panic!("no case named {name}"))
}

#[test]
fn the_trace_names_the_answers_that_decided() {
    let (_, a) = run(case("upper trapezius temple headache").steps);
    let decisive = decisive_questions(&a);
    assert_eq!(decisive, ["press-result", "familiar"]);
    assert_eq!(a.rule.map(|r| r.id), Some("spreads-familiar"));

    let (_, a) = run(case("swollen warm calf after a long flight").steps);
    let decisive = decisive_questions(&a);
    assert_eq!(decisive, ["screen-calf"]);
    assert_eq!(
        a.signs.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["one-leg-swollen", "clot-risk"]
    );
}

#[test]
fn lasting_pain_adds_a_note_whatever_the_pattern() {
    let (_, a) = run(case("quadratus lumborum low back to the hip").steps);
    assert_eq!(a.outcome.id, "referred");
    assert_eq!(a.notes.len(), 1);
    assert!(a.notes[0].contains("book an appointment"));
}
