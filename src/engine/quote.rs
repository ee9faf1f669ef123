//! What an error message may repeat of untrusted text (a link, saved state).

use super::model::Content;

/// `s` when it is an id the content defines (a region, muscle, question,
/// option, warning sign or outcome), otherwise a placeholder. A crafted
/// link must not put its own words in a notice the app shows, not even
/// id-like ones (`call-0800-555-0199-now`).
pub fn id_only(content: &Content, s: &str) -> String {
    let known = content.regions.iter().any(|r| r.id == s)
        || content.muscles.iter().any(|m| m.id == s)
        || content.warnings.iter().any(|w| w.id == s)
        || content.outcomes.iter().any(|o| o.id == s)
        || content
            .questions
            .iter()
            .any(|q| q.id == s || q.options.iter().any(|o| o.id == s));
    if known {
        s.to_string()
    } else {
        crate::ui::errors::NOT_AN_ID.into()
    }
}
