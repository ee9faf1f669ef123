//! Finding records by id. Content is small (tens of records of each kind), so
//! a linear scan beats building and shipping an index.

use super::model::{
    Article, Content, Outcome, OutcomeKind, Question, QuestionKind, Region, WarningSign,
};

pub fn region(c: &Content, id: &str) -> Option<&'static Region> {
    c.regions.iter().find(|r| r.id == id)
}

pub fn sign(c: &Content, id: &str) -> Option<&'static WarningSign> {
    c.warnings.iter().find(|w| w.id == id)
}

pub fn question(c: &Content, id: &str) -> Option<&'static Question> {
    c.questions.iter().find(|q| q.id == id)
}

/// Where a question sits in the content's order (the order it is asked in).
pub fn question_index(c: &Content, id: &str) -> Option<usize> {
    c.questions.iter().position(|q| q.id == id)
}

pub fn outcome(c: &Content, id: &str) -> Option<&'static Outcome> {
    c.outcomes.iter().find(|o| o.id == id)
}

pub fn outcome_of_kind(c: &Content, kind: OutcomeKind) -> Option<&'static Outcome> {
    c.outcomes.iter().find(|o| o.kind == kind)
}

pub fn article(c: &Content, id: &str) -> Option<&'static Article> {
    c.articles.iter().find(|a| a.id == id)
}

/// Every id a person may choose for a question: for screens the warning
/// signs first, then the declared options.
pub fn choice_ids(c: &Content, q: &Question) -> Vec<&'static str> {
    let signs = if q.kind == QuestionKind::Screen {
        q.signs
    } else {
        &[]
    };
    signs
        .iter()
        .filter_map(|s| sign(c, s).map(|w| w.id))
        .chain(q.options.iter().map(|o| o.id))
        .collect()
}

/// Person-facing label of a choice (an option or a warning sign).
pub fn choice_label(c: &Content, q: &Question, id: &str) -> &'static str {
    q.options
        .iter()
        .find(|o| o.id == id)
        .map(|o| o.label)
        .or_else(|| sign(c, id).map(|w| w.label))
        .unwrap_or("")
}

/// Warning signs on a screen stand alone only by being the worst; declared
/// options marked `exclusive` ("none of these", "not sure") stand alone.
pub fn is_exclusive(q: &Question, id: &str) -> bool {
    q.options.iter().any(|o| o.id == id && o.exclusive)
}
