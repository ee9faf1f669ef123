//! Ranking muscles by how well their usual pattern fits the regions a person
//! named. One order, shared by the guided result and explore mode.

use std::cmp::Reverse;

use super::answer::{lower_first, RegionSel};
use super::lookup;
use super::model::Side;
use super::model::{Content, Muscle, Strength};
use crate::ui::reason as text;

/// A muscle whose commonly described pattern overlaps the regions named, on
/// one side of the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub muscle: &'static Muscle,
    /// The side the match was made on, and the one to draw: a muscle on the
    /// left refers to the left (and to the midline). `Left` or `Right`, never
    /// `Centre`.
    pub side: Side,
    /// Pressed regions where this muscle's tender spot usually lies.
    pub tender: Vec<&'static str>,
    /// Named painful regions inside its referral zone, with how strongly.
    pub refers: Vec<(&'static str, Strength)>,
}

impl Candidate {
    /// Named regions in the main zone.
    pub fn main_hits(&self) -> usize {
        self.refers
            .iter()
            .filter(|(_, s)| *s == Strength::Main)
            .count()
    }

    /// The ranking, best first. Each step only breaks ties left by the one
    /// before it:
    /// 1. more of the named regions in the **main** zone, so a spill-over
    ///    match never outranks a main-zone match, and a tender spot alone
    ///    (no referral match) comes after both;
    /// 2. more of the named regions covered in all (main or spill-over);
    /// 3. the tender spot where the person pressed: it only ever breaks a
    ///    tie between muscles that match the referral equally;
    /// 4. fewer zones in all, which is the more specific pattern;
    /// 5. the muscle's name, so a full tie reads alphabetically and never
    ///    depends on where a record sits in the content file.
    fn order(&self) -> impl Ord {
        (
            Reverse(self.main_hits()),
            Reverse(self.refers.len()),
            Reverse(self.tender.len()),
            self.muscle.refers.len(),
            self.muscle.name,
        )
    }
}

/// Which matches a list keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Any tender spot or zone (explore).
    Any,
    /// A main zone where it hurts or spreads (a referred result).
    MainZone,
    /// A main zone, or the tender spot where the person pressed (the other
    /// patterns: spill-over alone never lists a muscle).
    MainZoneOrTender,
}

impl Keep {
    fn keeps(self, c: &Candidate) -> bool {
        match self {
            Keep::Any => !c.tender.is_empty() || !c.refers.is_empty(),
            Keep::MainZone => c.main_hits() > 0,
            Keep::MainZoneOrTender => c.main_hits() > 0 || !c.tender.is_empty(),
        }
    }
}

/// Muscles whose tender spot lies where the person pressed, or whose zones
/// cover where it hurts, as far as `keep` lists them, best fit first (see
/// [`Candidate::order`]).
///
/// Each muscle is matched on the left and on the right: paired regions
/// count only on the muscle's own side, midline regions on both. The better
/// side that `keep` lists wins; on a tie, the side the person named first
/// (pressed spots before painful areas), else the right.
pub fn rank(
    content: &Content,
    pressed: &[RegionSel],
    painful: &[RegionSel],
    keep: Keep,
) -> Vec<Candidate> {
    let named_first = pressed
        .iter()
        .chain(painful)
        .map(|s| s.side)
        .find(|s| *s != Side::Centre)
        .unwrap_or(Side::Right);
    let mut out: Vec<Candidate> = Vec::new();
    for m in content.muscles {
        let sides = [named_first, named_first.other()].map(|s| matched(m, s, pressed, painful));
        let Some(best) = sides.into_iter().filter(|c| keep.keeps(c)).reduce(|a, b| {
            if b.order() < a.order() {
                b
            } else {
                a
            }
        }) else {
            continue;
        };
        // Insertion, not a general sort: a few dozen muscles, and no sort
        // routine shipped in the wasm.
        let at = out
            .iter()
            .position(|o| best.order() < o.order())
            .unwrap_or(out.len());
        out.insert(at, best);
    }
    out
}

/// How `m` on `side` matches the regions named on that side or the midline.
fn matched(
    m: &'static Muscle,
    side: Side,
    pressed: &[RegionSel],
    painful: &[RegionSel],
) -> Candidate {
    let here = |sels: &[RegionSel], region: &str| {
        sels.iter()
            .any(|s| s.region == region && (s.side == side || s.side == Side::Centre))
    };
    Candidate {
        muscle: m,
        side,
        tender: m.tender.iter().filter(|t| here(pressed, t)).collect(),
        refers: m
            .refers
            .iter()
            .filter(|r| here(painful, r.region))
            .map(|r| (r.region, r.strength))
            .collect(),
    }
}

/// Why a candidate is listed, in one line: "Main zone covers the left outer
/// elbow; tender spot where you pressed". Main zones come before spill-over.
pub fn reason(content: &Content, c: &Candidate) -> String {
    let name = |id: &str| {
        lookup::region(content, id).map_or(id.to_string(), |r| {
            let side = if r.paired { c.side } else { Side::Centre };
            let sel = RegionSel { region: r.id, side };
            text::area(&lower_first(&sel.label(content)))
        })
    };
    let zones = |strength: Strength| -> String {
        let names: Vec<String> = c
            .refers
            .iter()
            .filter(|(_, s)| *s == strength)
            .map(|(r, _)| name(r))
            .collect();
        names.join(text::AND)
    };
    let mut parts = Vec::new();
    let main = zones(Strength::Main);
    if !main.is_empty() {
        parts.push(text::main(&main));
    }
    let spill = zones(Strength::Spill);
    if !spill.is_empty() {
        parts.push(text::spill(&spill));
    }
    if !c.tender.is_empty() {
        parts.push(text::TENDER.to_string());
    }
    let line = parts.join(text::SEPARATOR);
    let mut chars = line.chars();
    chars
        .next()
        .map_or(String::new(), |f| f.to_uppercase().chain(chars).collect())
}
