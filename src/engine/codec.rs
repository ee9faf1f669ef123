//! A compact, versioned text form of a session, for the URL fragment (share
//! and resume) and for local storage.
//!
//! Version 1 reads `v1~AT~QUESTION=CHOICE,CHOICE~…` where `AT` is the current
//! question id or `-` for the result, and a choice is an option id, a warning
//! sign id, or a region id with `-l`/`-r` for its side. Ids are stable names
//! from `content/`, so reordering content never changes a link's meaning, and
//! only characters that need no escaping in a URL fragment are used.
//!
//! Decoding never panics: anything it cannot read, including answers that
//! the reducer would refuse, is a typed [`CodecError`].

use super::answer::{Answer, RegionSel};
use super::lookup;
use super::model::{Content, Question, QuestionKind};
use super::quote::id_only;
use super::session::{Session, SessionError, Step};
use crate::ui::errors as text;

/// The version this build writes.
pub const VERSION: &str = "v1";
/// Longer input is refused unread: no real session comes near it.
pub const MAX_LEN: usize = 4096;

/// Why saved answers or a link could not be read, in the words of
/// `ui::errors` (shown after "Reason:").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    #[error("{}", text::EMPTY)]
    Empty,
    #[error("{}", text::too_long(&.0.to_string()))]
    TooLong(usize),
    #[error("{}", text::unknown_version(.0))]
    UnknownVersion(String),
    /// What is wrong, a `ui::errors` string.
    #[error("{}", text::damaged(.0))]
    Malformed(&'static str),
    #[error("{}", text::unknown_question(.0))]
    UnknownQuestion(String),
    #[error("{}", text::unknown_choice(question, value))]
    UnknownChoice {
        question: &'static str,
        value: String,
    },
    #[error("{}", text::inconsistent(&.0.to_string()))]
    Inconsistent(#[from] SessionError),
}

/// Writes a session in the current version.
pub fn encode(session: &Session) -> String {
    let at = match session.step() {
        Step::Question(q) => q,
        Step::Done => "-",
    };
    let mut out = format!("{VERSION}~{at}");
    for (q, a) in session.answers() {
        out.push('~');
        out.push_str(q);
        out.push('=');
        let parts: Vec<String> = match a {
            Answer::Options(o) => o.iter().map(|s| s.to_string()).collect(),
            Answer::Regions(r) => r.iter().map(RegionSel::to_string).collect(),
        };
        out.push_str(&parts.join(","));
    }
    out
}

/// Reads a session written by [`encode`] (of this or an older version).
pub fn decode(content: &Content, text: &str) -> Result<Session, CodecError> {
    if text.is_empty() {
        return Err(CodecError::Empty);
    }
    if text.len() > MAX_LEN {
        return Err(CodecError::TooLong(text.len()));
    }
    let mut parts = text.split('~');
    match parts.next() {
        Some(VERSION) => {}
        Some(other) => return Err(CodecError::UnknownVersion(id_only(content, other))),
        None => return Err(CodecError::Empty),
    }
    let at = match parts.next() {
        None | Some("") => return Err(CodecError::Malformed(text::NO_STEP)),
        Some("-") => None,
        Some(q) => Some(question(content, q)?.id),
    };
    let mut answers = Vec::new();
    for part in parts {
        let (q, values) = part
            .split_once('=')
            .ok_or(CodecError::Malformed(text::NO_EQUALS))?;
        let q = question(content, q)?;
        answers.push((q.id, answer(content, q, values)?));
    }
    let session = Session::rebuild(content, answers, at)?;
    if at.is_none() && session.step() != Step::Done {
        return Err(CodecError::Malformed(text::UNANSWERED));
    }
    Ok(session)
}

fn question(content: &Content, id: &str) -> Result<&'static Question, CodecError> {
    lookup::question(content, id).ok_or_else(|| CodecError::UnknownQuestion(id_only(content, id)))
}

/// Reads the choices of one answer: option ids, or regions for a map question.
fn answer(
    content: &Content,
    question: &'static Question,
    values: &str,
) -> Result<Answer, CodecError> {
    let choices = lookup::choice_ids(content, question);
    let unknown = |v: &str| CodecError::UnknownChoice {
        question: question.id,
        value: id_only(content, v),
    };
    let values: Vec<&str> = values.split(',').collect();
    if let Some(opts) = values
        .iter()
        .map(|v| choices.iter().find(|c| *c == v).copied())
        .collect::<Option<Vec<_>>>()
    {
        return Ok(Answer::Options(opts));
    }
    if question.kind != QuestionKind::Regions {
        let bad = values
            .iter()
            .find(|v| !choices.contains(v))
            .copied()
            .unwrap_or_default();
        return Err(unknown(bad));
    }
    values
        .iter()
        .map(|v| RegionSel::parse(content, v).ok_or_else(|| unknown(v)))
        .collect::<Result<Vec<_>, _>>()
        .map(Answer::Regions)
}
