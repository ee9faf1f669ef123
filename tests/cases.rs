//! Realistic journeys written from shared/domain/clinical-facts.md, covering
//! every outcome: the outcome, the top candidate muscles, and what must not
//! be said.

mod common;

use common::run;
use symptom_explorer::engine::model::OutcomeKind;
use symptom_explorer::engine::Assessment;

struct Case {
    name: &'static str,
    steps: &'static [(&'static str, &'static str)],
    outcome: &'static str,
    /// Muscles expected among the first three candidates.
    top: &'static [&'static str],
}

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
    },
    Case {
        name: "chest pain spreading to the left arm (§3.1)",
        steps: &[("screen-emergency", "chest-pressure")],
        outcome: "emergency",
        top: &[],
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
        top: &["quadriceps"],
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
    },
    Case {
        name: "sudden worst-ever headache (§3.1)",
        steps: &[("screen-emergency", "thunderclap")],
        outcome: "emergency",
        top: &[],
    },
    Case {
        name: "not sure about the emergency signs",
        steps: &[("screen-emergency", "unsure")],
        outcome: "urgent",
        top: &[],
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
    },
];

#[test]
fn every_case_reaches_its_outcome_with_the_expected_muscles() {
    let mut failures = Vec::new();
    for case in CASES {
        let (_, a) = run(case.steps);
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
        let top: Vec<&str> = a.candidates.iter().take(3).map(|c| c.muscle.id).collect();
        for m in case.top {
            if !top.contains(m) {
                failures.push(format!(
                    "{}: {m} not among the top three {top:?}",
                    case.name
                ));
            }
        }
        if (a.outcome.kind.is_warning() || a.outcome.kind == OutcomeKind::LymphNode)
            && (!a.candidates.is_empty() || !a.safety.is_empty())
        {
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
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cases_cover_every_outcome() {
    let reached: Vec<&str> = CASES.iter().map(|c| c.outcome).collect();
    for o in symptom_explorer::content::CONTENT.outcomes {
        assert!(reached.contains(&o.id), "no case ends in {}", o.id);
    }
    assert!(CASES.len() >= 15);
}

fn decisive_questions(a: &Assessment) -> Vec<&'static str> {
    a.trace
        .iter()
        .filter(|t| t.decisive)
        .map(|t| t.question.id)
        .collect()
}

#[test]
fn the_trace_names_the_answers_that_decided() {
    let (_, a) = run(CASES[1].steps);
    let decisive = decisive_questions(&a);
    assert_eq!(decisive, ["press-result", "familiar"]);
    assert_eq!(a.rule.map(|r| r.id), Some("spreads-familiar"));

    let (_, a) = run(CASES[5].steps);
    let decisive = decisive_questions(&a);
    assert_eq!(decisive, ["screen-calf"]);
    assert_eq!(
        a.signs.iter().map(|s| s.id).collect::<Vec<_>>(),
        ["one-leg-swollen", "clot-risk"]
    );
}

#[test]
fn lasting_pain_adds_a_note_whatever_the_pattern() {
    let (_, a) = run(CASES[15].steps);
    assert_eq!(a.outcome.id, "referred");
    assert_eq!(a.notes.len(), 1);
    assert!(a.notes[0].contains("book an appointment"));
}
