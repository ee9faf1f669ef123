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

use super::ContentError;
use crate::engine::assess::tier_outcome;
use crate::engine::model::{Content, MapRole, OutcomeKind, QuestionKind, Strength, Tier};
use crate::engine::{lookup, Assessment, Session};

/// Every broken invariant on one finished path.
pub(super) fn check(
    c: &Content,
    s: &Session,
    a: &Assessment,
    path: &str,
) -> Vec<ContentError> {
    let asked = s.asked(c);
    let mut found = Vec::new();
    let mut fail = |rule| {
        found.push(ContentError::Unsafe {
            rule,
            path: path.into(),
        })
    };
    let regions = |roles: &[MapRole]| -> Vec<&'static str> {
        s.answers()
            .iter()
            .filter(|(q, _)| {
                lookup::question_index(c, q)
                    .is_some_and(|i| c.questions[i].map.is_some_and(|m| roles.contains(&m)))
            })
            .flat_map(|(_, a)| a.regions().iter().map(|x| x.region))
            .collect()
    };
    let shown_before = |end: usize| -> Vec<&'static str> {
        asked[..end].iter().flat_map(|x| x.signs.iter().copied()).collect()
    };

    // (a)
    let named = regions(&[MapRole::Pain, MapRole::Press]);
    if let Some(p) = asked.iter().position(|x| x.question.spot_cautions) {
        if !covered(c, &named, &shown_before(p)) {
            fail("(a) a press question comes before every warning sign of the regions named for pain and the tender spot");
        }
    }
    // (b)
    if a.outcome.kind.is_pattern() || !a.candidates.is_empty() {
        let mut zones = regions(&[MapRole::Spread]);
        zones.extend(a.candidates.iter().flat_map(|k| {
            k.muscle
                .refers
                .iter()
                .filter(|r| r.strength == Strength::Main)
                .map(|r| r.region)
        }));
        if !covered(c, &zones, &shown_before(asked.len())) {
            fail("(b) a result lists muscles before every warning sign of the spread regions and of their main zones");
        }
    }
    // (c) and (d)
    let severity = |k: OutcomeKind| match k {
        OutcomeKind::Emergency => 3,
        OutcomeKind::Urgent => 2,
        OutcomeKind::SeeClinician => 1,
        _ => 0,
    };
    let tier = |t: Tier| severity(tier_outcome(t));
    let reached = severity(a.outcome.kind);
    for x in asked.iter().filter(|x| x.question.kind == QuestionKind::Screen) {
        let Some(answer) = s.answer(x.question.id) else {
            continue;
        };
        let unsure = x.question.options.iter().any(|o| o.unsure && answer.chose(o.id));
        if unsure && a.outcome.kind.is_pattern() {
            fail("(c) a pattern follows \"not sure\" on a screen");
        }
        let worst = x
            .signs
            .iter()
            .filter(|id| unsure || answer.chose(id))
            .filter_map(|id| lookup::sign(c, id))
            .map(|w| tier(w.tier))
            .max()
            .unwrap_or(0);
        if reached < worst {
            fail("(d) a ticked sign or \"not sure\" ends below its tier");
        }
    }
    found
}

/// Whether every sign of every screen that looks for a danger of these
/// regions is among `shown`.
fn covered(c: &Content, regions: &[&str], shown: &[&str]) -> bool {
    c.dangers
        .iter()
        .filter(|d| d.regions.iter().any(|r| regions.contains(r)))
        .flat_map(|d| d.screens.iter())
        .filter_map(|id| lookup::question_index(c, id))
        .flat_map(|i| c.questions[i].signs.iter())
        .all(|sign| shown.contains(sign))
}
