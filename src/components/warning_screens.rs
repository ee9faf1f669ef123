//! The warning signs that overlap the areas being explored, grouped by how
//! fast they need a clinician. Shown before any muscle is named.

use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::explore::signs_by_tier;
use crate::engine::model::Question;
use crate::ui;

/// Writes nothing when no screen applies.
pub fn warning_screens(m: &mut Markup, screens: &[&'static Question]) {
    if screens.is_empty() {
        return;
    }
    m.section(
        raw!("warning-screens"),
        raw!("warnings-title"),
        ui::screens::TITLE,
        |m| {
            m.el(raw!("p"), ui::screens::INTRO);
            for q in screens {
                m.el(raw!("h3"), q.prompt);
                if let Some(c) = q.caution {
                    m.el(raw!("p class=\"caution\" role=\"note\""), c);
                }
                by_tier(m, q.signs);
            }
        },
    );
}

/// Warning signs grouped under the outcome of their tier ("Get seen by a
/// clinician today if:"), most urgent first.
pub fn by_tier(m: &mut Markup, ids: &[&str]) {
    for (outcome, signs) in signs_by_tier(&CONTENT, ids) {
        let class = format!("tier tier-{}", outcome.id);
        m.wrap_with(raw!("p"), &[(raw!("class"), &class)], |m| {
            m.el(raw!("strong"), &ui::screens::tier(outcome.headline));
        })
        .list(raw!(""), signs.iter().map(|s| s.label));
    }
}
