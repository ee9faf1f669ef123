//! Checks of the safety table (`content/en/safety.toml`) and of where the
//! region screens it derives are asked.

use super::{ContentError, Problem, Validator, QUESTIONS, SAFETY};
use crate::engine::lookup;
use crate::engine::model::{Gate, MapRole, QuestionKind};

impl Validator<'_> {
    /// Every danger row names real regions, screens and sources; every
    /// region is covered by a danger row or has exactly one calm row; every
    /// region screen is named by some danger.
    pub(super) fn safety_table(&mut self) {
        let c = self.c;
        let src = |id: &str| c.sources.iter().any(|s| s.id == id);
        let region = |id: &str| lookup::region(c, id).is_some();
        for (i, d) in c.dangers.iter().enumerate() {
            if c.dangers[..i].iter().any(|x| x.id == d.id) {
                self.err(ContentError::Duplicate {
                    file: SAFETY,
                    id: d.id.into(),
                });
            }
            for (field, empty) in [
                ("regions", d.regions.is_empty()),
                ("screens", d.screens.is_empty()),
                ("sources", d.sources.is_empty()),
            ] {
                if empty {
                    self.err(ContentError::Missing {
                        file: SAFETY,
                        record: d.id.into(),
                        field,
                    });
                }
            }
            for r in d.regions {
                self.dangling(SAFETY, d.id, "regions", r, region(r));
            }
            for s in d.screens {
                let ok = lookup::question(c, s).is_some_and(|q| {
                    q.kind == QuestionKind::Screen && (q.by_region || q.ask_if.is_none())
                });
                self.dangling(SAFETY, d.id, "screens", s, ok);
            }
            for s in d.sources {
                self.dangling(SAFETY, d.id, "sources", s, src(s));
            }
        }
        for k in c.calm {
            self.dangling(SAFETY, k.region, "region", k.region, region(k.region));
            if k.reason.trim().is_empty() || k.sources.is_empty() {
                self.err(ContentError::Missing {
                    file: SAFETY,
                    record: k.region.into(),
                    field: "reason and sources",
                });
            }
            for s in k.sources {
                self.dangling(SAFETY, k.region, "sources", s, src(s));
            }
        }
        for r in c.regions {
            let dangers = c
                .dangers
                .iter()
                .filter(|d| d.regions.contains(r.id))
                .count();
            let calm = c.calm.iter().filter(|k| k.region == r.id).count();
            match (dangers, calm) {
                (0, 0) => self.err(ContentError::NoSafetyRow(r.id.into())),
                (0, 1) | (_, 0) => {}
                _ => self.err(ContentError::CalmAndDanger(r.id.into())),
            }
        }
        for (i, sp) in c.spots.iter().enumerate() {
            self.dangling(SAFETY, sp.region, "region", sp.region, region(sp.region));
            if c.spots[..i].iter().any(|x| x.region == sp.region) {
                self.err(ContentError::Duplicate {
                    file: SAFETY,
                    id: format!("spot {}", sp.region),
                });
            }
            if sp.sources.is_empty() || (sp.no_press && sp.caution.is_none()) {
                self.err(ContentError::Missing {
                    file: SAFETY,
                    record: sp.region.into(),
                    field: "sources, and a caution saying why it must not be pressed",
                });
            }
            for s in sp.sources {
                self.dangling(SAFETY, sp.region, "sources", s, src(s));
            }
        }
        for q in c.questions.iter().filter(|q| q.by_region) {
            let named = c.dangers.iter().any(|d| d.screens.contains(&q.id));
            if q.kind != QuestionKind::Screen || q.ask_if.is_some() || q.gate.is_some() || !named {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: q.id.into(),
                    problem: Problem::RegionScreenShape,
                });
            }
        }
    }

    /// Gates come after the region questions they read, and the press
    /// question (the one showing spot cautions) after a "named" gate.
    pub(super) fn gates(&mut self) {
        let c = self.c;
        let last = |roles: &[MapRole]| {
            c.questions
                .iter()
                .rposition(|q| q.map.is_some_and(|m| roles.contains(&m)))
        };
        let needs = |gate: Gate| match gate {
            Gate::Named => last(&[MapRole::Pain, MapRole::Press]),
            Gate::All => last(&[MapRole::Pain, MapRole::Press, MapRole::Spread]),
        };
        let mut named_at = None;
        for (i, q) in c.questions.iter().enumerate() {
            if let Some(g) = q.gate {
                if needs(g).is_some_and(|n| n >= i) {
                    self.err(ContentError::Invalid {
                        file: QUESTIONS,
                        record: q.id.into(),
                        problem: Problem::GateBeforeRegions(g),
                    });
                }
                named_at = named_at.or(Some(i));
            }
            if q.spot_cautions && named_at.is_none() {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: q.id.into(),
                    problem: Problem::PressBeforeGate,
                });
            }
        }
    }
}
