//! What is wrong with one record, one variant per rule, so tests name the
//! rule they expect rather than matching words of its message.

use crate::engine::model::{Gate, View};
use crate::engine::Side;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("{0} questions have this role; explore needs exactly one")]
    RoleCount(usize),
    #[error("the press test is a single choice with options marked `explore`")]
    PressTestShape,
    #[error("only the press test has options marked `explore`")]
    ExploreOptionElsewhere,
    #[error("option `{0}` has the same id as a region")]
    OptionIsRegion(String),
    #[error("has no way out (an option marked `exclusive`, such as \"not sure\")")]
    NoWayOut,
    #[error("region questions, and only they, say what the regions mean (`map`)")]
    MapOnlyOnRegions,
    #[error("the last rule must have no `when`, so every path ends in an outcome")]
    LastRuleHasWhen,
    #[error("condition asks for regions of `{0}`, which takes none")]
    RegionsOfNonRegionQuestion(String),
    #[error("needs {} outcome of this kind, found {found}", if *.exactly_one { "exactly one" } else { "an" })]
    OutcomeCount { exactly_one: bool, found: usize },
    #[error("a pattern outcome's headline must say \"consistent with\"")]
    PatternHeadline,
    #[error("its tier has no outcome")]
    TierWithoutOutcome,
    #[error("its tender spot lies where no tool may be used, and no caution says so")]
    NoToolCaution,
    #[error("its path data has characters SVG path data never needs (use commands, numbers, spaces and commas)")]
    PathData,
    #[error("needs exactly one {side:?} shape on the {view:?} view, found {found}")]
    ShapeCount {
        side: Side,
        view: View,
        found: usize,
    },
    #[error(
        "a screen needs a \"not sure\" option marked `unsure`, which ends at its worst sign's tier"
    )]
    ScreenWithoutUnsure,
    #[error("a region screen must be a screen named by a danger in content/en/safety.toml, with no `ask_if` or `gate` of its own")]
    RegionScreenShape,
    #[error("its gate `{0:?}` comes before a region question it reads")]
    GateBeforeRegions(Gate),
    #[error("the press question must come after a `gate`")]
    PressBeforeGate,
}

/// A safety invariant the walk found broken on a path (see `invariants`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Invariant {
    #[error("(a) a press question comes before every warning sign of the regions named for pain and the tender spot")]
    PressBeforeScreens,
    #[error("(b) a result lists muscles before every warning sign of the spread regions and of their main zones")]
    MusclesBeforeScreens,
    #[error("(c) a pattern follows \"not sure\" on a screen")]
    PatternAfterUnsure,
    #[error("(d) a ticked sign or \"not sure\" ends below its tier")]
    BelowTier,
}
