//! Explore mode's two directions: from where it hurts to the muscles that
//! commonly refer there, and from a pressed spot to the zone it commonly
//! refers to.

use super::lookup;
use super::model::{Content, Muscle, Strength};
use super::rank::{rank, Candidate};

/// Muscles whose referral zones cover any of `painful` (base region ids),
/// main zone above spill-over and more matching regions first.
pub fn sources_of(content: &Content, painful: &[&str]) -> Vec<Candidate> {
    rank(content, &[], painful)
}

/// Muscles whose tender spot usually lies in any of `pressed`, in content order.
pub fn muscles_at(content: &Content, pressed: &[&str]) -> Vec<&'static Muscle> {
    content
        .muscles
        .iter()
        .filter(|m| m.tender.iter().any(|t| pressed.contains(t)))
        .collect()
}

/// A one-line reason for a candidate: "refers to the temple and the eye and
/// eyebrow", naming main zones before spill-over.
pub fn reason(content: &Content, c: &Candidate) -> String {
    let name =
        |id: &str| lookup::region(content, id).map_or(id.to_string(), |r| r.label.to_lowercase());
    let zones = |strength: Strength| -> Vec<String> {
        c.refers
            .iter()
            .filter(|(_, s)| *s == strength)
            .map(|(r, _)| name(r))
            .collect()
    };
    let (main, spill) = (zones(Strength::Main), zones(Strength::Spill));
    let mut out = String::new();
    if !main.is_empty() {
        out = format!("refers to the {}", main.join(" and the "));
    }
    if !spill.is_empty() {
        if !out.is_empty() {
            out.push_str("; ");
        }
        out += &format!("sometimes spills to the {}", spill.join(" and the "));
    }
    out
}
