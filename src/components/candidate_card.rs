//! One muscle whose commonly described pattern fits the answers; its name
//! links to the muscle's explore page (sources, self-care, cautions).

use crate::components::markup::{raw, Markup, Raw};
use crate::components::pattern_map::pattern_map;
use crate::components::warning_screens::by_tier;
use crate::content::CONTENT;
use crate::engine::explore::Detail;
use crate::engine::model::Muscle;
use crate::engine::rank::reason;
use crate::engine::Candidate;
use crate::hooks::use_details::Details;
use crate::ui::{self, card as text};

/// The card, with one line on why the muscle is listed, drawn on the side
/// it matched; `details` brings its summary, symptoms and self-care.
pub fn candidate_card(out: &mut Markup, c: &Candidate, details: &Details) {
    let m = c.muscle;
    let id = format!("m-{}", m.id);
    let card = raw!("article class=\"candidate\"");
    out.wrap_with(card, &[(raw!("aria-labelledby"), &id)], |out| {
        out.wrap_with(raw!("h3"), &[(raw!("id"), &id)], |out| {
            out.explore_link(raw!("muscle"), m.id, m.name);
        });
        pattern(out, c);
        summary(out, raw!("p"), details, m);
        described(out, raw!("h4"), m, details);
    });
}

/// Why a listed muscle is listed, and its usual pattern drawn: the body of
/// a card here and of explore's tender-spot list.
pub fn pattern(out: &mut Markup, c: &Candidate) {
    out.el(raw!("p class=\"why-fits\""), &reason(&CONTENT, c));
    pattern_map(out, c.muscle, c.side);
}

/// The one-line summary of where a muscle refers, in a `tag`, once the
/// details file is there; nothing until then (the line on why it is
/// listed and the drawing already say where).
pub fn summary(out: &mut Markup, tag: Raw, details: &Details, m: &Muscle) {
    if let Details::Loaded(file) = details {
        for line in Detail::Summary.in_file(file, m.id) {
            out.el(tag, &format!("{line}."));
        }
    }
}

/// What a muscle's pattern is often described with (from the details
/// file), then [`confused`], under headings of the level given (`h2` on its
/// own page, `h4` in a card).
pub fn described(out: &mut Markup, heading: Raw, m: &Muscle, details: &Details) {
    out.el(heading, text::DESCRIBED);
    detail_list(out, details, m, Detail::Symptoms);
    confused(out, heading, m);
}

/// What a muscle's pattern can be confused with, and the warning signs to
/// see a clinician for (with how soon): carried in the app, never waiting
/// for a download. Warning signs are never listed as what the pattern is
/// "described with".
pub fn confused(out: &mut Markup, heading: Raw, m: &Muscle) {
    out.el(heading, text::CONFUSED)
        .list(raw!(""), m.look_alikes);
    if !m.red_flags.is_empty() {
        out.el(heading, text::SEE_CLINICIAN);
        by_tier(out, &m.red_flags.to_vec());
    }
}

/// A muscle's items of one kind from the details file (fetched once a
/// screen shows them, see [`Details`]); until it arrives, or if it cannot,
/// a line says so in their place.
pub fn detail_list(out: &mut Markup, details: &Details, m: &Muscle, kind: Detail) {
    let missing = match details {
        Details::Loaded(file) => {
            out.list(raw!(""), kind.in_file(file, m.id));
            return;
        }
        Details::Loading => ui::common::LOADING,
        Details::Failed => ui::common::NOT_LOADED,
    };
    out.el(raw!("p class=\"muted\""), missing);
}
