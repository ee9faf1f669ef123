//! From a finished session to a result: the outcome, why, which muscles'
//! patterns fit, what to be careful about, and what to read.

use super::answer::{Answer, RegionSel};
use super::lookup;
use super::model::{
    Article, Content, MapRole, Outcome, OutcomeKind, Question, QuestionKind, Rule, WarningSign,
};
pub use super::rank::Candidate;
use super::rank::{rank, Keep};
use super::session::Session;

/// One answered question, as shown in the "why" list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceStep {
    pub question: &'static Question,
    pub answer: Answer,
    /// This answer is one the deciding rule (or warning sign) rests on.
    pub decisive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub outcome: &'static Outcome,
    /// The rule that picked the outcome; `None` when a warning sign or an
    /// ending answer did.
    pub rule: Option<&'static Rule>,
    pub trace: Vec<TraceStep>,
    /// Warning signs the person ticked.
    pub signs: Vec<&'static WarningSign>,
    /// Warning signs shown on a screen the person answered "not sure", which
    /// the result is as urgent as.
    pub unsure: Vec<&'static WarningSign>,
    /// Muscles whose pattern fits; empty beside warning outcomes (no pattern
    /// talk belongs there) and beside a possible lymph node.
    pub candidates: Vec<Candidate>,
    /// Cautions without repeats: those of the screens asked on the way and
    /// of the spot pressed (a result keeps what led to it), then of the
    /// best-fitting muscles.
    pub safety: Vec<&'static str>,
    /// Notes attached to the options chosen (e.g. "it has lasted weeks").
    pub notes: Vec<&'static str>,
    pub articles: Vec<&'static Article>,
}

/// How many fitting muscles a result shows; their cautions join the safety
/// notes.
pub const SHOWN: usize = 3;

impl Assessment {
    /// The fitting muscles a result shows, best first.
    pub fn shown(&self) -> &[Candidate] {
        &self.candidates[..self.candidates.len().min(SHOWN)]
    }
}

/// Assesses a session; `None` while questions that apply are unanswered
/// (even after a tick, while a screen that could be worse is open), or when
/// no rule matches (content that
/// passed validation always has a final catch-all rule).
pub fn assess(content: &Content, session: &Session) -> Option<Assessment> {
    let answers = session.answers();
    // A tick inside a gate still asks the screens that could make it more
    // urgent: no result until they are answered.
    if session
        .applicable()
        .iter()
        .any(|q| session.answer(q.id).is_none())
    {
        return None;
    }
    let (outcome, rule, decisive) = match session.ending(content) {
        Some((q, outcome)) => (outcome, None, vec![q]),
        None => {
            let rule = content
                .rules
                .iter()
                .find(|r| r.when.is_none_or(|c| c.holds(answers)))?;
            let mut decisive = Vec::new();
            if let Some(c) = rule.when {
                c.witnesses(answers, &mut decisive);
            }
            (
                lookup::outcome(content, rule.outcome)?,
                Some(rule),
                decisive,
            )
        }
    };
    let trace = answers
        .iter()
        .filter_map(|(id, a)| {
            let question = lookup::question(content, id)?;
            Some(TraceStep {
                question,
                answer: a.clone(),
                decisive: decisive.contains(id),
            })
        })
        .collect();
    let signs: Vec<_> = answers
        .iter()
        .flat_map(|(_, a)| match a {
            Answer::Options(o) => o.clone(),
            Answer::Regions(_) => Vec::new(),
        })
        .filter_map(|id| lookup::sign(content, id))
        .collect();
    let unsure = session
        .asked()
        .iter()
        .filter(|x| {
            let a = session.answer(x.question.id);
            x.question
                .options
                .iter()
                .any(|o| o.unsure && a.is_some_and(|a| a.chose(o.id)))
        })
        .flat_map(|x| x.signs.iter().copied())
        .filter_map(|id| lookup::sign(content, id))
        .collect();
    let candidates = if outcome.kind.shows_muscles() {
        let (pressed, painful) = mapped_regions(content, session);
        // A referred result lists only muscles whose main zone covers where
        // it hurts or spreads; the other patterns also those whose tender
        // spot is where the person pressed. Spill-over alone never lists a
        // muscle (the screens asked before a result cover the main zones of
        // muscles found by spot or main zone).
        let keep = if outcome.kind == OutcomeKind::Referred {
            Keep::MainZone
        } else {
            Keep::MainZoneOrTender
        };
        rank(content, &pressed, &painful, keep)
    } else {
        Vec::new()
    };
    let notes = answers
        .iter()
        .filter_map(|(id, a)| Some((lookup::question(content, id)?, a)))
        .flat_map(|(q, a)| {
            q.options
                .iter()
                .filter(|o| a.chose(o.id))
                .filter_map(|o| o.note)
        })
        .collect();
    let mut safety: Vec<&'static str> = Vec::new();
    let answered: Vec<&Question> = session
        .applicable()
        .into_iter()
        .filter(|q| session.answer(q.id).is_some())
        .collect();
    let screened = answered
        .iter()
        .filter(|q| q.kind == QuestionKind::Screen)
        .filter_map(|q| q.caution);
    // How to press the spot, kept beside results that talk about muscles
    // (beside a warning or a lump, "don't press" is the only advice).
    let spots = answered
        .iter()
        .rfind(|q| q.spot_cautions && outcome.kind.shows_muscles())
        .map_or(Vec::new(), |q| {
            super::safety::spot_cautions_for(content, answers, q)
        });
    let muscles = candidates
        .iter()
        .take(SHOWN)
        .flat_map(|c| c.muscle.cautions.iter());
    for caution in screened.chain(spots).chain(muscles) {
        if !safety.contains(&caution) {
            safety.push(caution);
        }
    }
    let mut articles: Vec<&'static Article> = Vec::new();
    let ids = outcome
        .articles
        .iter()
        .chain(signs.iter().flat_map(|s| s.articles.iter()));
    for a in ids.filter_map(|id| lookup::article(content, id)) {
        if !articles.contains(&a) {
            articles.push(a);
        }
    }
    Some(Assessment {
        outcome,
        rule,
        trace,
        signs,
        unsure,
        candidates,
        safety,
        notes,
        articles,
    })
}

/// The regions (with sides) the person pressed, and where they feel pain or
/// spread.
fn mapped_regions(content: &Content, session: &Session) -> (Vec<RegionSel>, Vec<RegionSel>) {
    let (mut pressed, mut painful) = (Vec::new(), Vec::new());
    for (id, a) in session.answers() {
        let Some(q) = lookup::question(content, id) else {
            continue;
        };
        let into = match q.map {
            Some(MapRole::Press) => &mut pressed,
            Some(MapRole::Pain | MapRole::Spread) => &mut painful,
            None => continue,
        };
        for sel in a.regions() {
            if !into.contains(sel) {
                into.push(*sel);
            }
        }
    }
    (pressed, painful)
}
