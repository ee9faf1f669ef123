//! What a person answered to one question.

use super::lookup;
use super::model::{Content, Question, QuestionKind, Side};
use crate::ui::{areas as text, errors};
use std::fmt;

/// One region on one side, as picked on the body map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionSel {
    pub region: &'static str,
    pub side: Side,
}

impl RegionSel {
    /// Reads an id such as `temple-l` or `throat` against the content.
    pub fn parse(content: &Content, id: &str) -> Option<Self> {
        let split = |suffix: &str, side| {
            let base = id.strip_suffix(suffix)?;
            let r = lookup::region(content, base)?;
            r.paired.then_some(RegionSel { region: r.id, side })
        };
        split("-l", Side::Left)
            .or_else(|| split("-r", Side::Right))
            .or_else(|| {
                let r = lookup::region(content, id)?;
                (!r.paired).then_some(RegionSel {
                    region: r.id,
                    side: Side::Centre,
                })
            })
    }

    /// The person-facing name, with the side for paired regions ("Left temple").
    pub fn label(&self, content: &Content) -> String {
        let Some(r) = lookup::region(content, self.region) else {
            return self.region.to_string();
        };
        match self.side {
            Side::Centre => r.label.to_string(),
            Side::Left => r
                .left
                .map_or_else(|| text::left(&lower_first(r.label)), str::to_owned),
            Side::Right => {
                (r.right).map_or_else(|| text::right(&lower_first(r.label)), str::to_owned)
            }
        }
    }
}

/// A region's label as it reads inside a phrase: only an ASCII first
/// letter is lowered, so "SI joint" keeps its capitals ("Temple" →
/// "temple").
pub fn lower_first(label: &str) -> String {
    let mut out = label.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_lowercase();
    }
    out
}

impl fmt::Display for RegionSel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.region, self.side.suffix())
    }
}

/// An answer: chosen options (for screens, sign ids are options too), or
/// regions picked on the map.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    Options(Vec<&'static str>),
    Regions(Vec<RegionSel>),
}

/// Why an answer does not fit its question.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("{}", errors::NO_CHOICE)]
    Empty,
    #[error("{}", errors::not_a_choice(.0))]
    UnknownOption(String),
    #[error("{}", errors::not_alone(.0))]
    NotAlone(String),
    #[error("{}", errors::ONE_CHOICE)]
    TooMany,
    #[error("{}", errors::NO_REGIONS)]
    RegionsNotAllowed,
    #[error("{}", errors::not_a_region(.0))]
    UnknownRegion(String),
    #[error("{}", errors::twice(.0))]
    Repeated(String),
}

impl Answer {
    /// Checks the answer against its question and puts it in a canonical
    /// order (content order for options, sorted regions), so equal answers
    /// compare and encode equal.
    pub fn normalise(self, content: &Content, q: &Question) -> Result<Answer, AnswerError> {
        match self {
            Answer::Options(chosen) => {
                if chosen.is_empty() {
                    return Err(AnswerError::Empty);
                }
                let all = lookup::choice_ids(content, q);
                let mut ordered = Vec::with_capacity(chosen.len());
                for id in &all {
                    match chosen.iter().filter(|c| *c == id).count() {
                        0 => {}
                        1 => ordered.push(*id),
                        _ => return Err(AnswerError::Repeated(id.to_string())),
                    }
                }
                if let Some(bad) = chosen.iter().find(|c| !all.contains(c)) {
                    return Err(AnswerError::UnknownOption(bad.to_string()));
                }
                if ordered.len() > 1 {
                    if q.kind == QuestionKind::Single {
                        return Err(AnswerError::TooMany);
                    }
                    if let Some(lone) = ordered.iter().find(|id| lookup::is_exclusive(q, id)) {
                        return Err(AnswerError::NotAlone(lone.to_string()));
                    }
                }
                Ok(Answer::Options(ordered))
            }
            Answer::Regions(picked) => {
                if q.kind != QuestionKind::Regions {
                    return Err(AnswerError::RegionsNotAllowed);
                }
                if picked.is_empty() {
                    return Err(AnswerError::Empty);
                }
                for sel in &picked {
                    let valid = lookup::region(content, sel.region)
                        .is_some_and(|r| r.sides().contains(&sel.side));
                    if !valid {
                        return Err(AnswerError::UnknownRegion(sel.to_string()));
                    }
                }
                let mut sorted = Vec::with_capacity(picked.len());
                for sel in picked {
                    if !insert_sorted(&mut sorted, sel) {
                        return Err(AnswerError::Repeated(sel.to_string()));
                    }
                }
                Ok(Answer::Regions(sorted))
            }
        }
    }

    pub fn chose(&self, option: &str) -> bool {
        matches!(self, Answer::Options(o) if o.contains(&option))
    }

    pub fn regions(&self) -> &[RegionSel] {
        match self {
            Answer::Regions(r) => r,
            Answer::Options(_) => &[],
        }
    }
}

/// One thing a person can tap while answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Option(&'static str),
    Region(RegionSel),
}

/// The selection after tapping `choice`, before it is submitted: exclusive
/// options ("none of these", "not sure") stand alone, other options and
/// regions combine, and tapping a chosen item again unchooses it. `None`
/// when nothing is left chosen.
pub fn toggle(current: Option<&Answer>, q: &Question, choice: Choice) -> Option<Answer> {
    match choice {
        Choice::Option(id) => {
            let was: Vec<&'static str> = match current {
                Some(Answer::Options(o)) => o.clone(),
                _ => Vec::new(),
            };
            let mut next: Vec<&'static str> = if was.contains(&id) {
                was.into_iter().filter(|o| *o != id).collect()
            } else if lookup::is_exclusive(q, id) || q.kind == QuestionKind::Single {
                vec![id]
            } else {
                let mut v: Vec<_> = was
                    .into_iter()
                    .filter(|o| !lookup::is_exclusive(q, o))
                    .collect();
                v.push(id);
                v
            };
            next.dedup();
            (!next.is_empty()).then_some(Answer::Options(next))
        }
        Choice::Region(sel) => {
            let mut picked: Vec<RegionSel> =
                current.map(|a| a.regions().to_vec()).unwrap_or_default();
            match picked.iter().position(|s| *s == sel) {
                Some(i) => {
                    picked.remove(i);
                }
                None => {
                    insert_sorted(&mut picked, sel);
                }
            }
            (!picked.is_empty()).then_some(Answer::Regions(picked))
        }
    }
}

/// Inserts `x` in order; `false` if it was already there. Lists here are a
/// few items long, and this avoids shipping a general sort in the wasm.
fn insert_sorted(v: &mut Vec<RegionSel>, x: RegionSel) -> bool {
    match v.binary_search(&x) {
        Ok(_) => false,
        Err(i) => {
            v.insert(i, x);
            true
        }
    }
}
