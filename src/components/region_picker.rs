//! Picking regions on the body map (front and back), with the chosen ones
//! listed by name and a plain list offered instead of the drawing.

use crate::components::{body_view::BodyView, region_list::RegionList};
use crate::content::CONTENT;
use crate::engine::model::View;
use crate::engine::RegionSel;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    pub selected: Vec<RegionSel>,
    pub on_toggle: Callback<RegionSel>,
}

#[component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let as_list = use_state(|| false);
    let switch = {
        let as_list = as_list.clone();
        Callback::from(move |_: MouseEvent| as_list.set(!*as_list))
    };
    let marks: Vec<(RegionSel, &'static str)> =
        props.selected.iter().map(|s| (*s, "picked")).collect();
    let names: Vec<String> = props.selected.iter().map(|s| s.label(&CONTENT)).collect();
    html! {
        <div class="region-picker">
            <button type="button" class="link-button" onclick={switch} aria-pressed={if *as_list { "true" } else { "false" }}>
                { if *as_list { "Show the body map instead" } else { "Show a list of body areas instead" } }
            </button>
            if *as_list {
                <RegionList selected={props.selected.clone()} on_toggle={props.on_toggle.clone()} />
            } else {
                <div class="body-views">
                    <BodyView view={View::Front} marks={marks.clone()} on_toggle={props.on_toggle.clone()} />
                    <BodyView view={View::Back} {marks} on_toggle={props.on_toggle.clone()} />
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
