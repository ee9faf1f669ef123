//! The plain list of body regions, grouped, with left and right as separate
//! buttons: the text alternative to the body map.

use crate::components::choice_button::ChoiceButton;
use crate::content::CONTENT;
use crate::engine::{RegionSel, Side};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RegionListProps {
    pub selected: Vec<RegionSel>,
    pub on_toggle: Callback<RegionSel>,
}

#[component]
pub fn RegionList(props: &RegionListProps) -> Html {
    let mut groups: Vec<&str> = Vec::new();
    for r in CONTENT.regions {
        if !groups.contains(&r.group) {
            groups.push(r.group);
        }
    }
    let button = |sel: RegionSel| {
        let on_toggle = props.on_toggle.reform(move |()| sel);
        html! {
            <li key={sel.to_string()}>
                <ChoiceButton
                    label={sel.label(&CONTENT)}
                    selected={props.selected.contains(&sel)}
                    {on_toggle}
                />
            </li>
        }
    };
    html! {
        <div class="region-list">
            { for groups.iter().map(|g| html! {
                <fieldset key={*g}>
                    <legend>{*g}</legend>
                    <ul class="choices compact">
                        { for CONTENT.regions.iter().filter(|r| r.group == *g).flat_map(|r| {
                            let sides: &[Side] = if r.paired { &[Side::Left, Side::Right] } else { &[Side::Centre] };
                            sides.iter().map(|side| button(RegionSel { region: r.id, side: *side })).collect::<Vec<_>>()
                        }) }
                    </ul>
                </fieldset>
            }) }
        </div>
    }
}
