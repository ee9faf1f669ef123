//! App state: links, saved progress and storage, without a browser.

mod common;

use common::{answer, answered};
use symptom_explorer::app::explore_state::Lens;
use symptom_explorer::app::route::Route;
use symptom_explorer::app::{AppState, ButtonMsg, History, Msg, Notice, Screen, Stored};
use symptom_explorer::content::CONTENT;
use symptom_explorer::engine::codec::encode;
use symptom_explorer::engine::{Action, Session, Step};

fn one_answer() -> Session {
    answered(&[("screen-emergency", "none")])
}

/// A finished session: a referred pattern from the forearm to the elbow.
fn finished() -> Session {
    common::run(&[
        ("pain-where", "forearm-back-l"),
        ("press-where", "forearm-back-l"),
        ("is-lump", "knot"),
        ("press-result", "spreads"),
        ("spread-where", "elbow-outer-l"),
        ("familiar", "yes"),
        ("feel", "ache"),
        ("nerve-signs", "none"),
        ("joint-signs", "none"),
        ("duration", "weeks"),
    ])
    .0
}

/// The state after answering "None of these" to `question`.
fn none_of_these(s: &AppState, question: &'static str) -> AppState {
    s.update(Msg::Engine(Action::Answer(
        question,
        answer(question, "none"),
    )))
    .unwrap()
}

/// The state after going back to `question` and answering `choice`.
fn change(s: &AppState, question: &'static str, choice: &str) -> AppState {
    let s = s.update(Msg::Engine(Action::GoTo(question))).unwrap();
    s.update(Msg::Engine(Action::Answer(
        question,
        answer(question, choice),
    )))
    .unwrap()
}

fn link(s: &Session) -> String {
    Route::Guided(encode(s)).to_hash()
}

#[test]
fn a_fresh_visit_starts_on_welcome_and_saves() {
    let s = AppState::boot("", Ok(None));
    assert_eq!(
        (s.screen, s.notice.clone(), s.saved.autosave),
        (Screen::Welcome, None, true)
    );
    let s = s.update(Msg::Start).unwrap();
    assert_eq!(s.screen, Screen::Guided);
    assert_eq!(s.route(), Route::Guided(encode(&Session::new(&CONTENT))));
}

#[test]
fn a_shared_link_opens_the_same_screen() {
    let shared = one_answer();
    let s = AppState::boot(&link(&shared), Ok(None));
    assert_eq!((s.screen, &s.guided.session), (Screen::Guided, &shared));
    assert_eq!(s.history, History::Replace);
}

#[test]
fn a_tampered_link_starts_fresh_and_keeps_saved_progress() {
    let saved = one_answer();
    let s = AppState::boot(
        "#/guided/v1~press-result~screen-emergency=maybe",
        Ok(Some(encode(&saved))),
    );
    assert_eq!(s.screen, Screen::Welcome);
    assert!(matches!(s.notice, Some(Notice::BadLink(_))));
    assert_eq!(
        s.saved.session,
        Some(saved.clone()),
        "saved progress is still offered"
    );
    let resumed = s.update(Msg::Continue).unwrap();
    assert_eq!(resumed.guided.session, saved);
}

#[test]
fn an_outdated_link_says_why() {
    let s = AppState::boot("#/guided/v0~x", Ok(None));
    match s.notice {
        Some(Notice::BadLink(why)) => {
            assert!(why.contains("format this version does not know"), "{why}")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_link_that_disagrees_with_saved_progress_asks_before_saving() {
    let saved = one_answer();
    let other = answered(&[("screen-emergency", "none"), ("screen-urgent", "none")]);
    let s = AppState::boot(&link(&other), Ok(Some(encode(&saved))));
    assert_eq!(s.notice, Some(Notice::LinkOrSaved));
    assert!(
        !s.saved.autosave,
        "nothing is saved until the person chooses"
    );
    let kept = s.update(Msg::KeepLink).unwrap();
    assert!(kept.saved.autosave && kept.saved.session.is_none());
    let back = s.update(Msg::Continue).unwrap();
    assert_eq!(back.guided.session, saved);
}

#[test]
fn unreadable_saved_progress_is_reported_and_not_overwritten() {
    let s = AppState::boot("", Ok(Some("v9~garbage".into())));
    assert!(matches!(s.notice, Some(Notice::BadSaved(_))));
    assert!(!s.saved.autosave);
    let started = s.update(Msg::Start).unwrap();
    assert!(
        started.saved.autosave,
        "starting over is the person's choice to replace it"
    );
}

#[test]
fn without_storage_the_app_still_works_and_says_so_once() {
    let s = AppState::boot("", Err(()));
    assert_eq!(s.notice, Some(Notice::StorageOff));
    let s = s.update(Msg::Start).unwrap();
    assert!(!s.saved.autosave);
    let s = s.update(Msg::Dismiss).unwrap();
    let s = none_of_these(&s, "screen-emergency");
    assert_eq!(s.notice, None);
    assert!(!s.saved.autosave);
}

#[test]
fn the_app_echoing_its_own_fragment_changes_nothing() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    assert_eq!(s.update(Msg::Navigate(s.route().to_hash())), None);
}

#[test]
fn browser_back_returns_to_the_previous_step() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    let first = s.route().to_hash();
    let s = none_of_these(&s, "screen-emergency");
    assert_eq!(s.history, History::Push);
    let back = s.update(Msg::Navigate(first)).unwrap();
    assert_eq!(back.guided.session.step(), Session::new(&CONTENT).step());
    assert_eq!(back.screen, Screen::Guided);
}

#[test]
fn browser_back_keeps_later_answers() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    let s = none_of_these(&s, "screen-emergency");
    let at_urgent = s.route().to_hash();
    let s = none_of_these(&s, "screen-urgent");
    let back = s.update(Msg::Navigate(at_urgent)).unwrap();
    assert_eq!(
        back.guided.session.step(),
        symptom_explorer::engine::Step::Question("screen-urgent")
    );
    assert!(
        back.guided.session.answer("screen-urgent").is_some(),
        "the answer given after that entry is kept"
    );
    assert_eq!(
        back.history,
        History::Replace,
        "the entry is rewritten to show the kept answer"
    );
}

#[test]
fn the_list_of_regions_stays_chosen_across_questions() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    let s = s.update(Msg::ToggleRegionList).unwrap();
    let s = none_of_these(&s, "screen-emergency");
    assert!(s.region_list);
    assert!(!s.update(Msg::ToggleRegionList).unwrap().region_list);
}

/// "Back to the result" on a summary opened by its link goes back to the
/// guided flow: the result when the answers are complete, else the question
/// still open. It used to send a step forward, which a session refuses when
/// the next question is unanswered, leaving the person stuck on the summary.
#[test]
fn back_to_the_result_from_a_summary_link_shows_the_result_or_the_open_question() {
    let done = finished();
    // Complete answers, linked while looking back at the last question:
    // back to the result all the same.
    let reviewing = done
        .apply(&CONTENT, Action::GoTo("duration"))
        .unwrap()
        .session;
    let open = one_answer();
    for (session, step) in [
        (&done, Step::Done),
        (&reviewing, Step::Done),
        (&open, Step::Question("screen-urgent")),
    ] {
        let s = AppState::boot(&Route::Summary(encode(session)).to_hash(), Ok(None));
        assert_eq!(s.screen, Screen::Summary);
        let back = s.update(Msg::ShowResult).expect("the guided flow is shown");
        assert_eq!(
            (back.screen, back.guided.session.step()),
            (Screen::Guided, step)
        );
        assert_eq!(back.guided.session.answers(), session.answers());
        assert!(back.guided.dropped.is_empty());
    }
}

/// Every message a markup button can send reads back from the name it
/// writes, and no two share a name; an unknown name sends nothing.
#[test]
fn button_messages_round_trip_through_their_names() {
    let mut names = Vec::new();
    for m in ButtonMsg::ALL {
        assert_eq!(ButtonMsg::parse(m.name()), Some(*m), "{m:?}");
        assert!(!names.contains(&m.name()), "{} twice", m.name());
        names.push(m.name());
    }
    assert_eq!(ButtonMsg::parse("reslut"), None);
    assert_eq!(ButtonMsg::ShowResult.msg(), Msg::ShowResult);
    assert_eq!(ButtonMsg::Back.msg(), Msg::Engine(Action::Back));
}

/// Continue, more answers, back to the welcome screen, Continue again: the
/// answers given since the first Continue are kept (they were lost: the
/// second Continue went back to what was saved at start-up).
#[test]
fn continuing_twice_keeps_the_answers_given_in_between() {
    let saved = one_answer();
    let s = AppState::boot("", Ok(Some(encode(&saved))));
    let s = s.update(Msg::Continue).unwrap();
    let s = none_of_these(&s, "screen-urgent");
    let more = s.guided.session.clone();
    assert_ne!(more, saved);
    let s = s.update(Msg::Navigate("#/".into())).unwrap();
    assert_eq!(s.screen, Screen::Welcome);
    assert!(s.has_progress());
    let s = s.update(Msg::Continue).unwrap();
    assert_eq!(s.guided.session, more);
}

/// Answers that could not be read are kept until the person starts over:
/// continuing the answers of a link does not turn saving back on.
#[test]
fn continuing_a_link_keeps_unreadable_saved_answers() {
    let s = AppState::boot(&link(&one_answer()), Ok(Some("v9~garbage".into())));
    assert!(matches!(s.notice, Some(Notice::BadSaved(_))));
    let s = s.update(Msg::Navigate("#/".into())).unwrap();
    let s = s.update(Msg::Continue).unwrap();
    assert_eq!(s.guided.session, one_answer());
    assert!(
        !s.saved.autosave,
        "the unreadable answers would be overwritten"
    );
    assert!(s.update(Msg::Start).unwrap().saved.autosave);
}

/// Edit an earlier answer, look at the welcome screen, Continue: the change
/// still goes straight back to the result, as it does after browser Back
/// and Forward; Start over forgets the edit.
#[test]
fn continuing_keeps_an_edit_in_progress() {
    let done = finished();
    let s = AppState::boot(&link(&done), Ok(None));
    let first = done.answers()[0].0;
    let s = s.update(Msg::Engine(Action::GoTo(first))).unwrap();
    assert!(s.guided.editing);
    let s = s.update(Msg::Navigate("#/".into())).unwrap();
    assert!(s.update(Msg::Continue).unwrap().guided.editing);
    assert!(!s.update(Msg::Start).unwrap().guided.editing);
}

/// The note on answers a change removed belongs to that change: it is gone
/// once the person leaves and continues.
#[test]
fn continuing_forgets_the_note_on_removed_answers() {
    let s = AppState::boot(&link(&finished()), Ok(None));
    let s = change(&s, "press-result", "stays");
    assert!(
        s.guided.dropped.contains(&"spread-where"),
        "{:?}",
        s.guided.dropped
    );
    let s = s.update(Msg::Navigate("#/".into())).unwrap();
    assert!(s.update(Msg::Continue).unwrap().guided.dropped.is_empty());
}

/// Storage as it is after each state: what the app writes is what
/// [`AppState::stored`] says.
#[test]
fn starting_over_erases_saved_answers() {
    let s = AppState::boot("", Ok(Some(encode(&one_answer()))));
    assert_eq!(
        s.stored(),
        Stored::Untouched,
        "kept until the person chooses"
    );
    let s = s.update(Msg::Start).unwrap();
    assert_eq!(s.stored(), Stored::Nothing);
    // And so does starting over from a result.
    let s = AppState::boot(&link(&finished()), Ok(None));
    assert_eq!(s.stored(), Stored::Answers(encode(&finished())));
    assert_eq!(s.update(Msg::Start).unwrap().stored(), Stored::Nothing);
}

#[test]
fn forgetting_erases_every_answer_and_says_so() {
    for s in [
        AppState::boot("", Ok(Some(encode(&one_answer())))),
        AppState::boot(&link(&finished()), Ok(None)),
        AppState::boot(&Route::Summary(encode(&finished())).to_hash(), Ok(None)),
        // Answers that could not be read are erased too.
        AppState::boot("", Ok(Some("v9~garbage".into()))),
    ] {
        let s = s.update(ButtonMsg::Forget.msg()).unwrap();
        assert_eq!(s.screen, Screen::Welcome);
        assert_eq!(s.notice, Some(Notice::Forgotten));
        assert!(!s.has_progress(), "nothing to continue");
        assert_eq!(s.stored(), Stored::Nothing);
    }
}

#[test]
fn back_after_forgetting_shows_the_old_step_but_does_not_save_it_again() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    let s = none_of_these(&s, "screen-emergency");
    let before = s.route().to_hash();
    let s = s.update(Msg::Forget).unwrap();
    // The tab's history still holds the earlier steps.
    let back = s.update(Msg::Navigate(before)).unwrap();
    assert_eq!(back.screen, Screen::Guided);
    assert!(back.guided.session.answer("screen-emergency").is_some());
    assert_eq!(back.stored(), Stored::Nothing, "forgotten stays forgotten");
    // Nor does anything short of answering save them: closing the notice,
    // the summary, the in-app Back, an edit, explore.
    let explore = Route::Explore(Default::default()).to_hash();
    for msgs in [
        vec![Msg::Dismiss],
        vec![Msg::Summary, Msg::SummaryStatus("Copied")],
        vec![Msg::Engine(Action::Back)],
        vec![Msg::Engine(Action::GoTo("screen-emergency"))],
        vec![Msg::ToggleRegionList],
        vec![
            Msg::Navigate(explore.clone()),
            Msg::ExploreLens(Lens::Press),
        ],
    ] {
        let label = format!("{msgs:?}");
        let s = msgs
            .into_iter()
            .fold(back.clone(), |s, m| s.update(m).unwrap_or(s));
        assert_eq!(s.stored(), Stored::Nothing, "after {label}");
    }
    // Answering from there is choosing to go on: saved as usual.
    let on = none_of_these(&back, "screen-urgent");
    assert!(matches!(on.stored(), Stored::Answers(_)));
}

#[test]
fn a_reload_after_erasing_in_this_tab_does_not_save_what_the_url_holds() {
    let url = link(&finished());
    let s = AppState::boot(&url, Ok(None)).erased_before();
    assert_eq!(s.screen, Screen::Guided, "the screen still shows");
    assert_eq!(s.stored(), Stored::Nothing);
    let on = change(&s, "duration", "days");
    assert!(
        matches!(on.stored(), Stored::Answers(_)),
        "a new answer saves"
    );
    // Answers another tab saved since are never erased unasked, nor ones
    // this version cannot read.
    let s = AppState::boot(&url, Ok(Some(encode(&one_answer())))).erased_before();
    assert_eq!(s.stored(), Stored::Untouched);
    let s = AppState::boot(&url, Ok(Some("v9~garbage".into()))).erased_before();
    assert_eq!(s.stored(), Stored::Untouched);
}

#[test]
fn each_erasure_asks_storage_again_though_it_should_hold_nothing() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    assert_eq!(s.stored(), Stored::Nothing);
    // What the storage effect follows changes, so it erases again.
    let again = s.update(Msg::Forget).unwrap();
    assert_eq!(again.stored(), Stored::Nothing);
    assert_ne!(
        (again.stored(), again.saved.erasures),
        (s.stored(), s.saved.erasures)
    );
}

#[test]
fn without_storage_forgetting_still_drops_the_answers_in_progress() {
    let s = AppState::boot(&link(&finished()), Err(()));
    let s = s.update(Msg::Forget).unwrap();
    assert_eq!(
        s.notice,
        Some(Notice::StorageOff),
        "what still holds stays said"
    );
    assert!(!s.has_progress());
    // Erasing is still tried: a write may have failed where erasing works.
    assert_eq!(s.stored(), Stored::Nothing);
}

#[test]
fn a_link_that_disagrees_with_saved_progress_leaves_storage_alone() {
    let s = AppState::boot(&link(&finished()), Ok(Some(encode(&one_answer()))));
    assert_eq!(s.notice, Some(Notice::LinkOrSaved));
    assert_eq!(s.stored(), Stored::Untouched);
}

#[test]
fn a_fresh_start_from_a_bad_link_leaves_saved_answers_alone() {
    let s = AppState::boot("", Ok(None)).update(Msg::Start).unwrap();
    let s = none_of_these(&s, "screen-emergency");
    assert_eq!(s.stored(), Stored::Answers(encode(&one_answer())));
    let s = s
        .update(Msg::Navigate(
            "#/guided/v1~press-result~screen-emergency=maybe".into(),
        ))
        .unwrap();
    assert!(matches!(s.notice, Some(Notice::BadLink(_))));
    assert_eq!(
        s.stored(),
        Stored::Untouched,
        "the notice says they are untouched"
    );
}
