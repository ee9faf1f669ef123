//! Drives the engine the way a person answers, for the native tests.
#![allow(dead_code)]

use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::model::QuestionKind;
use symptom_explorer::engine::{
    assess, lookup, Action, Answer, Assessment, RegionSel, Session, Side, Step,
};

/// A region as a person picks it on the map: on the left when it is paired.
pub fn on_left(region: &str) -> RegionSel {
    let r = lookup::region(&CONTENT, region).unwrap_or_else(|| panic!("region {region}"));
    RegionSel {
        region: r.id,
        side: r.on(Side::Left),
    }
}

/// [`on_left`] as a guided answer writes it: `temple-l`, or `throat`.
pub fn left_id(region: &str) -> String {
    let sel = on_left(region);
    format!("{}{}", sel.region, sel.side.suffix())
}

/// Parses "a,b" as the choices of `question`: option ids, or region ids with
/// `-l`/`-r` for region questions.
pub fn answer(question: &str, choices: &str) -> Answer {
    let q = lookup::question(&CONTENT, question).expect("question");
    let parts: Vec<&str> = choices.split(',').collect();
    let ids = lookup::choice_ids(&CONTENT, q);
    if let Some(opts) = parts
        .iter()
        .map(|p| ids.iter().find(|i| *i == p).copied())
        .collect::<Option<Vec<_>>>()
    {
        return Answer::Options(opts);
    }
    assert_eq!(
        q.kind,
        QuestionKind::Regions,
        "{question}: unknown choice in {choices}"
    );
    Answer::Regions(
        parts
            .iter()
            .map(|p| RegionSel::parse(&CONTENT, p).unwrap_or_else(|| panic!("region {p}")))
            .collect(),
    )
}

/// A session with these answers given in order (no finishing required).
/// Region screens the safety table brings up and the steps do not name are
/// answered "none" as they come.
pub fn answered(steps: &[(&'static str, &str)]) -> Session {
    steps
        .iter()
        .fold(Session::new(&CONTENT), |mut s, (q, choices)| {
            while let Step::Question(at) = s.step() {
                let by_region = lookup::question(&CONTENT, at).is_some_and(|q| q.by_region);
                if at == *q || !by_region {
                    break;
                }
                s = s
                    .apply(&CONTENT, Action::Answer(at, Answer::Options(vec!["none"])))
                    .unwrap_or_else(|e| panic!("{at}: {e}"))
                    .session;
            }
            s.apply(&CONTENT, Action::Answer(q, answer(q, choices)))
                .unwrap_or_else(|e| panic!("{q}: {e}"))
                .session
        })
}

/// Answers the questions in the order the engine asks them. Each step names
/// the question it expects; screens that a step does not name are answered
/// "none". Panics when the engine asks something else.
pub fn run(steps: &[(&str, &str)]) -> (Session, Assessment) {
    try_run(steps).unwrap_or_else(|e| panic!("{e}"))
}

/// [`run`], saying what went wrong instead of panicking.
pub fn try_run(steps: &[(&str, &str)]) -> Result<(Session, Assessment), String> {
    let mut s = Session::new(&CONTENT);
    let mut steps = steps.iter().peekable();
    while let Step::Question(q) = s.step() {
        let a = match steps.peek() {
            Some((id, choices)) if *id == q => {
                steps.next();
                answer(q, choices)
            }
            _ if q.starts_with("screen-") => Answer::Options(vec!["none"]),
            next => return Err(format!("the engine asks `{q}`, the case expects {next:?}")),
        };
        s = s
            .apply(&CONTENT, Action::Answer(q, a))
            .map_err(|e| format!("{q}: {e}"))?
            .session;
    }
    if let Some(left) = steps.next() {
        return Err(format!(
            "the questions ended before the case did, at {left:?}"
        ));
    }
    let a = assess(&CONTENT, &s).ok_or("a finished session has no assessment")?;
    Ok((s, a))
}
