//! The safety invariants, checked on every finished path of the exhaustive
//! walk. Each reads the safety table directly rather than through the
//! engine's derivation ([`crate::engine::safety`]), so a slip there shows:
//!
//! - (a) no press question before every sign of the screens of the regions
//!   named for pain and for the tender spot has been shown;
//! - (b) no muscle listed, and no pattern, before every sign of the screens
//!   of the spread regions and of the listed muscles' main zones was shown;
//! - (c) no pattern after "not sure" on any screen;
//! - (d) every ticked sign, and every "not sure", ends at its tier or worse.
//!
//! [`Obligations`] tells the walk what these checks read (the signs owed
//! before the press and before a result, the signs shown, the worst tier
//! owed), so the walk keeps paths apart that differ there and every check
//! holds for every path, not only for the first path to reach a state.

use super::{ContentError, Invariant};
use crate::engine::model::{Content, MapRole, OutcomeKind, QuestionKind, Strength};
use crate::engine::walk::Witness;
use crate::engine::{lookup, Asked, Assessment, Session};

/// Every broken invariant on one finished path.
pub(super) fn check(c: &Content, s: &Session, a: &Assessment, path: &str) -> Vec<ContentError> {
    let asked = s.asked();
    let owed = Obligations(c).owed(s);
    let mut found = Vec::new();
    let mut fail = |rule| {
        found.push(ContentError::Unsafe {
            rule,
            path: path.into(),
        })
    };
    // (a)
    if press_at(asked).is_some()
        && !owed
            .before_press
            .iter()
            .all(|x| shown_before_press(asked).contains(x))
    {
        fail(Invariant::PressBeforeScreens);
    }
    // (b): the signs owed for every muscle a result could list, and for the
    // main zones of those it does list.
    if a.outcome.kind.is_pattern() || !a.candidates.is_empty() {
        let shown = shown_before(asked, asked.len());
        let zones: Vec<&str> = a
            .candidates
            .iter()
            .flat_map(|k| k.muscle.refers.iter())
            .filter(|r| r.strength == Strength::Main)
            .map(|r| r.region)
            .collect();
        let listed = signs_of_screens(c, &danger_screens(c, &zones));
        let owed_b = owed.before_result.iter().chain(&listed);
        if !owed_b.into_iter().all(|x| shown.contains(x)) {
            fail(Invariant::MusclesBeforeScreens);
        }
    }
    // (c) and (d)
    if owed.unsure && a.outcome.kind.is_pattern() {
        fail(Invariant::PatternAfterUnsure);
    }
    if severity(a.outcome.kind) < owed.worst {
        fail(Invariant::BelowTier);
    }
    found
}

/// What the checks owe a session, read from the safety table directly.
struct Owed {
    /// Signs to show before the press question.
    before_press: Vec<&'static str>,
    /// Signs to show before a result that lists muscles.
    before_result: Vec<&'static str>,
    /// Whether any region could list a muscle.
    muscles: bool,
    /// The worst tier a ticked sign or a "not sure" asks for (as a severity).
    worst: u8,
    unsure: bool,
}

/// The checks' view of the safety table, also the walk's [`Witness`].
pub(super) struct Obligations<'a>(pub &'a Content);

impl Obligations<'_> {
    /// Screens looking for the dangers of `region`, and (with `role`) of the
    /// main zones of every muscle a result could list for it.
    fn screens(&self, role: MapRole, region: &str) -> (Vec<&'static str>, Vec<&'static str>, bool) {
        let c = self.0;
        let own = danger_screens(c, &[region]);
        let main = |m: &crate::engine::model::Muscle| {
            m.refers
                .iter()
                .filter(|r| r.strength == Strength::Main)
                .map(|r| r.region)
                .collect::<Vec<_>>()
        };
        let listed: Vec<_> = c
            .muscles
            .iter()
            .filter(|m| match role {
                MapRole::Press => m.tender.contains(region),
                _ => main(m).contains(&region),
            })
            .collect();
        let zones: Vec<&str> = listed
            .iter()
            .flat_map(|m| main(m))
            .chain([region])
            .collect();
        (own, danger_screens(c, &zones), !listed.is_empty())
    }

    fn owed(&self, s: &Session) -> Owed {
        let asked = s.asked();
        let c = self.0;
        let (mut before_press, mut before_result, mut muscles) = (Vec::new(), Vec::new(), false);
        for (q, a) in s.answers() {
            let Some(role) = lookup::question(c, q).and_then(|q| q.map) else {
                continue;
            };
            for sel in a.regions() {
                let (own, all, m) = self.screens(role, sel.region);
                if role != MapRole::Spread {
                    before_press.extend(own);
                }
                before_result.extend(all);
                muscles |= m;
            }
        }
        let (mut worst, mut unsure) = (0, false);
        for x in asked
            .iter()
            .filter(|x| x.question.kind == QuestionKind::Screen)
        {
            let Some(answer) = s.answer(x.question.id) else {
                continue;
            };
            let not_sure = x
                .question
                .options
                .iter()
                .any(|o| o.unsure && answer.chose(o.id));
            unsure |= not_sure;
            let tiers = x
                .signs
                .iter()
                .filter(|id| not_sure || answer.chose(id))
                .filter_map(|id| lookup::sign(c, id))
                .map(|w| severity(w.tier.outcome()));
            worst = tiers.fold(worst, u8::max);
        }
        Owed {
            before_press: sorted(signs_of_screens(c, &before_press)),
            before_result: sorted(signs_of_screens(c, &before_result)),
            muscles,
            worst,
            unsure,
        }
    }
}

impl Witness for Obligations<'_> {
    fn region(&self, role: MapRole, region: &str) -> Vec<&'static str> {
        let (own, all, muscles) = self.screens(role, region);
        let mut out = if role == MapRole::Spread {
            Vec::new()
        } else {
            sorted(own)
        };
        out.push("|");
        out.extend(sorted(all));
        out.push(if muscles { "muscles" } else { "-" });
        out
    }

    /// Once the regions a check reads are all answered, the plan already
    /// holds every screen still to come, so the check's verdict stands in
    /// for its inputs and paths that agree on it merge again.
    fn state(&self, s: &Session) -> Vec<&'static str> {
        let (c, asked) = (self.0, s.asked());
        let owed = self.owed(s);
        let at = match s.step() {
            crate::engine::Step::Question(q) => lookup::question_index(c, q).unwrap_or_default(),
            crate::engine::Step::Done => c.questions.len(),
        };
        let last = |roles: &[MapRole]| {
            c.questions
                .iter()
                .rposition(|q| q.map.is_some_and(|m| roles.contains(&m)))
                .unwrap_or_default()
        };
        let mut out = Vec::new();
        if at > last(&[MapRole::Pain, MapRole::Press]) {
            let shown = shown_before_press(asked);
            let ok =
                press_at(asked).is_none() || owed.before_press.iter().all(|x| shown.contains(x));
            out.push(if ok { "a:ok" } else { "a:owed" });
        } else {
            out.extend(owed.before_press);
        }
        out.push("|");
        if at > last(&[MapRole::Pain, MapRole::Press, MapRole::Spread]) {
            let shown = shown_before(asked, asked.len());
            let ok = owed.before_result.iter().all(|x| shown.contains(x));
            out.push(if ok { "b:ok" } else { "b:owed" });
        } else {
            out.extend(owed.before_result);
        }
        out.push(["-", "routine", "urgent", "emergency"][usize::from(owed.worst)]);
        out.push(if owed.unsure { "unsure" } else { "-" });
        out.push(if owed.muscles { "muscles" } else { "-" });
        out
    }
}

fn severity(k: OutcomeKind) -> u8 {
    match k {
        OutcomeKind::Emergency => 3,
        OutcomeKind::Urgent => 2,
        OutcomeKind::SeeClinician => 1,
        _ => 0,
    }
}

/// The press question's place on the path, if it is reached.
fn press_at(asked: &[Asked]) -> Option<usize> {
    asked.iter().position(|x| x.question.spot_cautions)
}

fn shown_before_press(asked: &[Asked]) -> Vec<&'static str> {
    shown_before(asked, press_at(asked).unwrap_or(asked.len()))
}

fn shown_before(asked: &[Asked], end: usize) -> Vec<&'static str> {
    asked[..end]
        .iter()
        .flat_map(|x| x.signs.iter().copied())
        .collect()
}

/// The screens that look for a danger of any of these regions.
fn danger_screens(c: &Content, regions: &[&str]) -> Vec<&'static str> {
    let mut out = Vec::new();
    let found = c
        .dangers
        .iter()
        .filter(|d| d.regions.iter().any(|r| regions.contains(&r)))
        .flat_map(|d| d.screens.iter().copied());
    for s in found {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// Every sign of these screens.
fn signs_of_screens(c: &Content, screens: &[&str]) -> Vec<&'static str> {
    screens
        .iter()
        .filter_map(|id| lookup::question(c, id))
        .flat_map(|q| q.signs.iter().copied())
        .collect()
}

fn sorted(mut v: Vec<&'static str>) -> Vec<&'static str> {
    v.sort_unstable();
    v.dedup();
    v
}
