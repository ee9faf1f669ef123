//! The reducer: answering, going back, changing an earlier answer, restarting.

mod common;

use common::{answer, answered};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::answer::AnswerError;
use symptom_explorer::engine::codec::{decode, encode};
use symptom_explorer::engine::{Action, Answer, Session, SessionError, Step};

fn go(s: &Session, action: Action) -> Session {
    s.apply(&CONTENT, action).expect("valid action").session
}

/// A session at "press-result" with the temple and calf picked as painful
/// and the temple pressed: the head screen, and the calf's three (a clot, a
/// nerve root, the shin's compartment), are asked before it.
fn into_press_test() -> Session {
    answered(&[
        ("screen-emergency", "none"),
        ("screen-urgent", "none"),
        ("pain-where", "temple-l,calf-l"),
        ("press-where", "temple-l"),
        ("screen-head", "none"),
        ("screen-calf", "none"),
        ("is-lump", "knot"),
    ])
}

const CALF_SCREENS: [&str; 3] = ["screen-buttock-leg", "screen-calf", "screen-shin"];

#[test]
fn starts_at_the_first_screen() {
    assert_eq!(
        Session::new(&CONTENT).step(),
        Step::Question("screen-emergency")
    );
}

#[test]
fn region_answers_bring_up_their_screens_in_order() {
    let s = into_press_test();
    assert_eq!(s.step(), Step::Question("press-result"));
    let asked: Vec<&str> = s.applicable().iter().map(|q| q.id).collect();
    let press = asked.iter().position(|q| *q == "press-result").unwrap();
    let screens: Vec<&str> = asked[..press]
        .iter()
        .copied()
        .filter(|q| q.starts_with("screen-"))
        .collect();
    assert_eq!(
        screens,
        [
            "screen-emergency",
            "screen-urgent",
            "screen-head",
            "screen-buttock-leg",
            "screen-calf",
            "screen-shin"
        ]
    );
}

#[test]
fn back_keeps_answers_and_resume_returns_to_the_first_open_question() {
    let s = into_press_test();
    let back = go(&s, Action::Back);
    assert_eq!(back.step(), Step::Question("is-lump"));
    assert_eq!(back.answers(), s.answers());
    assert_eq!(
        go(&back, Action::Resume).step(),
        Step::Question("press-result")
    );
}

#[test]
fn back_from_the_first_question_is_refused() {
    let s = Session::new(&CONTENT);
    assert_eq!(s.apply(&CONTENT, Action::Back), Err(SessionError::AtStart));
}

#[test]
fn changing_an_answer_drops_exactly_the_answers_that_no_longer_apply() {
    let s = into_press_test();
    let t = s
        .apply(
            &CONTENT,
            Action::Edit("pain-where", answer("pain-where", "temple-l")),
        )
        .unwrap();
    assert_eq!(
        t.dropped, CALF_SCREENS,
        "the calf's screens no longer apply; the head screen still does"
    );
    assert!(t.session.answer("screen-head").is_some());
    assert!(
        t.session.answer("is-lump").is_some(),
        "later answers that still apply are kept"
    );
    assert_eq!(t.session.step(), Step::Question("press-result"));
}

#[test]
fn an_ending_answer_drops_everything_after_it() {
    let s = into_press_test();
    let t = s
        .apply(
            &CONTENT,
            Action::Edit("screen-urgent", answer("screen-urgent", "night-pain")),
        )
        .unwrap();
    assert_eq!(t.session.step(), Step::Done);
    assert_eq!(
        t.dropped,
        [
            "pain-where",
            "press-where",
            "screen-head",
            "screen-buttock-leg",
            "screen-calf",
            "screen-shin",
            "is-lump"
        ]
    );
}

#[test]
fn an_edit_drops_answers_that_only_a_dropped_answer_asked_for() {
    // The spot spreads, and where to: then the spot turns out to be a lump,
    // so the press test goes, and with it what only the press test asked.
    let s = answered(&[
        ("screen-emergency", "none"),
        ("screen-urgent", "none"),
        ("pain-where", "temple-r"),
        ("press-where", "top-of-shoulder-r"),
        ("is-lump", "knot"),
        ("press-result", "spreads"),
        ("spread-where", "temple-r"),
        ("familiar", "yes"),
    ]);
    let t = s
        .apply(&CONTENT, Action::Edit("is-lump", answer("is-lump", "lump")))
        .unwrap();
    assert_eq!(t.dropped, ["press-result", "spread-where", "familiar"]);
    let asked: Vec<&str> = t.session.applicable().iter().map(|q| q.id).collect();
    for (q, _) in t.session.answers() {
        assert!(asked.contains(q), "{q} is kept but no longer asked");
    }
    // So it can be saved and read back.
    assert_eq!(decode(&CONTENT, &encode(&t.session)), Ok(t.session));
}

#[test]
fn a_new_question_opened_by_an_edit_is_asked_next() {
    let s = into_press_test();
    let t = s
        .apply(
            &CONTENT,
            Action::Edit(
                "pain-where",
                answer("pain-where", "temple-l,calf-l,chest-l"),
            ),
        )
        .unwrap();
    assert!(t.dropped.is_empty());
    assert_eq!(t.session.step(), Step::Question("screen-chest"));
}

#[test]
fn invalid_answers_are_refused_with_a_reason() {
    let s = Session::new(&CONTENT);
    let both = Answer::Options(vec!["none", "chest-pressure"]);
    assert_eq!(
        s.apply(&CONTENT, Action::Answer("screen-emergency", both)),
        Err(SessionError::BadAnswer {
            question: "screen-emergency",
            error: AnswerError::NotAlone("none".into())
        })
    );
    assert!(matches!(
        s.apply(
            &CONTENT,
            Action::Answer("press-result", answer("press-result", "stays"))
        ),
        Err(SessionError::NotAsked("press-result"))
    ));
    assert_eq!(
        s.apply(
            &CONTENT,
            Action::Answer("screen-emergency", Answer::Options(vec![]))
        ),
        Err(SessionError::BadAnswer {
            question: "screen-emergency",
            error: AnswerError::Empty
        })
    );
}

#[test]
fn restart_forgets_everything() {
    let s = go(&into_press_test(), Action::Restart);
    assert_eq!(s, Session::new(&CONTENT));
}

#[test]
fn progress_counts_questions_that_apply() {
    let s = into_press_test();
    let (done, total) = s.progress();
    assert_eq!(done, 9);
    assert!(total > done);
}
