//! A muscle's commonly described pattern on the body drawing: where its
//! tender spot usually lies and where it refers, main zone and spill-over.

use crate::components::body_view::drawing;
use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::lookup;
use crate::engine::model::{Muscle, Strength, View};
use crate::engine::{RegionSel, Side};
use crate::ui::map as text;

/// Draws on `side` (the side the person chose, or the right).
pub fn pattern_map(out: &mut Markup, m: &Muscle, side: Side) {
    let sel = |region: &'static str| RegionSel {
        region,
        side: lookup::region(&CONTENT, region).map_or(Side::Centre, |r| r.on(side)),
    };
    // Tender spots are drawn over referral zones when both apply.
    let mut marks: Vec<(RegionSel, &'static str)> =
        m.tender.iter().map(|r| (sel(r), "tender")).collect();
    for r in m.refers {
        let s = sel(r.region);
        if !marks.iter().any(|(x, _)| *x == s) {
            let class = if r.strength == Strength::Main {
                "main"
            } else {
                "spill"
            };
            marks.push((s, class));
        }
    }
    let views: Vec<View> = [View::Front, View::Back]
        .into_iter()
        .filter(|v| {
            marks
                .iter()
                .any(|(s, _)| lookup::region(&CONTENT, s.region).is_some_and(|r| r.view == *v))
        })
        .collect();
    let drawings = if views.len() == 1 {
        raw!("div class=\"body-views single\"")
    } else {
        raw!("div class=\"body-views\"")
    };
    out.wrap(raw!("div class=\"pattern-map\""), |out| {
        out.wrap(drawings, |out| {
            for v in views {
                drawing(out, v, &marks);
            }
        })
        .wrap(raw!("dl class=\"legend\""), |out| {
            for (swatch, class, name) in [
                (
                    raw!("span aria-hidden=\"true\" class=\"swatch tender\""),
                    "tender",
                    text::TENDER,
                ),
                (
                    raw!("span aria-hidden=\"true\" class=\"swatch main\""),
                    "main",
                    text::MAIN,
                ),
                (
                    raw!("span aria-hidden=\"true\" class=\"swatch spill\""),
                    "spill",
                    text::SPILL,
                ),
            ] {
                let names: Vec<String> = marks
                    .iter()
                    .filter(|(_, c)| *c == class)
                    .map(|(s, _)| s.label(&CONTENT))
                    .collect();
                if !names.is_empty() {
                    out.wrap(raw!("dt"), |out| {
                        out.el(swatch, "").text(name);
                    })
                    .el(raw!("dd"), &names.join(", "));
                }
            }
        });
    });
}
