//! Ranking muscles by how well their usual pattern fits the regions given.
//! Shared by the guided result and explore mode.

use super::model::{Content, Muscle, Strength};

/// A muscle whose commonly described pattern overlaps the regions given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub muscle: &'static Muscle,
    /// Higher fits better: 3 per tender-spot region matched, 2 per main and
    /// 1 per spill-over referral region matched.
    pub score: u32,
    /// Pressed regions where this muscle's tender spot usually lies.
    pub tender: Vec<&'static str>,
    /// Painful regions inside its referral zone, with how strongly.
    pub refers: Vec<(&'static str, Strength)>,
}

impl Candidate {
    /// Referral matches in the main zone.
    pub fn main_hits(&self) -> usize {
        self.refers
            .iter()
            .filter(|(_, s)| *s == Strength::Main)
            .count()
    }
}

/// The guided result's order: best score first, then more main-zone matches.
pub fn by_score(c: &Candidate) -> (usize, usize) {
    (c.score as usize, c.main_hits())
}

/// Explore's order: more regions in the main zone first, whatever the
/// spill-over, then more regions in all.
pub fn by_main_zone(c: &Candidate) -> (usize, usize) {
    (c.main_hits(), c.refers.len())
}

/// Muscles that match, highest `order` first, then content order (stable,
/// so equal input always ranks the same).
///
/// `pressed` and `painful` are base region ids (sides are ignored: patterns
/// are described for either side).
pub fn rank(
    content: &Content,
    pressed: &[&str],
    painful: &[&str],
    order: fn(&Candidate) -> (usize, usize),
) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    let found = content.muscles.iter().filter_map(|m| {
        let tender: Vec<_> = m
            .tender
            .iter()
            .copied()
            .filter(|t| pressed.contains(t))
            .collect();
        let refers: Vec<_> = m
            .refers
            .iter()
            .filter(|r| painful.contains(&r.region))
            .map(|r| (r.region, r.strength))
            .collect();
        let score = 3 * tender.len() as u32
            + refers
                .iter()
                .map(|(_, s)| if *s == Strength::Main { 2 } else { 1 })
                .sum::<u32>();
        (score > 0).then_some(Candidate {
            muscle: m,
            score,
            tender,
            refers,
        })
    });
    // Insertion keeps equal candidates in content order without shipping a
    // general sort in the wasm (there are only a few dozen muscles).
    for c in found {
        let at = out
            .iter()
            .position(|o| order(o) < order(&c))
            .unwrap_or(out.len());
        out.insert(at, c);
    }
    out
}
