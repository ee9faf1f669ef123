//! Checks the whole content for mistakes a reviewer could miss: broken
//! references, unreachable or unsafe paths, missing warning screens, links
//! outside the allow-list and wording that sounds like a diagnosis.
//!
//! The shipped content is validated by a native test, so bad content cannot
//! land, and its records again before every `trunk build`
//! (`src/bin/validate-content.rs`). Every error names the file, the record and
//! the problem. What the facts allow and require is in `policy.rs`; this file
//! and its other modules are the mechanism.

use super::answer::Answer;
use super::lookup;
use super::model::{Cond, Content, MapRole, OutcomeKind, Question, QuestionKind};
use super::spelling::Spelled;
use super::walk::walk;

mod invariants;
mod policy;
mod problem;
mod safety;

pub use policy::{says, wording_for, Wording, ALLOWED_URLS, GENERAL_SCREENS, NO_TOOL_REGIONS};
use policy::{wording, PSEUDO_LOCALES};
pub use problem::{Invariant, Problem};

pub const REGIONS: &str = "content/en/regions.toml";
pub const MUSCLES: &str = "content/en/muscles.toml";
pub const WARNINGS: &str = "content/en/warnings.toml";
pub const QUESTIONS: &str = "content/en/questions.toml";
pub const OUTCOMES: &str = "content/en/outcomes.toml";
pub const SOURCES: &str = "content/en/sources.toml";
pub const BODYMAP: &str = "content/en/bodymap.toml";
pub const SAFETY: &str = "content/en/safety.toml";

/// A deployer's own posts (`ARTICLES_FILE` or `content/articles.local.toml`,
/// see README.md), allowed because the deployer publishes them; the build
/// script (`build/articles.rs`) only lets https URLs through and never onto
/// the emergency screens.
const OWN_URLS: &[&str] = include!(concat!(env!("OUT_DIR"), "/own_urls.rs"));

/// Paths longer than this are a content bug (a path must end in an outcome
/// within a bounded number of steps).
pub const MAX_STEPS: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("{file}: `{id}` is defined more than once")]
    Duplicate { file: &'static str, id: String },
    #[error("{file}: `{id}` is not a valid id (use a-z, 0-9 and inner `-`)")]
    BadId { file: &'static str, id: String },
    #[error("{file}: `{record}` names `{target}` in `{field}`, which does not exist")]
    Dangling {
        file: &'static str,
        record: String,
        field: &'static str,
        target: String,
    },
    #[error("{file}: `{record}` has no {field}")]
    Missing {
        file: &'static str,
        record: String,
        field: &'static str,
    },
    #[error("{file}: `{record}`: {problem}")]
    Invalid {
        file: &'static str,
        record: String,
        problem: Problem,
    },
    #[error("content/en/questions.toml: `{record}` depends on `{target}`, which is not asked before it (a cycle or a forward reference)")]
    NotBefore { record: String, target: String },
    #[error("content/en/questions.toml: no path through the questions asks `{0}`")]
    Unreachable(String),
    #[error("content/en/outcomes.toml: no path through the questions ends in `{0}`")]
    Unreached(String),
    #[error("content/en/outcomes.toml: no rule matches the path {0}")]
    NoOutcome(String),
    #[error("content/en/questions.toml: the path {0} goes on for more than {MAX_STEPS} steps")]
    TooLong(String),
    #[error("content/en/outcomes.toml: the pattern outcome `{outcome}` is reached without the warning-sign screen `{screen}` ({path})")]
    PatternWithoutScreen {
        outcome: String,
        screen: String,
        path: String,
    },
    #[error("content/en/outcomes.toml: `{outcome}` is reached after the warning sign `{sign}` was ticked ({path})")]
    PatternPastWarning {
        outcome: String,
        sign: String,
        path: String,
    },
    #[error("content/en/safety.toml: the region `{0}` has no [[danger]] row and no [[calm]] row saying why it needs none")]
    NoSafetyRow(String),
    #[error("content/en/safety.toml: the region `{0}` has a [[calm]] row and a [[danger]] row (or two [[calm]] rows)")]
    CalmAndDanger(String),
    #[error("content/en/questions.toml: {rule} ({path})")]
    Unsafe { rule: Invariant, path: String },
    #[error(
        "content/en/sources.toml: article `{id}` links to {url}, which is not on the allow-list"
    )]
    ArticleNotAllowed { id: String, url: String },
    #[error(
        "the language `{0}` has no wording rules: add its words to src/engine/validate/policy.rs"
    )]
    NoWordingRules(&'static str),
    #[error("{file}: `{record}` says \"{phrase}\", which reads as a diagnosis or as reassurance")]
    Wording {
        file: &'static str,
        record: String,
        phrase: &'static str,
    },
}

/// Every problem found, in a stable order; empty when the content is sound.
pub fn validate(c: &Content) -> Vec<ContentError> {
    let mut v = records(c);
    if v.errors.is_empty() {
        v.paths();
    }
    v.errors
}

/// [`validate`] without the walk of every path: for checks of what a build
/// adds (a deployer's articles), which cannot change any path.
pub fn validate_records(c: &Content) -> Vec<ContentError> {
    records(c).errors
}

fn records(c: &Content) -> Validator<'_> {
    let mut v = Validator {
        c,
        errors: Vec::new(),
    };
    v.ids();
    v.references();
    v.questions();
    v.outcomes();
    v.muscles();
    v.articles();
    v.wording();
    v.screens();
    v.safety_table();
    v.gates();
    v.handoff();
    v.map();
    v
}

/// Only the checks of the safety table (fast: no walk), for tests that
/// mutate the table many times.
pub fn validate_safety_table(c: &Content) -> Vec<ContentError> {
    let mut v = Validator {
        c,
        errors: Vec::new(),
    };
    v.safety_table();
    v.errors
}

struct Validator<'a> {
    c: &'a Content,
    errors: Vec<ContentError>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Validator<'_> {
    fn err(&mut self, e: ContentError) {
        self.errors.push(e);
    }

    /// Explore hands its answers to the questions with these roles, so each
    /// exists exactly once: the pain map, the press map, and the press test
    /// (a single choice with the options explore offers, and only it has
    /// such options).
    fn handoff(&mut self) {
        let c = self.c;
        let count = |f: &dyn Fn(&Question) -> bool| c.questions.iter().filter(|q| f(q)).count();
        let roles: [(&str, usize); 3] = [
            ("`map = \"pain\"`", count(&|q| q.map == Some(MapRole::Pain))),
            (
                "`map = \"press\"`",
                count(&|q| q.map == Some(MapRole::Press)),
            ),
            ("`press_test`", count(&|q| q.press_test)),
        ];
        for (role, n) in roles {
            if n != 1 {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: role.into(),
                    problem: Problem::RoleCount(n),
                });
            }
        }
        for q in c.questions {
            let offers = q.options.iter().filter(|o| o.explore).count();
            let problem = if q.press_test && (q.kind != QuestionKind::Single || offers == 0) {
                Problem::PressTestShape
            } else if !q.press_test && offers > 0 {
                Problem::ExploreOptionElsewhere
            } else {
                continue;
            };
            self.err(ContentError::Invalid {
                file: QUESTIONS,
                record: q.id.into(),
                problem,
            });
        }
    }

    fn dangling(
        &mut self,
        file: &'static str,
        record: &str,
        field: &'static str,
        target: &str,
        exists: bool,
    ) {
        if !exists {
            self.err(ContentError::Dangling {
                file,
                record: record.into(),
                field,
                target: target.into(),
            });
        }
    }

    fn ids(&mut self) {
        let c = self.c;
        let sets: [(&'static str, Vec<&str>); 8] = [
            (REGIONS, c.regions.iter().map(|x| x.id).collect()),
            (MUSCLES, c.muscles.iter().map(|x| x.id).collect()),
            (WARNINGS, c.warnings.iter().map(|x| x.id).collect()),
            (QUESTIONS, c.questions.iter().map(|x| x.id).collect()),
            (OUTCOMES, c.outcomes.iter().map(|x| x.id).collect()),
            (OUTCOMES, c.rules.iter().map(|x| x.id).collect()),
            (SOURCES, c.sources.iter().map(|x| x.id).collect()),
            (SOURCES, c.articles.iter().map(|x| x.id).collect()),
        ];
        for (file, ids) in sets {
            for (i, id) in ids.iter().enumerate() {
                if !valid_id(id) {
                    self.err(ContentError::BadId {
                        file,
                        id: id.to_string(),
                    });
                }
                if ids[..i].contains(id) {
                    self.err(ContentError::Duplicate {
                        file,
                        id: id.to_string(),
                    });
                }
            }
        }
        for q in c.questions {
            let choices = lookup::choice_ids(c, q);
            for (i, id) in choices.iter().enumerate() {
                if choices[..i].contains(id) {
                    self.err(ContentError::Duplicate {
                        file: QUESTIONS,
                        id: format!("{}:{id}", q.id),
                    });
                }
                if q.kind == QuestionKind::Regions && lookup::region(c, id).is_some() {
                    self.err(ContentError::Invalid {
                        file: QUESTIONS,
                        record: q.id.into(),
                        problem: Problem::OptionIsRegion(id.to_string()),
                    });
                }
            }
        }
    }

    /// Every id named anywhere exists.
    fn references(&mut self) {
        let c = self.c;
        let src = |id: &str| c.sources.iter().any(|s| s.id == id);
        let art = |id: &str| lookup::article(c, id).is_some();
        for m in c.muscles {
            for r in m.tender.iter().chain(m.refers.iter().map(|r| r.region)) {
                self.dangling(MUSCLES, m.id, "regions", r, lookup::region(c, r).is_some());
            }
            for s in m.red_flags {
                self.dangling(MUSCLES, m.id, "red_flags", s, lookup::sign(c, s).is_some());
            }
            for s in m.sources {
                self.dangling(MUSCLES, m.id, "sources", s, src(s));
            }
        }
        for w in c.warnings {
            for s in w.sources {
                self.dangling(WARNINGS, w.id, "sources", s, src(s));
            }
            for a in w.articles {
                self.dangling(WARNINGS, w.id, "articles", a, art(a));
            }
        }
        for q in c.questions {
            for s in q.signs {
                self.dangling(QUESTIONS, q.id, "signs", s, lookup::sign(c, s).is_some());
            }
            for s in q.sources {
                self.dangling(QUESTIONS, q.id, "sources", s, src(s));
            }
            for o in q.options {
                if let Some(e) = o.ends {
                    // Only a warning stops the questions early.
                    let warning = lookup::outcome(c, e).is_some_and(|o| o.kind.is_warning());
                    self.dangling(QUESTIONS, q.id, "ends (a warning outcome)", e, warning);
                }
            }
        }
        for o in c.outcomes {
            for s in o.sources {
                self.dangling(OUTCOMES, o.id, "sources", s, src(s));
            }
            for a in o.articles {
                self.dangling(OUTCOMES, o.id, "articles", a, art(a));
            }
        }
        for r in c.rules {
            self.dangling(
                OUTCOMES,
                r.id,
                "outcome",
                r.outcome,
                lookup::outcome(c, r.outcome).is_some(),
            );
        }
        for s in c.sources {
            if let Some(a) = s.article {
                self.dangling(SOURCES, s.id, "article", a, art(a));
            }
        }
    }

    /// Conditions name earlier questions and real choices; every question
    /// offers a way out; screens have signs.
    fn questions(&mut self) {
        let c = self.c;
        if c.questions.is_empty() {
            self.err(ContentError::Missing {
                file: QUESTIONS,
                record: "(file)".into(),
                field: "questions",
            });
        }
        for (i, q) in c.questions.iter().enumerate() {
            if let Some(cond) = q.ask_if {
                self.condition(q.id, &cond, Some(i));
            }
            if !q.options.iter().any(|o| o.exclusive) {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: q.id.into(),
                    problem: Problem::NoWayOut,
                });
            }
            if q.kind == QuestionKind::Screen && q.signs.is_empty() {
                self.err(ContentError::Missing {
                    file: QUESTIONS,
                    record: q.id.into(),
                    field: "signs",
                });
            }
            if (q.kind == QuestionKind::Regions) != q.map.is_some() {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: q.id.into(),
                    problem: Problem::MapOnlyOnRegions,
                });
            }
            if q.why.trim().is_empty() {
                self.err(ContentError::Missing {
                    file: QUESTIONS,
                    record: q.id.into(),
                    field: "why",
                });
            }
        }
        for r in c.rules {
            if let Some(cond) = r.when {
                self.condition(r.id, &cond, None);
            }
        }
        if c.rules.last().is_some_and(|r| r.when.is_some()) || c.rules.is_empty() {
            self.err(ContentError::Invalid {
                file: OUTCOMES,
                record: "(rules)".into(),
                problem: Problem::LastRuleHasWhen,
            });
        }
    }

    /// Checks one condition; `before` is the position of the question it
    /// guards (it may only name questions before that one).
    fn condition(&mut self, record: &str, cond: &Cond, before: Option<usize>) {
        let c = self.c;
        let mut found = Vec::new();
        cond.for_each_atom(&mut |atom| {
            let (q, wanted): (&str, Vec<&str>) = match atom {
                Cond::Chose { question, option } => (question, vec![option]),
                Cond::AnyRegion { question, regions } => (question, regions.to_vec()),
                _ => return,
            };
            let Some(i) = lookup::question_index(c, q) else {
                found.push(ContentError::Dangling {
                    file: QUESTIONS,
                    record: record.into(),
                    field: "condition",
                    target: q.into(),
                });
                return;
            };
            if before.is_some_and(|b| i >= b) {
                found.push(ContentError::NotBefore {
                    record: record.into(),
                    target: q.into(),
                });
            }
            let question = &c.questions[i];
            let region_atom = matches!(atom, Cond::AnyRegion { .. });
            if region_atom && question.kind != QuestionKind::Regions {
                found.push(ContentError::Invalid {
                    file: QUESTIONS,
                    record: record.into(),
                    problem: Problem::RegionsOfNonRegionQuestion(q.to_string()),
                });
            }
            for w in wanted {
                let ok = if region_atom {
                    lookup::region(c, w).is_some()
                } else {
                    lookup::choice_ids(c, question).contains(&w)
                };
                if !ok {
                    found.push(ContentError::Dangling {
                        file: QUESTIONS,
                        record: record.into(),
                        field: "condition",
                        target: format!("{q}:{w}"),
                    });
                }
            }
        });
        self.errors.extend(found);
    }

    fn outcomes(&mut self) {
        let c = self.c;
        for &(k, _, _) in OutcomeKind::VARIANTS {
            let n = c.outcomes.iter().filter(|o| o.kind == k).count();
            let needs_one = matches!(
                k,
                OutcomeKind::Emergency | OutcomeKind::Urgent | OutcomeKind::SeeClinician
            );
            if n == 0 || (needs_one && n > 1) {
                self.err(ContentError::Invalid {
                    file: OUTCOMES,
                    record: format!("{k:?}"),
                    problem: Problem::OutcomeCount {
                        exactly_one: needs_one,
                        found: n,
                    },
                });
            }
        }
        for o in c.outcomes {
            if o.sources.is_empty() {
                self.err(ContentError::Missing {
                    file: OUTCOMES,
                    record: o.id.into(),
                    field: "sources",
                });
            }
            if o.kind.is_pattern()
                && wording().is_some_and(|w| !o.headline.contains(w.consistent_with))
            {
                self.err(ContentError::Invalid {
                    file: OUTCOMES,
                    record: o.id.into(),
                    problem: Problem::PatternHeadline,
                });
            }
        }
        for w in c.warnings {
            if w.sources.is_empty() {
                self.err(ContentError::Missing {
                    file: WARNINGS,
                    record: w.id.into(),
                    field: "sources",
                });
            }
            if lookup::outcome_of_kind(c, w.tier.outcome()).is_none() {
                self.err(ContentError::Invalid {
                    file: WARNINGS,
                    record: w.id.into(),
                    problem: Problem::TierWithoutOutcome,
                });
            }
        }
    }

    fn muscles(&mut self) {
        for m in self.c.muscles {
            let missing = [
                ("tender regions", m.tender.is_empty()),
                (
                    "main referral region",
                    !m.refers
                        .iter()
                        .any(|r| r.strength == super::model::Strength::Main),
                ),
                ("sources", m.sources.is_empty()),
                ("self-care", m.self_care.is_empty()),
                ("cautions", m.cautions.is_empty()),
            ];
            for (field, gone) in missing {
                if gone {
                    self.err(ContentError::Missing {
                        file: MUSCLES,
                        record: m.id.into(),
                        field,
                    });
                }
            }
            let risky = m.tender.iter().any(|t| NO_TOOL_REGIONS.contains(&t));
            if risky
                && wording().is_some_and(|w| {
                    !(m.cautions.iter()).any(|x| x.to_lowercase().contains(w.tool))
                })
            {
                self.err(ContentError::Invalid {
                    file: MUSCLES,
                    record: m.id.into(),
                    problem: Problem::NoToolCaution,
                });
            }
        }
    }

    fn articles(&mut self) {
        for a in self.c.articles {
            if !ALLOWED_URLS.contains(&a.url) && !OWN_URLS.contains(&a.url) {
                self.err(ContentError::ArticleNotAllowed {
                    id: a.id.into(),
                    url: a.url.into(),
                });
            }
        }
    }

    fn wording(&mut self) {
        let c = self.c;
        let mut texts: Vec<(&'static str, &str, &str)> = Vec::new();
        for o in c.outcomes {
            texts.extend(
                [o.headline, o.summary]
                    .iter()
                    .chain(o.next_steps)
                    .map(|t| (OUTCOMES, o.id, *t)),
            );
        }
        for m in c.muscles {
            let all = [m.refers_summary]
                .into_iter()
                .chain(m.symptoms.iter())
                .chain(m.self_care.iter());
            texts.extend(all.map(|t| (MUSCLES, m.id, t)));
        }
        for q in c.questions {
            texts.extend([(QUESTIONS, q.id, q.prompt), (QUESTIONS, q.id, q.why)]);
        }
        // Warning signs, cautions and look-alikes may least of all reassure.
        for w in c.warnings {
            texts.extend([(WARNINGS, w.id, w.label), (WARNINGS, w.id, w.reason)]);
        }
        for m in c.muscles {
            let all = m.cautions.iter().chain(m.look_alikes.iter());
            texts.extend(all.map(|t| (MUSCLES, m.id, t)));
        }
        for r in c.rules {
            texts.push((OUTCOMES, r.id, r.because));
        }
        // And what is read before anyone presses: the spots' and the
        // questions' cautions, and every choice.
        for s in c.spots {
            texts.extend(s.caution.map(|t| (SAFETY, s.region, t)));
        }
        for q in c.questions {
            texts.extend(q.caution.map(|t| (QUESTIONS, q.id, t)));
            for o in q.options {
                texts.push((QUESTIONS, q.id, o.label));
                texts.extend(o.note.map(|t| (QUESTIONS, q.id, t)));
            }
        }
        let code = crate::ui::language::CODE;
        if wording().is_none() && !PSEUDO_LOCALES.contains(&code) {
            self.err(ContentError::NoWordingRules(code));
        }
        for (file, record, text) in texts {
            let forbidden = wording().map_or(&[][..], |w| w.forbidden);
            if let Some(phrase) = forbidden.iter().find(|p| says(text, p)) {
                self.err(ContentError::Wording {
                    file,
                    record: record.into(),
                    phrase,
                });
            }
        }
    }

    /// Every region is drawn on its view, once per side, and every shape
    /// belongs to a region.
    fn map(&mut self) {
        let c = self.c;
        // Path data goes into the page as an attribute: only what SVG path
        // data is made of, so no drawing can carry markup or a URL.
        let drawn = [
            ("front".to_string(), c.map.front),
            ("back".to_string(), c.map.back),
        ];
        let shapes = c
            .map
            .shapes
            .iter()
            .map(|s| (format!("{}/{:?}", s.region, s.side), s.d));
        for (record, d) in drawn.into_iter().chain(shapes) {
            if !d
                .bytes()
                .all(|b| b"MmLlHhVvCcSsQqTtAaZz0123456789.,-+eE \n".contains(&b))
            {
                self.err(ContentError::Invalid {
                    file: BODYMAP,
                    record,
                    problem: Problem::PathData,
                });
            }
        }
        for sh in c.map.shapes {
            self.dangling(
                BODYMAP,
                sh.region,
                "region",
                sh.region,
                lookup::region(c, sh.region).is_some(),
            );
        }
        for r in c.regions {
            for side in r.sides() {
                let n = c
                    .map
                    .shapes
                    .iter()
                    .filter(|s| s.region == r.id && s.side == *side && s.view == r.view)
                    .count();
                if n != 1 {
                    self.err(ContentError::Invalid {
                        file: BODYMAP,
                        record: r.id.into(),
                        problem: Problem::ShapeCount {
                            side: *side,
                            view: r.view,
                            found: n,
                        },
                    });
                }
            }
        }
    }

    /// The general screens exist; every screen offers "not sure" that never
    /// lowers the tier.
    fn screens(&mut self) {
        let c = self.c;
        for g in GENERAL_SCREENS {
            let ok = lookup::question(c, g).is_some_and(|q| {
                q.kind == QuestionKind::Screen && q.ask_if.is_none() && !q.by_region
            });
            if !ok {
                self.err(ContentError::Missing {
                    file: QUESTIONS,
                    record: g.to_string(),
                    field: "general warning screen",
                });
            }
        }
        for q in c
            .questions
            .iter()
            .filter(|q| q.kind == QuestionKind::Screen)
        {
            if !q.options.iter().any(|o| o.unsure && o.exclusive) {
                self.err(ContentError::Invalid {
                    file: QUESTIONS,
                    record: q.id.into(),
                    problem: Problem::ScreenWithoutUnsure,
                });
            }
        }
    }

    /// Walks every path: each ends in an outcome; each question and outcome is
    /// reached; no pattern outcome comes without the general screens or after
    /// a ticked sign.
    fn paths(&mut self) {
        let c = self.c;
        let mut reached = vec![false; c.outcomes.len()];
        let mut found = Vec::new();
        let result = walk(c, MAX_STEPS, &invariants::Obligations(c), &mut |s, a| {
            let path = describe(s.answers());
            let Some(a) = a else {
                found.push(ContentError::NoOutcome(path));
                return;
            };
            if let Some(i) = c.outcomes.iter().position(|o| o.id == a.outcome.id) {
                reached[i] = true;
            }
            if !a.outcome.kind.is_warning() {
                if let Some(sign) = a.signs.first() {
                    found.push(ContentError::PatternPastWarning {
                        outcome: a.outcome.id.into(),
                        sign: sign.id.into(),
                        path: path.clone(),
                    });
                }
            }
            found.extend(invariants::check(c, s, a, &path));
            if a.outcome.kind.is_pattern() {
                for g in GENERAL_SCREENS {
                    if s.answer(g).is_none() {
                        found.push(ContentError::PatternWithoutScreen {
                            outcome: a.outcome.id.into(),
                            screen: g.to_string(),
                            path: path.clone(),
                        });
                    }
                }
            }
        });
        let asked = match result {
            Ok(stats) => stats.asked,
            Err(s) => {
                found.push(ContentError::TooLong(describe(s.answers())));
                Vec::new()
            }
        };
        found.truncate(20);
        self.errors.extend(found);
        if self.errors.is_empty() {
            for q in c.questions.iter().filter(|q| !asked.contains(&q.id)) {
                self.err(ContentError::Unreachable(q.id.into()));
            }
            for (o, _) in c.outcomes.iter().zip(&reached).filter(|(_, r)| !**r) {
                self.err(ContentError::Unreached(o.id.into()));
            }
        }
    }
}

/// A path in the codec's form, short enough for an error message.
fn describe(answers: &[(&'static str, Answer)]) -> String {
    let parts: Vec<String> = answers
        .iter()
        .map(|(q, a)| match a {
            Answer::Options(o) => format!("{q}={}", o.join(",")),
            Answer::Regions(r) => format!(
                "{q}={}",
                r.iter()
                    .map(|x| x.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            ),
        })
        .collect();
    parts.join(" ")
}
