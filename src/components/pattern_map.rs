//! A muscle's commonly described pattern on the body drawing: where its
//! tender spot usually lies and where it refers, main zone and spill-over.

use crate::components::body_view::BodyView;
use crate::content::CONTENT;
use crate::engine::lookup;
use crate::engine::model::{Muscle, Strength, View};
use crate::engine::{RegionSel, Side};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PatternMapProps {
    pub muscle: &'static Muscle,
    /// The side to draw on (the side the person chose, or the right).
    #[prop_or(Side::Right)]
    pub side: Side,
}

#[component]
pub fn PatternMap(props: &PatternMapProps) -> Html {
    let m = props.muscle;
    let sel = |region: &'static str| {
        let paired = lookup::region(&CONTENT, region).is_some_and(|r| r.paired);
        RegionSel {
            region,
            side: if paired { props.side } else { Side::Centre },
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
    let names = |wanted: &dyn Fn(&(RegionSel, &str)) -> bool| -> String {
        marks
            .iter()
            .filter(|m| wanted(m))
            .map(|(s, _)| s.label(&CONTENT))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <div class="pattern-map">
            <div class={classes!("body-views", (views.len() == 1).then_some("single"))}>
                { for views.iter().map(|v| html! { <BodyView view={*v} marks={marks.clone()} /> }) }
            </div>
            <dl class="legend">
                <dt><span class="swatch tender" aria-hidden="true"></span>{"Tender spot"}</dt>
                <dd>{names(&|(_, c)| *c == "tender")}</dd>
                <dt><span class="swatch main" aria-hidden="true"></span>{"Main referral zone"}</dt>
                <dd>{names(&|(_, c)| *c == "main")}</dd>
                if marks.iter().any(|(_, c)| *c == "spill") {
                    <dt><span class="swatch spill" aria-hidden="true"></span>{"Sometimes spills to"}</dt>
                    <dd>{names(&|(_, c)| *c == "spill")}</dd>
                }
            </dl>
        </div>
    }
}
