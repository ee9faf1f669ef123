//! The questionnaire as a pure reducer: a session plus an action gives a new
//! session, and the answers the action made obsolete.

use super::answer::{Answer, AnswerError};
use super::cond::Answers as _;
use super::lookup;
use super::model::{Content, Gate, Outcome, OutcomeKind, Question, QuestionKind};
use super::safety;
use crate::ui::errors as text;

/// Where the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    Question(&'static str),
    /// Every question that applies is answered, or an answer ended the flow.
    Done,
}

/// Answers so far (in question order) and the current step. A session
/// belongs to the content it was built with: its plan is that content's.
#[derive(Debug, Clone)]
pub struct Session {
    answers: Vec<(&'static str, Answer)>,
    at: Step,
    /// The questions these answers ask (see [`plan`]), worked out whenever
    /// the answers change: a step reads it a dozen times, and each reading
    /// used to work it out again.
    plan: Vec<Asked>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Answer the question and move to the next one that applies.
    Answer(&'static str, Answer),
    /// Change an earlier answer and go to the first question still open (or
    /// the result), keeping later answers that still apply.
    Edit(&'static str, Answer),
    /// Go to the previous question, keeping every answer.
    Back,
    /// Go to the first question still open, or to the result when every
    /// question that applies is answered (leaving a summary, or an answer
    /// being reviewed).
    Resume,
    /// Show an earlier question that applies (to review or change it).
    GoTo(&'static str),
    Restart,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("{}", text::no_question(.0))]
    UnknownQuestion(String),
    #[error("{}", text::not_asked(.0))]
    NotAsked(&'static str),
    #[error("{}", text::bad_answer(question, &error.to_string()))]
    BadAnswer {
        question: &'static str,
        error: AnswerError,
    },
    #[error("{}", text::AT_START)]
    AtStart,
}

/// The result of an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition {
    pub session: Session,
    /// Questions whose answers no longer apply and were removed, in order.
    pub dropped: Vec<&'static str>,
}

/// Two sessions are the same when their answers and step are: the plan
/// follows from the answers, so comparing it too would only cost time.
impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        self.answers == other.answers && self.at == other.at
    }
}

impl Eq for Session {}

impl Session {
    /// A fresh session at the first question.
    pub fn new(content: &Content) -> Session {
        let mut s = Session {
            answers: Vec::new(),
            at: Step::Done,
            plan: plan(content, &[]),
        };
        s.at = s.first_open();
        s
    }

    pub fn step(&self) -> Step {
        self.at
    }

    pub fn answers(&self) -> &[(&'static str, Answer)] {
        &self.answers
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.answer_to(question)
    }

    /// Questions that apply given the answers, in order, up to the end of
    /// the flow (an ending, and the screens of its gate that could make it
    /// worse). Unanswered questions are included.
    pub fn applicable(&self) -> Vec<&'static Question> {
        self.plan.iter().map(|a| a.question).collect()
    }

    /// [`Self::applicable`], with the warning signs each screen shows.
    pub fn asked(&self) -> &[Asked] {
        &self.plan
    }

    /// The warning signs screen `question` shows on this path: its own,
    /// less those an earlier screen already asked about. Empty when it is
    /// not asked.
    pub fn signs_shown(&self, question: &str) -> Vec<&'static str> {
        self.plan
            .iter()
            .find(|a| a.question.id == question)
            .map(|a| a.signs.clone())
            .unwrap_or_default()
    }

    /// Questions a person can reach now: those that apply, up to and
    /// including the first one not yet answered. Answers are only taken for
    /// these, so nobody can skip ahead.
    pub fn reachable(&self) -> Vec<&'static Question> {
        let mut qs = self.applicable();
        if let Some(open) = qs.iter().position(|q| self.answer(q.id).is_none()) {
            qs.truncate(open + 1);
        }
        qs
    }

    /// How far along: (answered questions that apply, questions that apply).
    /// The total can grow as answers open region screens.
    pub fn progress(&self) -> (usize, usize) {
        let qs = self.applicable();
        let done = qs.iter().filter(|q| self.answer(q.id).is_some()).count();
        (done, qs.len())
    }

    /// The outcome an answer forced (a warning sign or an option that ends),
    /// with the question that ended the flow.
    pub fn ending(&self, content: &Content) -> Option<(&'static str, &'static Outcome)> {
        // The worst ending; on a tie, the question that ended it first.
        self.plan
            .iter()
            .rev()
            .filter_map(|x| {
                let a = self.answer(x.question.id)?;
                ending(content, x.question, &x.signs, a).map(|o| (x.question.id, o))
            })
            .max_by_key(|(_, o)| severity(o.kind))
    }

    pub fn apply(&self, content: &Content, action: Action) -> Result<Transition, SessionError> {
        let mut next = self.clone();
        let mut dropped = Vec::new();
        match action {
            Action::Answer(q, a) => {
                dropped = next.set(content, q, a)?;
                next.at = next.after(q);
            }
            Action::Edit(q, a) => {
                dropped = next.set(content, q, a)?;
                next.at = next.first_open();
            }
            Action::Back => {
                let qs = next.applicable();
                let here = match next.at {
                    Step::Done => qs.len(),
                    Step::Question(id) => qs.iter().position(|q| q.id == id).unwrap_or(0),
                };
                let prev = here.checked_sub(1).and_then(|i| qs.get(i));
                next.at = Step::Question(prev.ok_or(SessionError::AtStart)?.id);
            }
            Action::Resume => next.at = next.first_open(),
            Action::GoTo(q) => {
                let q = next.reachable_question(content, q)?;
                next.at = Step::Question(q.id);
            }
            Action::Restart => next = Session::new(content),
        }
        Ok(Transition {
            session: next,
            dropped,
        })
    }

    /// Records an answer and drops later answers that no longer apply.
    fn set(
        &mut self,
        content: &Content,
        q: &str,
        a: Answer,
    ) -> Result<Vec<&'static str>, SessionError> {
        let question = self.reachable_question(content, q)?;
        let a = a
            .normalise(content, question)
            .map_err(|error| SessionError::BadAnswer {
                question: question.id,
                error,
            })?;
        match self.answers.iter_mut().find(|(id, _)| *id == question.id) {
            Some(slot) => slot.1 = a,
            None => {
                // Keep answers in question order.
                let at = lookup::question_index(content, question.id);
                let pos = self
                    .answers
                    .iter()
                    .position(|(id, _)| lookup::question_index(content, id) > at)
                    .unwrap_or(self.answers.len());
                self.answers.insert(pos, (question.id, a));
            }
        }
        // Dropping an answer can make later questions stop applying too
        // (a press test dropped takes its follow-ups with it), so drop
        // until every answer left is one the plan asks for.
        let before: Vec<&'static str> = self.answers.iter().map(|(id, _)| *id).collect();
        loop {
            let plan = plan(content, &self.answers);
            let count = self.answers.len();
            self.answers
                .retain(|(id, _)| plan.iter().any(|a| a.question.id == *id));
            if self.answers.len() == count {
                self.plan = plan;
                break;
            }
        }
        // In question order, as the answers are kept.
        Ok(before
            .into_iter()
            .filter(|id| self.answer(id).is_none())
            .collect())
    }

    fn reachable_question(
        &self,
        content: &Content,
        id: &str,
    ) -> Result<&'static Question, SessionError> {
        let q = lookup::question(content, id)
            .ok_or_else(|| SessionError::UnknownQuestion(id.to_string()))?;
        if self.reachable().iter().any(|x| x.id == q.id) {
            Ok(q)
        } else {
            Err(SessionError::NotAsked(q.id))
        }
    }

    /// The step after `id`: the next question that applies, or the result
    /// when none is left open.
    fn after(&self, id: &str) -> Step {
        let qs = self.applicable();
        let pos = qs.iter().position(|q| q.id == id);
        match pos.and_then(|p| qs.get(p + 1)) {
            Some(q) => Step::Question(q.id),
            None => self.first_open(),
        }
    }

    fn first_open(&self) -> Step {
        self.applicable()
            .iter()
            .find(|q| self.answer(q.id).is_none())
            .map_or(Step::Done, |q| Step::Question(q.id))
    }

    /// Rebuilds a session from stored parts, checking every answer as if it
    /// had been given now, in the order the questions ask for them (region
    /// screens are stored in content order but asked where a gate puts
    /// them). Used by the codecs, so a tampered or outdated link cannot
    /// produce a session the reducer could not.
    pub fn rebuild(
        content: &Content,
        mut answers: Vec<(&'static str, Answer)>,
        at: Option<&'static str>,
    ) -> Result<Session, SessionError> {
        let mut s = Session::new(content);
        while let Step::Question(next) = s.first_open() {
            let Some(i) = answers.iter().position(|(q, _)| *q == next) else {
                break;
            };
            let (q, a) = answers.remove(i);
            let dropped = s.set(content, q, a)?;
            if let Some(d) = dropped.first() {
                return Err(SessionError::NotAsked(d));
            }
        }
        if let Some((q, _)) = answers.first() {
            return Err(SessionError::NotAsked(q));
        }
        s.at = match at {
            Some(q) => Step::Question(s.reachable_question(content, q)?.id),
            None => s.first_open(),
        };
        Ok(s)
    }
}

/// One question as this path asks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub question: &'static Question,
    /// For screens, the warning signs shown: those no earlier screen on the
    /// path showed (each sign is asked once).
    pub signs: Vec<&'static str>,
}

/// The questions in order: the fixed ones where their condition holds, and
/// the region screens the safety table makes due, each at the first gate
/// that finds it due (and at the end, before any result). Conditions only
/// name earlier questions (validation checks this), so one pass is enough.
///
/// An answer that ends the flow stops it, except inside a gate: a sign
/// ticked there ends the flow only after that gate's other due screens that
/// could end it at a worse tier (calf pain ticked as a clot still gets the
/// shin's compartment-syndrome screen). Screens of a later gate, and region
/// screens after a tick on a general screen, are not asked.
fn plan(content: &Content, answers: &[(&'static str, Answer)]) -> Vec<Asked> {
    let mut p = Plan {
        content,
        answers,
        out: Vec::new(),
        shown: Vec::new(),
        worst: 0,
    };
    // Due screens depend only on the answers, so each gate's list is
    // computed once (the end repeats the "all" gate).
    let mut lists: [Option<Vec<&'static Question>>; 2] = [None, None];
    let mut due = |g: Gate| {
        lists[g as usize]
            .get_or_insert_with(|| safety::due(content, answers, g))
            .clone()
    };
    for q in content.questions.iter().filter(|q| !q.by_region) {
        for s in q.gate.map_or(Vec::new(), &mut due) {
            p.push(s);
        }
        if p.worst > 0 {
            return p.out;
        }
        if q.ask_if.is_none_or(|c| c.holds(answers)) && p.push(q) > 0 {
            return p.out;
        }
    }
    for s in due(Gate::All) {
        p.push(s);
    }
    p.out
}

struct Plan<'a> {
    content: &'a Content,
    answers: &'a [(&'static str, Answer)],
    out: Vec<Asked>,
    /// Signs shown so far.
    shown: Vec<&'static str>,
    /// How serious the worst ending so far is (0: none).
    worst: u8,
}

impl Plan<'_> {
    /// Adds `q` unless it is already there, is a region screen with no sign
    /// left to show, or (once an answer ended the flow) could not end it at
    /// a worse tier. Returns the severity of the ending its answer forces.
    fn push(&mut self, q: &'static Question) -> u8 {
        if self.out.iter().any(|a| a.question.id == q.id) {
            return 0;
        }
        let signs: Vec<&'static str> = q
            .signs
            .iter()
            .copied()
            .filter(|s| !self.shown.contains(s))
            .collect();
        if q.by_region && signs.is_empty() {
            return 0;
        }
        if self.worst > 0 {
            let could = signs
                .iter()
                .filter_map(|s| lookup::sign(self.content, s))
                .map(|w| severity(w.tier.outcome()))
                .max()
                .unwrap_or(0);
            if could <= self.worst {
                return 0;
            }
        }
        self.shown.extend(&signs);
        let ends = self
            .answers
            .answer_to(q.id)
            .and_then(|a| ending(self.content, q, &signs, a))
            .map_or(0, |o| severity(o.kind));
        self.worst = self.worst.max(ends);
        self.out.push(Asked { question: q, signs });
        ends
    }
}

/// How serious an outcome is, for picking the worst of several signs.
fn severity(kind: OutcomeKind) -> u8 {
    match kind {
        OutcomeKind::Emergency => 3,
        OutcomeKind::Urgent => 2,
        OutcomeKind::SeeClinician => 1,
        _ => 0,
    }
}

/// The outcome an answer forces, if any: the worst of the chosen warning
/// signs and options that end the flow. "Not sure" on a screen ends at
/// least at the worst tier among the signs it showed (`shown`).
pub(crate) fn ending(
    content: &Content,
    q: &Question,
    shown: &[&str],
    a: &Answer,
) -> Option<&'static Outcome> {
    let Answer::Options(chosen) = a else {
        return None;
    };
    let of_sign = |id: &str| {
        let sign = lookup::sign(content, id)?;
        lookup::outcome_of_kind(content, sign.tier.outcome())
    };
    chosen
        .iter()
        .flat_map(|id| -> Vec<&'static Outcome> {
            match q.options.iter().find(|o| o.id == *id) {
                Some(o) => {
                    let worst = shown.iter().filter(|_| o.unsure).filter_map(|s| of_sign(s));
                    o.ends
                        .and_then(|e| lookup::outcome(content, e))
                        .into_iter()
                        .chain(worst)
                        .collect()
                }
                None if q.kind == QuestionKind::Screen => of_sign(id).into_iter().collect(),
                None => Vec::new(),
            }
        })
        .max_by_key(|o| severity(o.kind))
}
