//! The plain list of body regions, grouped, with left and right as separate
//! buttons: the text alternative to the body map. Clicks are handled by
//! the region picker around it.

use crate::components::choice_button::choice_button;
use crate::content::CONTENT;
use crate::engine::RegionSel;
use yew::prelude::*;

pub fn region_list(selected: &[RegionSel]) -> Html {
    let mut groups: Vec<&str> = Vec::new();
    for r in CONTENT.regions {
        if !groups.contains(&r.group) {
            groups.push(r.group);
        }
    }
    let button = |sel: RegionSel| {
        let button = choice_button(
            &sel.label(&CONTENT),
            selected.contains(&sel),
            false,
            sel.to_string(),
        );
        html! { <li key={sel.to_string()}>{button}</li> }
    };
    html! {
        <div class="region-list">
            { for groups.iter().map(|g| html! {
                <fieldset key={*g}>
                    <legend>{*g}</legend>
                    <ul class="choices compact">
                        { for CONTENT.regions.iter().filter(|r| r.group == *g).flat_map(|r| {
                            r.sides().iter().map(|side| button(RegionSel { region: r.id, side: *side })).collect::<Vec<_>>()
                        }) }
                    </ul>
                </fieldset>
            }) }
        </div>
    }
}
