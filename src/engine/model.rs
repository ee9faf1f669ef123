//! The shape of the explorer's knowledge.
//!
//! Everything here is `'static`: the build script (`build/`) turns the TOML
//! files under `content/` into Rust statics of these types, so the app pays
//! no parsing cost at start-up and carries no TOML or JSON parser in its
//! wasm. References between records stay as string ids (as written in the
//! files) so that [`super::validate`] can name a dangling id, its file and
//! its record.
//!
//! Source citations of warning signs, questions and outcomes exist only in
//! native builds: they are for validation and review, and no screen shows
//! them. Muscles keep theirs, with the citation table: explore's muscle
//! pages list them.
//!
//! The enums the files name with a word (a tier, an outcome kind, a side…)
//! are declared with their words in [`super::spelling`], which the build
//! script compiles too; their methods are here.

pub use super::spelling::{Gate, LumpSite, MapRole, OutcomeKind, QuestionKind, Side, Tier, View};

/// All content, as one value the engine reasons over.
#[derive(Debug, Clone, Copy)]
pub struct Content {
    pub regions: &'static [Region],
    pub muscles: &'static [Muscle],
    pub warnings: &'static [WarningSign],
    pub questions: &'static [Question],
    pub outcomes: &'static [Outcome],
    pub rules: &'static [Rule],
    /// Source citations, listed on explore's muscle pages.
    pub sources: &'static [Source],
    pub articles: &'static [Article],
    pub map: BodyMap,
    /// The safety table (`content/en/safety.toml`): every region-derived
    /// warning screen comes from here, see [`super::safety`].
    pub dangers: &'static [Danger],
    /// Regions with no danger row, each with the reason (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub calm: &'static [Calm],
    /// How to press, or not, in a region.
    pub spots: &'static [Spot],
}

/// A dangerous look-alike: where it can show and which screens look for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Danger {
    pub id: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub name: &'static str,
    pub regions: List,
    /// Screen question ids whose signs look for it.
    pub screens: &'static [&'static str],
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
}

/// A region that no danger row names, and why that is safe.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Calm {
    pub region: &'static str,
    pub reason: &'static str,
    pub sources: &'static [&'static str],
}

/// How to press in one region (§3.5, §3.6 E).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub region: &'static str,
    /// Shown with the press question, before anyone presses there.
    pub caution: Option<&'static str>,
    /// Pressing here is not safe at all: the press test is skipped.
    pub no_press: bool,
    pub lump: Option<LumpSite>,
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
}

/// The body drawing: a silhouette per view and one shape per region and side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyMap {
    /// SVG path data of the silhouettes, in a `0 0 200 440` frame.
    pub front: &'static str,
    pub back: &'static str,
    pub shapes: &'static [Shape],
}

/// Where one region (on one side) is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub region: &'static str,
    pub view: View,
    pub side: Side,
    /// SVG path data.
    pub d: &'static str,
}

impl Side {
    /// Suffix used in ids of paired regions ("temple-l").
    pub fn suffix(self) -> &'static str {
        match self {
            Side::Left => "-l",
            Side::Right => "-r",
            Side::Centre => "",
        }
    }

    /// The opposite side (the midline is its own opposite).
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
            Side::Centre => Side::Centre,
        }
    }
}

/// A named area of the body. Paired regions exist on the left and the right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub id: &'static str,
    pub label: &'static str,
    /// Body part the region is listed under in the plain list ("Head and face").
    pub group: &'static str,
    pub view: View,
    pub paired: bool,
    /// Other words people use for it, for search ("sciatica" is not one: that
    /// belongs to muscles' symptoms).
    pub aliases: List,
    /// A paired region's name with its side, where a translation says it
    /// in full ("Sien izquierda"): a language that agrees or places the
    /// side word cannot use one pattern for every region. English leaves
    /// them out and uses `ui::areas`.
    pub left: Option<&'static str>,
    pub right: Option<&'static str>,
}

impl Region {
    /// The sides it can be picked on: left and right, or the midline.
    pub fn sides(&self) -> &'static [Side] {
        if self.paired {
            &[Side::Left, Side::Right]
        } else {
            &[Side::Centre]
        }
    }

    /// `side` if it is paired, else the midline.
    pub fn on(&self, side: Side) -> Side {
        if self.paired {
            side
        } else {
            Side::Centre
        }
    }
}

/// How strongly a referral zone belongs to a muscle's usual pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    /// Spill-over: sometimes, or more faintly.
    Spill,
    /// The main zone of the commonly described pattern.
    Main,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Referral {
    pub region: &'static str,
    pub strength: Strength,
}

/// Several short texts stored as one, one per line. Compiled content keeps a
/// muscle's lists this way: one pointer each in the wasm instead of one per
/// item, which keeps 51 muscles inside the first-load budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct List(pub &'static str);

/// A list's items, in order.
pub type Items = std::str::SplitTerminator<'static, char>;

impl IntoIterator for List {
    type Item = &'static str;
    type IntoIter = Items;

    fn into_iter(self) -> Items {
        // An empty list is "", which has no items.
        self.0.split_terminator('\n')
    }
}

impl List {
    /// The items, in order.
    pub fn iter(self) -> Items {
        self.into_iter()
    }

    pub fn is_empty(self) -> bool {
        self.0.is_empty()
    }

    pub fn len(self) -> usize {
        self.iter().count()
    }

    pub fn contains(self, item: &str) -> bool {
        self.iter().any(|s| s == item)
    }

    /// The items as a vector, for code that wants a slice.
    pub fn to_vec(self) -> Vec<&'static str> {
        self.iter().collect()
    }
}

/// A muscle with its commonly described tender spot and referral zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Muscle {
    pub id: &'static str,
    pub name: &'static str,
    /// Other names, shown as "Also called". Native only, like the fields
    /// below marked so: only explore, cards and muscle pages use them, so
    /// the app fetches them with the details file (`explore::details_file`)
    /// and the first load does without them (room for every language
    /// within the size cap).
    #[cfg(not(target_arch = "wasm32"))]
    pub aka: List,
    /// Words people search with that are not its names ("tennis elbow",
    /// "heel"): found by search, never shown as a name. Native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub search: List,
    /// Plain one-line summary of where it refers ("Refers to the temple and
    /// behind the eye"). Native only.
    #[cfg(not(target_arch = "wasm32"))]
    pub refers_summary: &'static str,
    /// Regions where its tender spot usually lies.
    pub tender: List,
    pub refers: &'static [Referral],
    /// What the pattern is often described with. Native only (see above).
    #[cfg(not(target_arch = "wasm32"))]
    pub symptoms: List,
    pub look_alikes: List,
    /// Warning signs (ids) to see a clinician for, shown with their tier;
    /// never listed among the symptoms, where they would read as usual.
    pub red_flags: List,
    /// Native only (see above).
    #[cfg(not(target_arch = "wasm32"))]
    pub self_care: List,
    pub cautions: List,
    pub sources: List,
}

impl Tier {
    /// The outcome a warning sign of this tier leads to.
    pub fn outcome(self) -> OutcomeKind {
        match self {
            Tier::Emergency => OutcomeKind::Emergency,
            Tier::Urgent => OutcomeKind::Urgent,
            Tier::Routine => OutcomeKind::SeeClinician,
        }
    }
}

/// One warning sign, worded as a checklist item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarningSign {
    pub id: &'static str,
    pub tier: Tier,
    pub label: &'static str,
    /// What it may point to, in plain words, shown on the result.
    pub reason: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
    pub articles: &'static [&'static str],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerOption {
    pub id: &'static str,
    pub label: &'static str,
    /// Choosing it ends the questions with this outcome (a warning sign).
    pub ends: Option<&'static str>,
    /// Cannot be combined with other choices ("none of these", "not sure").
    pub exclusive: bool,
    /// "Not sure" on a screen: ends at the worst tier among the signs the
    /// screen showed (never lower, clinical-facts.md §3.6 D).
    pub unsure: bool,
    /// Choosing it rules out any result that lists muscles (a lump), so the
    /// screens of muscles' zones are not asked; the walk's invariant (b)
    /// proves the claim.
    pub lists_no_muscles: bool,
    /// Offered on the press test's hand-off in explore ("does it spread
    /// there when you press?").
    pub explore: bool,
    /// Shown on the result when chosen (e.g. "book an appointment, since it
    /// has lasted for weeks"), whatever the outcome.
    pub note: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub kind: QuestionKind,
    pub prompt: &'static str,
    /// The short "why we ask this".
    pub why: &'static str,
    /// A safety line shown with the question itself, not behind a tap.
    pub caution: Option<&'static str>,
    pub options: &'static [AnswerOption],
    /// For screens: the warning signs listed, each becoming an option that
    /// ends with its tier's outcome.
    pub signs: &'static [&'static str],
    /// For region questions: what the chosen regions mean to the engine.
    pub map: Option<MapRole>,
    /// Asked only when this holds; refers to earlier questions only.
    pub ask_if: Option<Cond>,
    /// A screen placed by the safety table rather than by its position: it
    /// is asked at the first gate that finds it due (see [`Gate`]).
    pub by_region: bool,
    /// The region screens due by this point are asked just before this
    /// question, whether or not it applies itself.
    pub gate: Option<Gate>,
    /// Shows the safety table's cautions for the pressed spots (the press
    /// question, and the note that skips it where pressing is unsafe).
    pub spot_cautions: bool,
    /// The press test itself, which explore's press view hands its answer
    /// to (exactly one question).
    pub press_test: bool,
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
}

/// A condition over earlier answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cond {
    /// The answer to `question` includes `option`.
    Chose {
        question: &'static str,
        option: &'static str,
    },
    /// The answer to `question` includes a region whose id is in `regions`.
    AnyRegion {
        question: &'static str,
        regions: &'static [&'static str],
    },
    All(&'static [Cond]),
    Any(&'static [Cond]),
    Not(&'static Cond),
}

impl OutcomeKind {
    /// Pattern outcomes talk about muscles and self-care; they must never be
    /// reached past a warning sign.
    pub fn is_pattern(self) -> bool {
        matches!(self, Self::Referred | Self::Local)
    }

    /// Outcomes beside which muscles may be named: the patterns, and the
    /// unclear result. Never beside a warning, a lump, a nerve or a joint,
    /// where muscle self-care would point the wrong way.
    pub fn shows_muscles(self) -> bool {
        matches!(self, Self::Referred | Self::Local | Self::Unclear)
    }

    /// Outcomes beside which no self-care advice may appear.
    pub fn is_warning(self) -> bool {
        matches!(self, Self::Emergency | Self::Urgent | Self::SeeClinician)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Outcome {
    pub id: &'static str,
    pub kind: OutcomeKind,
    pub headline: &'static str,
    pub summary: &'static str,
    pub next_steps: &'static [&'static str],
    #[cfg(not(target_arch = "wasm32"))]
    pub sources: &'static [&'static str],
    pub articles: &'static [&'static str],
}

/// Picks the outcome once the questions are done; the first rule that holds wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub outcome: &'static str,
    /// `None` matches always (the last, catch-all rule).
    pub when: Option<Cond>,
    /// Plain explanation shown in the "why" trace.
    pub because: &'static str,
}

/// Where a fact comes from. Only sources tied to an allowed article are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// Native only: the app fetches citations when a muscle page opens
    /// (web/post-build.mjs writes them beside the wasm; see
    /// `explore::citation_in`).
    #[cfg(not(target_arch = "wasm32"))]
    pub citation: &'static str,
    pub article: Option<&'static str>,
}

/// A page the app may link to; only URLs from the allow-list pass validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub url: &'static str,
}
