//! A muscle's commonly described pattern on the body drawing: where its
//! tender spot usually lies and where it refers, main zone and spill-over.

use crate::components::body_view::body_view;
use crate::content::CONTENT;
use crate::engine::lookup;
use crate::engine::model::{Muscle, Strength, View};
use crate::engine::{RegionSel, Side};
use yew::prelude::*;

/// Draws on `side` (the side the person chose, or the right).
pub fn pattern_map(m: &Muscle, side: Side) -> Html {
    let sel = |region: &'static str| {
        let paired = lookup::region(&CONTENT, region).is_some_and(|r| r.paired);
        RegionSel {
            region,
            side: if paired { side } else { Side::Centre },
        }
    };
    // Tender spots are drawn over referral zones when both apply.
    let mut marks: Vec<(RegionSel, &'static str)> =
        m.tender.iter().map(|r| (sel(r), "tender")).collect();
    for r in m.refers {
        let s = sel(r.region);
        if !marks.iter().any(|(x, _)| *x == s) {
            marks.push((
                s,
                if r.strength == Strength::Main {
                    "main"
                } else {
                    "spill"
                },
            ));
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
    let legend = |class: &str, name: &str| {
        let names: Vec<String> = marks
            .iter()
            .filter(|(_, c)| *c == class)
            .map(|(s, _)| s.label(&CONTENT))
            .collect();
        if names.is_empty() {
            return html! {};
        }
        html! {
            <>
                <dt><span class={format!("swatch {class}")} aria-hidden="true"></span>{name.to_string()}</dt>
                <dd>{names.join(", ")}</dd>
            </>
        }
    };
    html! {
        <div class="pattern-map">
            <div class={if views.len() == 1 { "body-views single" } else { "body-views" }}>
                { for views.iter().map(|v| body_view(*v, &marks, None)) }
            </div>
            <dl class="legend">
                {legend("tender", "Tender spot")}
                {legend("main", "Main referral zone")}
                {legend("spill", "Sometimes spills to")}
            </dl>
        </div>
    }
}
