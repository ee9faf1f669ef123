//! Picking regions on the body map (front and back), with the chosen ones
//! listed by name and a plain list offered instead of the drawing.

use crate::components::{
    actions::{data_of, CHOICE, REGION},
    body_view::{body_view, marks_on},
    markup::Raw,
    memo::memo,
    region_list::region_list,
};
use crate::content::CONTENT;
use crate::engine::model::View;
use crate::engine::RegionSel;
use crate::ui::picker as text;
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
    // Taps on any shape of either drawing or any button of the list, and
    // keys on the shapes (buttons turn keys into clicks), handled here once.
    let (t1, t2) = (on_toggle.clone(), on_toggle.clone());
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(sel) = target_region(&e, REGION).or_else(|| target_region(&e, CHOICE)) {
            t1.emit(sel);
        }
    });
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(sel) = target_region(&e, REGION) {
                e.prevent_default();
                t2.emit(sel);
            }
        }
    });
    html! {
        <div class="region-picker" {onclick}>
            <button type="button" class="link-button" onclick={on_switch} aria-pressed={if as_list { "true" } else { "false" }}>
                { if as_list { text::SHOW_MAP } else { text::SHOW_LIST } }
            </button>
            if as_list {
                {region_list(selected)}
            } else {
                <p class="swipe-hint">{text::SWIPE}</p>
                <div class="body-views" {onkeydown}>
                    {memo((View::Front, marks_on(View::Front, &marks)), body_view)}
                    {memo((View::Back, marks_on(View::Back, &marks)), body_view)}
                </div>
            }
            <p class="picked-list" aria-live="polite">
                if names.is_empty() {
                    {text::NONE_CHOSEN}
                } else {
                    <strong>{text::CHOSEN}</strong>{" "}{names.join(", ")}
                }
            </p>
        </div>
    }
}

/// The region of the shape or button an event happened on, from its `attr`.
fn target_region(e: &Event, attr: Raw) -> Option<RegionSel> {
    RegionSel::parse(&CONTENT, &data_of(e, attr)?)
}
