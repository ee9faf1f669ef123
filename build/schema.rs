//! The records of `content/en/*.toml`, as serde reads them.
//!
//! Each record has the name and the fields of its `engine::model` type, so
//! this file reads like the model; a field's type here says how the file
//! spells it (`List` for a list the model joins, `Native` for a field only
//! native builds have, the model's own enums for their words). The files'
//! headers explain what each field means.

use crate::emit::{records, Lines, List, Lit, Native};
use crate::spelling::{Gate, LumpSite, MapRole, OutcomeKind, QuestionKind, Side, Tier, View};
use serde::{de::Error as _, Deserialize, Deserializer};

/// Declares [`Content`], one table per kind of record, and how the tables
/// of the files add up, so that a new kind of record is one line here.
macro_rules! tables {
    ($($table:ident: $record:ident,)+) => {
        /// Every record of the files, merged: each file fills the tables it has.
        #[derive(Deserialize, Default)]
        #[serde(default, deny_unknown_fields)]
        pub struct Content {
            $(pub $table: Vec<$record>,)+
            /// The silhouettes (`[view.front]` and `[view.back]`).
            pub view: Option<Views>,
        }

        impl Content {
            /// Adds the records of one more file.
            pub fn absorb(&mut self, o: Content) {
                $(self.$table.extend(o.$table);)+
                self.view = self.view.take().or(o.view);
            }
        }
    };
}

tables! {
    region: Region,
    muscle: Muscle,
    sign: WarningSign,
    question: Question,
    outcome: Outcome,
    rule: Rule,
    source: Source,
    article: Article,
    shape: Shape,
    danger: Danger,
    calm: Calm,
    spot: Spot,
}

impl Content {
    /// Rewrites the conditions that read the safety table's spots
    /// (`no_press`, `lump_at`) as the regions those spots name, so that
    /// those lists of regions are written once, in the safety table.
    pub fn resolve_spots(&mut self) {
        let conds = (self.question.iter_mut()).filter_map(|q| q.ask_if.as_mut());
        let conds = conds.chain(self.rule.iter_mut().filter_map(|r| r.when.as_mut()));
        for c in conds {
            c.resolve(&self.spot);
        }
    }
}

impl Lit for Content {
    fn lit(&self) -> String {
        let views = self.view.as_ref().expect(
            "content/en/bodymap.toml: the [view.front] and [view.back] outlines are missing",
        );
        let map = format!(
            "M::BodyMap {{ front: {}, back: {}, shapes: {}}}",
            views.front.outline.lit(),
            views.back.outline.lit(),
            Lines(&self.shape).lit()
        );
        let fields = [
            Lines(&self.region).field("regions"),
            Lines(&self.muscle).field("muscles"),
            Lines(&self.sign).field("warnings"),
            Lines(&self.question).field("questions"),
            Lines(&self.outcome).field("outcomes"),
            Lines(&self.rule).field("rules"),
            Lines(&self.source).field("sources"),
            Lines(&self.article).field("articles"),
            format!("map: {map}, "),
            Lines(&self.danger).field("dangers"),
            // Calm rows only serve validation and docs/safety.md.
            Native(Lines(&self.calm)).field("calm"),
            Lines(&self.spot).field("spots"),
        ];
        format!(
            "{{ use crate::engine::model as M;\nM::Content {{\n{}\n}} }}\n",
            fields.join("\n")
        )
    }
}

records! {
    /// A body region (`content/en/regions.toml`).
    struct Region {
        id: String,
        label: String,
        group: String,
        view: View,
        paired: bool,
        #[serde(default)]
        aliases: List,
        left: Option<String>,
        right: Option<String>,
    }

    /// A muscle (`content/en/muscles.toml`).
    struct Muscle {
        id: String,
        name: String,
        #[serde(default)]
        aka: Native<List>,
        #[serde(default)]
        search: Native<List>,
        refers_summary: Native<String>,
        tender: List,
        refers: Refers,
        symptoms: Native<List>,
        look_alikes: List,
        red_flags: List,
        self_care: Native<List>,
        cautions: List,
        sources: List,
    }

    /// A warning sign (`[[sign]]` in `content/en/warnings.toml`).
    struct WarningSign {
        id: String,
        tier: Tier,
        label: String,
        reason: String,
        sources: Native<Vec<String>>,
        #[serde(default)]
        articles: Vec<String>,
    }

    /// A question (`content/en/questions.toml`).
    struct Question {
        id: String,
        kind: QuestionKind,
        prompt: String,
        why: String,
        caution: Option<String>,
        #[serde(default)]
        options: Vec<AnswerOption>,
        #[serde(default)]
        signs: Vec<String>,
        map: Option<MapRole>,
        ask_if: Option<Cond>,
        #[serde(default)]
        by_region: bool,
        gate: Option<Gate>,
        #[serde(default)]
        spot_cautions: bool,
        #[serde(default)]
        press_test: bool,
        #[serde(default)]
        sources: Native<Vec<String>>,
    }

    /// One option of a question.
    struct AnswerOption {
        id: String,
        label: String,
        ends: Option<String>,
        #[serde(default)]
        exclusive: bool,
        #[serde(default)]
        unsure: bool,
        #[serde(default)]
        lists_no_muscles: bool,
        #[serde(default)]
        explore: bool,
        note: Option<String>,
    }

    /// A result (`content/en/outcomes.toml`).
    struct Outcome {
        id: String,
        kind: OutcomeKind,
        headline: String,
        summary: String,
        next_steps: Vec<String>,
        sources: Native<Vec<String>>,
        #[serde(default)]
        articles: Vec<String>,
    }

    /// A rule that picks the outcome (`content/en/outcomes.toml`).
    struct Rule {
        id: String,
        outcome: String,
        when: Option<Cond>,
        because: String,
    }

    /// A source (`content/en/sources.toml`); the app fetches its citation.
    struct Source {
        id: String,
        citation: Native<String>,
        article: Option<String>,
    }

    /// An allow-listed article (`content/en/sources.toml`).
    struct Article {
        id: String,
        title: String,
        publisher: String,
        url: String,
    }

    /// Where a region is drawn on one side (`content/en/bodymap.toml`).
    struct Shape {
        region: String,
        view: View,
        side: Side,
        d: String,
    }

    /// A dangerous look-alike of the safety table (`content/en/safety.toml`).
    struct Danger {
        id: String,
        name: Native<String>,
        regions: List,
        screens: Vec<String>,
        sources: Native<Vec<String>>,
    }

    /// A region no danger row names, and why (`content/en/safety.toml`).
    struct Calm {
        region: String,
        reason: String,
        sources: Vec<String>,
    }

    /// How to press, or not, in a region (`content/en/safety.toml`).
    struct Spot {
        region: String,
        caution: Option<String>,
        #[serde(default)]
        no_press: bool,
        lump: Option<LumpSite>,
        sources: Native<Vec<String>>,
    }
}

/// A muscle's referral zones, written as a table of its strengths and
/// compiled as one list of `M::Referral`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Refers {
    pub main: Vec<String>,
    #[serde(default)]
    pub spill: Vec<String>,
}

impl Lit for Refers {
    fn lit(&self) -> String {
        let zones = [("Main", &self.main), ("Spill", &self.spill)];
        let all: Vec<String> = (zones.iter())
            .flat_map(|(strength, regions)| {
                regions.iter().map(move |r| {
                    let region = r.lit();
                    format!("M::Referral {{ region: {region}, strength: M::Strength::{strength} }}")
                })
            })
            .collect();
        format!("&[{}]", all.join(", "))
    }
}

/// The silhouettes of `content/en/bodymap.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Views {
    pub front: Outline,
    pub back: Outline,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outline {
    pub outline: String,
}

/// A condition, written in TOML as a one-key table:
/// `{ chose = "question:option" }`, `{ any_region = { question = "q", regions = [..] } }`,
/// `{ all = [..] }`, `{ any = [..] }` or `{ not = {..} }`; and two that
/// read the safety table's spots, so no other file lists those regions:
/// `{ no_press = "q" }` (the answer to `q` names a spot where pressing is
/// unsafe) and `{ lump_at = { question = "q", site = "breast" } }`.
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    Chose(Chosen),
    AnyRegion {
        question: String,
        regions: Vec<String>,
    },
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
    NoPress(String),
    LumpAt {
        question: String,
        site: LumpSite,
    },
}

impl Cond {
    /// See [`Content::resolve_spots`].
    fn resolve(&mut self, spots: &[Spot]) {
        let regions = |keep: &dyn Fn(&Spot) -> bool| -> Vec<String> {
            let kept = spots.iter().filter(|s| keep(s));
            kept.map(|s| s.region.clone()).collect()
        };
        match self {
            Cond::All(v) | Cond::Any(v) => v.iter_mut().for_each(|c| c.resolve(spots)),
            Cond::Not(c) => c.resolve(spots),
            Cond::Chose(_) | Cond::AnyRegion { .. } => {}
            Cond::NoPress(question) => {
                let question = std::mem::take(question);
                let regions = regions(&|s| s.no_press);
                *self = Cond::AnyRegion { question, regions };
            }
            Cond::LumpAt { question, site } => {
                let (question, site) = (std::mem::take(question), *site);
                let regions = regions(&|s| s.lump == Some(site));
                *self = Cond::AnyRegion { question, regions };
            }
        }
    }
}

impl Lit for Cond {
    fn lit(&self) -> String {
        match self {
            Cond::Chose(Chosen { question, option }) => format!(
                "M::Cond::Chose {{ question: {}, option: {} }}",
                question.lit(),
                option.lit()
            ),
            Cond::AnyRegion { question, regions } => format!(
                "M::Cond::AnyRegion {{ question: {}, regions: {} }}",
                question.lit(),
                regions.lit()
            ),
            Cond::All(v) => format!("M::Cond::All({})", v.lit()),
            Cond::Any(v) => format!("M::Cond::Any({})", v.lit()),
            Cond::Not(c) => format!("M::Cond::Not(&{})", c.lit()),
            Cond::NoPress(_) | Cond::LumpAt { .. } => {
                unreachable!("Content::resolve_spots rewrites the spots' conditions first")
            }
        }
    }
}

/// `"question:option"`: the answer to the question includes the option.
pub struct Chosen {
    question: String,
    option: String,
}

impl<'de> Deserialize<'de> for Chosen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        match s.split_once(':') {
            Some((q, o)) => Ok(Chosen {
                question: q.into(),
                option: o.into(),
            }),
            None => Err(D::Error::custom(format!(
                "`chose = {s:?}` needs \"question:option\""
            ))),
        }
    }
}
