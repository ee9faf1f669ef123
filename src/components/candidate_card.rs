//! One muscle whose commonly described pattern fits the answers.

use crate::components::markup::Markup;
use crate::components::pattern_map::pattern_map;
use crate::engine::model::Muscle;
use crate::engine::Side;

pub fn candidate_card(out: &mut Markup, m: &Muscle, side: Side) {
    out.raw("<article class=\"candidate\" aria-labelledby=\"m-")
        .raw(m.id)
        .raw("\"><h3 id=\"m-")
        .raw(m.id)
        .raw("\">")
        .text(m.name)
        .raw("</h3><p>")
        .text(m.refers_summary)
        .raw(".</p>");
    pattern_map(out, m, side);
    out.el("h4", "Often described with")
        .list("", m.symptoms)
        .el("h4", "Can be confused with")
        .list("", m.look_alikes)
        .raw("</article>");
}
