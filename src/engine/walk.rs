//! Walks every path through the questions, driving the real reducer.
//!
//! A path branches on every option of every question. Region questions would
//! branch on every subset of the map, so they branch on *equivalence
//! classes* instead: regions that every condition in the content treats
//! alike give the same path, so one region of each class stands for all of
//! them (plus each way-out option). Regions are told apart by the
//! conditions that name them and by the screens the safety table makes due
//! for them, so two regions of one class bring up the same screens. The walk
//! is therefore exhaustive over everything the content can tell apart.

use super::answer::{Answer, RegionSel};
use super::assess::{assess, Assessment};
use super::lookup;
use super::model::Side;
use super::model::{Cond, Content, MapRole, Question, QuestionKind};
use super::safety;
use super::session::{Action, Session, Step};
use std::collections::HashMap;

/// What a caller's checks read from a path, beyond what its future
/// depends on. The walk keeps it in its memo key and in its region classes,
/// so `visit` sees every distinct value: a check of a finished session
/// that reads only the future-relevant state and this summary holds for
/// every path, not just the first one to reach a state.
pub trait Witness {
    /// What picking `region` in a region question of `role` adds to the
    /// summary (regions that add the same are walked as one).
    fn region(&self, role: MapRole, region: &str) -> Vec<&'static str>;
    /// The summary of a session so far.
    fn state(&self, s: &Session) -> Vec<&'static str>;
}

/// For walks whose checks read nothing beyond the outcome.
pub struct NoWitness;

impl Witness for NoWitness {
    fn region(&self, _: MapRole, _: &str) -> Vec<&'static str> {
        Vec::new()
    }
    fn state(&self, _: &Session) -> Vec<&'static str> {
        Vec::new()
    }
}

/// What the walk saw.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Every distinct path through the questions (with region questions
    /// counted by class, as above).
    pub paths: u64,
    /// Distinct states actually visited: paths that share a state share
    /// their future, so each state is walked once.
    pub states: usize,
    /// The most questions answered on one path.
    pub longest: usize,
    /// Questions asked on at least one path, in content order.
    pub asked: Vec<&'static str>,
}

/// Calls `visit` with a finished session and its assessment (`None` when no
/// rule matched) once for every distinct finished state. Fails with the
/// session that was still going after `max_steps` answers.
pub fn walk(
    content: &Content,
    max_steps: usize,
    witness: &dyn Witness,
    visit: &mut impl FnMut(&Session, Option<&Assessment>),
) -> Result<Stats, Session> {
    let mut atoms: Vec<Cond> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    let rules_at = content.questions.len();
    let conds = content
        .questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.ask_if.map(|c| (i, c)));
    for (owner, c) in conds.chain(
        content
            .rules
            .iter()
            .filter_map(|r| r.when.map(|c| (rules_at, c))),
    ) {
        c.for_each_atom(&mut |a| match atoms.iter().position(|x| x == a) {
            Some(k) => owners[k].push(owner),
            None => {
                atoms.push(*a);
                owners.push(vec![owner]);
            }
        });
    }
    // From question `i` on, only atoms of later conditions and of rules matter.
    let live = (0..=rules_at)
        .map(|i| {
            (0..atoms.len())
                .filter(|k| owners[*k].iter().any(|o| *o >= i))
                .collect()
        })
        .collect();
    let mut w = Walker {
        content,
        classes: content
            .questions
            .iter()
            .map(|q| classes(content, q, witness))
            .collect(),
        atoms,
        live,
        memo: HashMap::new(),
        last_region: content
            .questions
            .iter()
            .rposition(|q| q.kind == QuestionKind::Regions)
            .unwrap_or_default(),
        max_steps,
        witness,
        visit,
    };
    let (paths, longest) = w.go(Session::new(content), 0)?;
    let asked = content
        .questions
        .iter()
        .map(|q| q.id)
        .filter(|id| w.memo.keys().any(|k| k.0 == Step::Question(id)))
        .collect();
    Ok(Stats {
        paths,
        states: w.memo.len(),
        longest,
        asked,
    })
}

/// Everything about a session that its future depends on: where it is, the
/// truth of the condition atoms still to be read (by later questions or by
/// the rules), the region screens still to come with the signs they will
/// show, the signs shown so far while a region question is still to come
/// (they decide which signs the screens it brings up show), and the outcome
/// an answer forced. Questions before the current one that apply are all
/// answered when walking forward, so which are answered follows from these.
type Key = (
    Step,
    Vec<bool>,
    Vec<(&'static str, Vec<&'static str>)>,
    Option<Vec<&'static str>>,
    Option<&'static str>,
    Vec<&'static str>,
);

struct Walker<'a, F> {
    content: &'a Content,
    classes: Vec<Vec<Answer>>,
    atoms: Vec<Cond>,
    /// For each question position (and one past the end, for the rules), the
    /// atoms read from there on.
    live: Vec<Vec<usize>>,
    memo: HashMap<Key, (u64, usize)>,
    /// Position of the last region question: after it no screen can become due.
    last_region: usize,
    max_steps: usize,
    witness: &'a dyn Witness,
    visit: &'a mut F,
}

impl<F: FnMut(&Session, Option<&Assessment>)> Walker<'_, F> {
    fn key(&self, s: &Session) -> Key {
        let asked = s.asked();
        let at = match s.step() {
            Step::Question(q) => lookup::question_index(self.content, q).unwrap_or_default(),
            Step::Done => self.content.questions.len(),
        };
        let truth = self.live[at]
            .iter()
            .map(|k| self.atoms[*k].holds(s.answers()))
            .collect();
        let here = match s.step() {
            Step::Question(q) => asked.iter().position(|x| x.question.id == q),
            Step::Done => None,
        }
        .unwrap_or(asked.len());
        let pending = asked[here..]
            .iter()
            .filter(|x| x.question.by_region)
            .map(|x| (x.question.id, x.signs.clone()))
            .collect();
        let shown = (at <= self.last_region).then(|| {
            let mut v: Vec<&'static str> = asked[..here]
                .iter()
                .flat_map(|x| x.signs.iter().copied())
                .collect();
            v.sort_unstable();
            v
        });
        (
            s.step(),
            truth,
            pending,
            shown,
            s.ending(self.content).map(|(_, o)| o.id),
            self.witness.state(s),
        )
    }

    /// Number of paths from `s` to a finished state, and the most answers
    /// any of them still needs.
    fn go(&mut self, s: Session, depth: usize) -> Result<(u64, usize), Session> {
        let asked = s.asked();
        let key = self.key(&s);
        if let Some(n) = self.memo.get(&key) {
            return Ok(*n);
        }
        let found = match s.step() {
            Step::Done => {
                (self.visit)(&s, assess(self.content, &s).as_ref());
                (1, 0)
            }
            Step::Question(_) if depth >= self.max_steps => return Err(s),
            Step::Question(q) => {
                let i = lookup::question_index(self.content, q).unwrap_or_default();
                let (mut n, mut longest) = (0, 0);
                // A screen's signs that an earlier screen asked are not shown.
                let shown = asked
                    .iter()
                    .find(|x| x.question.id == q)
                    .map_or(&[][..], |x| &x.signs[..]);
                let hidden = |a: &Answer| {
                    self.content.questions[i]
                        .signs
                        .iter()
                        .any(|sign| !shown.contains(sign) && a.chose(sign))
                };
                for a in self.classes[i].clone().into_iter().filter(|a| !hidden(a)) {
                    if let Ok(t) = s.apply(self.content, Action::Answer(q, a)) {
                        let (m, l) = self.go(t.session, depth + 1)?;
                        n += m;
                        longest = longest.max(l + 1);
                    }
                }
                (n, longest)
            }
        };
        self.memo.insert(key, found);
        Ok(found)
    }
}

/// One answer per distinguishable choice of a question.
pub fn branches(content: &Content, q: &Question) -> Vec<Answer> {
    classes(content, q, &NoWitness)
}

/// [`branches`], telling regions apart also by what they add to `witness`.
fn classes(content: &Content, q: &Question, witness: &dyn Witness) -> Vec<Answer> {
    let mut out: Vec<Answer> = lookup::choice_ids(content, q)
        .into_iter()
        .map(|c| Answer::Options(vec![c]))
        .collect();
    if q.kind == QuestionKind::Regions {
        let mut seen: Vec<(Vec<usize>, Vec<&str>)> = Vec::new();
        for r in content.regions {
            let role = q.map.unwrap_or(MapRole::Pain);
            let sig = (signature(content, q.id, r.id), witness.region(role, r.id));
            if !seen.contains(&sig) {
                seen.push(sig);
                let side = r.on(Side::Left);
                out.push(Answer::Regions(vec![RegionSel { region: r.id, side }]));
            }
        }
    }
    out
}

/// Which region conditions about question `q` include `region`, as the
/// positions of those conditions in a fixed walk over all content conditions,
/// followed by the region screens the region makes due at each gate (the
/// same gate order as [`safety::due`]).
fn signature(content: &Content, q: &str, region: &str) -> Vec<usize> {
    let role = lookup::question(content, q).and_then(|q| q.map);
    let mut sig = Vec::new();
    let mut n = 0;
    let conds = content
        .questions
        .iter()
        .filter_map(|x| x.ask_if)
        .chain(content.rules.iter().filter_map(|r| r.when));
    for c in conds {
        c.for_each_atom(&mut |atom| {
            if let Cond::AnyRegion { question, regions } = atom {
                if *question == q && regions.contains(&region) {
                    sig.push(n);
                }
            }
            n += 1;
        });
    }
    let screens = |ids: Vec<&str>| {
        ids.into_iter()
            .filter_map(|id| lookup::question_index(content, id))
            .collect::<std::collections::BTreeSet<_>>()
    };
    if let Some(role) = role {
        sig.push(usize::MAX);
        sig.extend(screens(safety::screens_of(content, region)));
        sig.push(usize::MAX);
        sig.extend(screens(safety::screens_before_result(
            content, region, role,
        )));
    }
    sig
}
