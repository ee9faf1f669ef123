//! Picking regions on the body map (front and back), with the chosen ones
//! listed by name and a plain list offered instead of the drawing.

use crate::components::{body_view::body_view, region_list::region_list};
use crate::content::CONTENT;
use crate::engine::model::View;
use crate::engine::RegionSel;
use yew::prelude::*;

/// `as_list` shows the plain list instead of the drawing; `on_switch`
/// flips it.
pub fn region_picker(
    selected: &[RegionSel],
    on_toggle: &Callback<RegionSel>,
    as_list: bool,
    on_switch: Callback<MouseEvent>,
) -> Html {
    let marks: Vec<(RegionSel, &'static str)> = selected.iter().map(|s| (*s, "picked")).collect();
    let names: Vec<String> = selected.iter().map(|s| s.label(&CONTENT)).collect();
    html! {
        <div class="region-picker">
            <button type="button" class="link-button" onclick={on_switch} aria-pressed={if as_list { "true" } else { "false" }}>
                { if as_list { "Show the body map instead" } else { "Show a list of body areas instead" } }
            </button>
            if as_list {
                {region_list(selected, on_toggle)}
            } else {
                <p class="swipe-hint">{"Swipe sideways for the back of the body."}</p>
                <div class="body-views">
                    {body_view(View::Front, &marks, on_toggle)}
                    {body_view(View::Back, &marks, on_toggle)}
                </div>
            }
            <p class="picked-list" aria-live="polite">
                if names.is_empty() {
                    {"Nothing chosen yet."}
                } else {
                    <strong>{"Chosen: "}</strong>{names.join(", ")}
                }
            </p>
        </div>
    }
}
