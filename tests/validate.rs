//! Validation catches each kind of broken content and names file, id and
//! problem. Tests match the error's variant (the rule), not its words; two
//! check whole messages, so the format people read stays tested.
#![cfg(not(target_arch = "wasm32"))]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::model::{Article, BodyMap, Cond, Content, List, Question, Rule};
use symptom_explorer::engine::validate::{validate, ContentError, Invariant, Problem};

fn leak<T>(v: Vec<T>) -> &'static [T] {
    Box::leak(v.into_boxed_slice())
}

/// The shipped content with the questions changed by `f`.
fn with_questions(f: impl FnOnce(&mut Vec<Question>)) -> Content {
    let mut qs = CONTENT.questions.to_vec();
    f(&mut qs);
    Content {
        questions: leak(qs),
        ..CONTENT
    }
}

fn question(qs: &mut [Question], id: &str) -> usize {
    qs.iter().position(|q| q.id == id).unwrap()
}

fn errors(c: &Content) -> Vec<String> {
    validate(c).iter().map(ToString::to_string).collect()
}

/// Whether validation found `problem` in `record`.
fn has_problem(c: &Content, record: &str, problem: Problem) -> bool {
    validate(c).iter().any(|e| {
        matches!(e, ContentError::Invalid { record: r, problem: p, .. } if r == record && *p == problem)
    })
}

#[test]
fn a_dangling_region_is_named_with_file_and_record() {
    let mut muscles = CONTENT.muscles.to_vec();
    muscles[0].tender = List("elbowish");
    let c = Content {
        muscles: leak(muscles),
        ..CONTENT
    };
    let e = validate(&c);
    assert!(
        e.contains(&ContentError::Dangling {
            file: "content/en/muscles.toml",
            record: CONTENT.muscles[0].id.into(),
            field: "regions",
            target: "elbowish".into()
        }),
        "{e:?}"
    );
}

#[test]
fn duplicate_ids_are_found() {
    let mut regions = CONTENT.regions.to_vec();
    regions.push(regions[0]);
    let c = Content {
        regions: leak(regions),
        ..CONTENT
    };
    let id = CONTENT.regions[0].id.into();
    assert!(validate(&c).contains(&ContentError::Duplicate {
        file: "content/en/regions.toml",
        id
    }));
}

#[test]
fn a_condition_on_a_later_question_is_a_cycle() {
    let c = with_questions(|qs| {
        let i = question(qs, "pain-where");
        qs[i].ask_if = Some(Cond::Chose {
            question: "familiar",
            option: "yes",
        });
    });
    assert!(
        validate(&c).contains(&ContentError::NotBefore {
            record: "pain-where".into(),
            target: "familiar".into()
        }),
        "{:?}",
        errors(&c)
    );
}

#[test]
fn a_question_no_path_reaches_is_found() {
    let c = with_questions(|qs| {
        let i = question(qs, "familiar");
        qs[i].ask_if = Some(Cond::All(leak(vec![
            Cond::Chose {
                question: "press-result",
                option: "stays",
            },
            Cond::Chose {
                question: "press-result",
                option: "spreads",
            },
        ])));
    });
    assert!(
        validate(&c).contains(&ContentError::Unreachable("familiar".into())),
        "{:?}",
        errors(&c)
    );
}

#[test]
fn a_pattern_outcome_without_the_warning_screen_is_refused() {
    let c = with_questions(|qs| {
        let i = question(qs, "screen-urgent");
        qs[i].ask_if = Some(Cond::Chose {
            question: "screen-emergency",
            option: "unsure",
        });
    });
    assert!(
        validate(&c).contains(&ContentError::Missing {
            file: "content/en/questions.toml",
            record: "screen-urgent".into(),
            field: "general warning screen"
        }),
        "{:?}",
        errors(&c)
    );
}

#[test]
fn a_missing_region_screen_is_refused() {
    let c = with_questions(|qs| {
        let i = question(qs, "screen-calf");
        qs.remove(i);
    });
    assert!(
        validate(&c).contains(&ContentError::Dangling {
            file: "content/en/safety.toml",
            record: "dvt".into(),
            field: "screens",
            target: "screen-calf".into()
        }),
        "{:?}",
        errors(&c)
    );
}

#[test]
fn a_path_without_an_outcome_is_refused() {
    let rules: Vec<Rule> = CONTENT
        .rules
        .iter()
        .filter(|r| r.when.is_some())
        .copied()
        .collect();
    let c = Content {
        rules: leak(rules),
        ..CONTENT
    };
    assert!(
        has_problem(&c, "(rules)", Problem::LastRuleHasWhen),
        "{:?}",
        errors(&c)
    );
}

#[test]
fn an_outcome_no_path_reaches_is_found() {
    let rules: Vec<Rule> = CONTENT
        .rules
        .iter()
        .filter(|r| r.outcome != "joint")
        .copied()
        .collect();
    let c = Content {
        rules: leak(rules),
        ..CONTENT
    };
    assert_eq!(
        errors(&c),
        ["content/en/outcomes.toml: no path through the questions ends in `joint`"]
    );
}

#[test]
fn links_outside_the_allow_list_are_refused() {
    let mut articles = CONTENT.articles.to_vec();
    articles.push(Article {
        id: "made-up",
        title: "Invented",
        publisher: "Nobody",
        url: "https://example.com/clunk",
    });
    let c = Content {
        articles: leak(articles),
        ..CONTENT
    };
    assert!(validate(&c).contains(&ContentError::ArticleNotAllowed {
        id: "made-up".into(),
        url: "https://example.com/clunk".into()
    }));
}

#[test]
fn a_muscle_without_sources_or_a_no_tool_caution_is_refused() {
    let mut muscles = CONTENT.muscles.to_vec();
    let scm = muscles.iter().position(|m| m.id == "scm").unwrap();
    muscles[scm].sources = List("");
    muscles[scm].cautions = List("Be gentle.");
    let c = Content {
        muscles: leak(muscles),
        ..CONTENT
    };
    let e = errors(&c);
    assert!(
        validate(&c).contains(&ContentError::Missing {
            file: "content/en/muscles.toml",
            record: "scm".into(),
            field: "sources"
        }),
        "{e:?}"
    );
    assert!(has_problem(&c, "scm", Problem::NoToolCaution), "{e:?}");
}

#[test]
fn diagnosing_or_reassuring_words_are_refused() {
    let mut outcomes = CONTENT.outcomes.to_vec();
    outcomes[0].summary = "You have a trigger point, nothing to worry about.";
    let c = Content {
        outcomes: leak(outcomes),
        ..CONTENT
    };
    assert!(validate(&c).iter().any(|e| matches!(
        e,
        ContentError::Wording { file: "content/en/outcomes.toml", record, .. } if record == CONTENT.outcomes[0].id
    )));
}

#[test]
fn a_question_without_a_way_out_is_refused() {
    let c = with_questions(|qs| {
        let i = question(qs, "duration");
        let opts: Vec<_> = qs[i]
            .options
            .iter()
            .filter(|o| !o.exclusive)
            .copied()
            .collect();
        qs[i].options = leak(opts);
    });
    assert!(has_problem(&c, "duration", Problem::NoWayOut));
}

/// The walk's invariant (b) is live: claiming that a knot (not only a lump)
/// rules out a muscle list skips the screens of the muscles' zones, and the
/// walk finds a result that lists muscles without them.
#[test]
fn muscles_listed_without_their_zones_screens_are_refused() {
    let c = with_questions(|qs| {
        let i = question(qs, "is-lump");
        let mut options = qs[i].options.to_vec();
        let knot = options.iter().position(|o| o.id == "knot").unwrap();
        options[knot].lists_no_muscles = true;
        qs[i].options = leak(options);
    });
    assert!(
        validate(&c).iter().any(|e| matches!(
            e,
            ContentError::Unsafe {
                rule: Invariant::MusclesBeforeScreens,
                ..
            }
        )),
        "{:?}",
        errors(&c)
    );
}

/// Explore's hand-off finds its questions by role: a missing or doubled role,
/// or explore options on another question, is named.
#[test]
fn the_questions_explore_hands_over_to_exist_once_by_role() {
    let c = with_questions(|qs| {
        let i = question(qs, "press-result");
        qs[i].press_test = false;
    });
    assert!(
        has_problem(&c, "`press_test`", Problem::RoleCount(0)),
        "{:?}",
        errors(&c)
    );
    let c = with_questions(|qs| {
        let i = question(qs, "familiar");
        qs[i].press_test = true;
    });
    assert!(
        has_problem(&c, "`press_test`", Problem::RoleCount(2)),
        "{:?}",
        errors(&c)
    );
    assert!(has_problem(&c, "familiar", Problem::PressTestShape));
}

/// The message a content author reads, whole: file, record, problem.
#[test]
fn a_problem_reads_as_file_record_and_rule() {
    let mut outcomes = CONTENT.outcomes.to_vec();
    let mut second = *outcomes
        .iter()
        .find(|o| o.id == "emergency")
        .expect("the emergency outcome");
    second.id = "emergency-again";
    outcomes.push(second);
    let c = Content {
        outcomes: leak(outcomes),
        ..CONTENT
    };
    assert!(
        errors(&c).contains(
            &"content/en/outcomes.toml: `Emergency`: needs exactly one outcome of this kind, found 2"
                .to_string()
        ),
        "{:?}",
        errors(&c)
    );
    assert!(has_problem(
        &c,
        "Emergency",
        Problem::OutcomeCount {
            exactly_one: true,
            found: 2
        }
    ));
}

#[test]
fn path_data_outside_the_svg_path_alphabet_is_refused() {
    let mut shapes = CONTENT.map.shapes.to_vec();
    shapes[0].d = "M0 0\"/><script>alert(1)</script>";
    let c = Content {
        map: BodyMap {
            shapes: leak(shapes),
            front: "M 0 0 L 1 1 url(x)",
            ..CONTENT.map
        },
        ..CONTENT
    };
    let record = format!(
        "{}/{:?}",
        CONTENT.map.shapes[0].region, CONTENT.map.shapes[0].side
    );
    assert!(
        has_problem(&c, &record, Problem::PathData),
        "{:?}",
        validate(&c)
    );
    assert!(
        has_problem(&c, "front", Problem::PathData),
        "{:?}",
        validate(&c)
    );
    // The shipped drawings pass.
    assert!(!validate(&CONTENT).iter().any(|e| matches!(
        e,
        ContentError::Invalid {
            problem: Problem::PathData,
            ..
        }
    )));
}
