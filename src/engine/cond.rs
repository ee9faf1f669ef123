//! Evaluating conditions over answers, and saying which answers made one hold.

use super::answer::Answer;
use super::model::Cond;

/// Answers looked up by question id.
pub trait Answers {
    fn answer_to(&self, question: &str) -> Option<&Answer>;
}

impl Answers for [(&'static str, Answer)] {
    fn answer_to(&self, question: &str) -> Option<&Answer> {
        self.iter().find(|(q, _)| *q == question).map(|(_, a)| a)
    }
}

impl Cond {
    pub fn holds(&self, a: &(impl Answers + ?Sized)) -> bool {
        match self {
            Cond::Chose { question, option } => {
                a.answer_to(question).is_some_and(|x| x.chose(option))
            }
            Cond::AnyRegion { question, regions } => a
                .answer_to(question)
                .is_some_and(|x| x.regions().iter().any(|s| regions.contains(&s.region))),
            Cond::All(cs) => cs.iter().all(|c| c.holds(a)),
            Cond::Any(cs) => cs.iter().any(|c| c.holds(a)),
            Cond::Not(c) => !c.holds(a),
        }
    }

    /// The questions whose answers make this condition hold, in the order the
    /// condition names them; used for the "why" trace. Negated parts add
    /// nothing: an answer *not* given is not a reason to show.
    pub fn witnesses(&self, a: &(impl Answers + ?Sized), out: &mut Vec<&'static str>) {
        match self {
            Cond::Chose { question, .. } | Cond::AnyRegion { question, .. } => {
                if self.holds(a) && !out.contains(question) {
                    out.push(question);
                }
            }
            Cond::All(cs) | Cond::Any(cs) => {
                for c in cs.iter().filter(|c| c.holds(a)) {
                    c.witnesses(a, out);
                }
            }
            Cond::Not(_) => {}
        }
    }

    /// Calls `f` on every atom (Chose / AnyRegion) of the condition.
    pub fn for_each_atom(&self, f: &mut impl FnMut(&Cond)) {
        match self {
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.for_each_atom(f)),
            Cond::Not(c) => c.for_each_atom(f),
            atom => f(atom),
        }
    }
}
