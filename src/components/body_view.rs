//! One view (front or back) of the body drawing. Each region is a shape; a
//! shape can carry a mark (chosen, tender spot, referral zone) and, when the
//! view is interactive, is a keyboard-reachable checkbox with its own name.

use crate::content::CONTENT;
use crate::engine::model::View;
use crate::engine::RegionSel;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// `marks` pairs shapes with a CSS class (`picked`, `tender`, `main`,
/// `spill`); `on_toggle` makes every shape a toggle that reports its region.
///
/// Taps and keys are handled once on the drawing (event delegation) rather
/// than on each of its shapes, and a drawing that only shows a pattern draws
/// its unmarked shapes as one path: both keep large maps quick to render.
pub fn body_view(
    view: View,
    marks: &[(RegionSel, &'static str)],
    on_toggle: Option<&Callback<RegionSel>>,
) -> Html {
    let (title, outline, near, far) = match view {
        // Facing you: the person's right is on your left.
        View::Front => ("Front, facing you", CONTENT.map.front, "Right", "Left"),
        View::Back => ("Back, seen from behind", CONTENT.map.back, "Left", "Right"),
    };
    let shapes = CONTENT.map.shapes.iter().filter(|s| s.view == view);
    let mark_of = |sel: RegionSel| marks.iter().find(|(m, _)| *m == sel).map(|(_, c)| *c);
    let body = match on_toggle {
        None => {
            let grid: String = shapes
                .clone()
                .filter(|s| {
                    mark_of(RegionSel {
                        region: s.region,
                        side: s.side,
                    })
                    .is_none()
                })
                .map(|s| s.d)
                .collect();
            let marked = shapes.filter_map(|s| {
                let class = mark_of(RegionSel {
                    region: s.region,
                    side: s.side,
                })?;
                Some(html! { <path class={format!("region {class}")} d={s.d} /> })
            });
            html! { <><path class="region" d={grid} />{ for marked }</> }
        }
        Some(_) => html! {
            { for shapes.map(|s| {
                let sel = RegionSel { region: s.region, side: s.side };
                let mark = mark_of(sel);
                html! {
                    <path
                        class={mark.map_or_else(|| "region".to_string(), |m| format!("region {m}"))}
                        d={s.d}
                        role="checkbox"
                        tabindex="0"
                        data-region={sel.to_string()}
                        aria-checked={if mark.is_some() { "true" } else { "false" }}
                        aria-label={sel.label(&CONTENT)}
                    />
                }
            }) }
        },
    };
    let (onclick, onkeydown) = match on_toggle {
        Some(toggle) => {
            let (t1, t2) = (toggle.clone(), toggle.clone());
            (
                Some(Callback::from(move |e: MouseEvent| {
                    if let Some(sel) = target_region(&e) {
                        t1.emit(sel);
                    }
                })),
                Some(Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        if let Some(sel) = target_region(&e) {
                            e.prevent_default();
                            t2.emit(sel);
                        }
                    }
                })),
            )
        }
        None => (None, None),
    };
    html! {
        <figure class="body-view">
            <svg viewBox="0 0 200 440" role="group" aria-label={title} {onclick} {onkeydown}>
                <path class="outline" d={outline} />
                {body}
                <text class="side-label" x="6" y="432">{near}</text>
                <text class="side-label" x="194" y="432" text-anchor="end">{far}</text>
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}

/// The region of the shape an event happened on, from its `data-region`.
fn target_region(e: &Event) -> Option<RegionSel> {
    let el: web_sys::Element = e.target()?.dyn_into().ok()?;
    RegionSel::parse(&CONTENT, &el.get_attribute("data-region")?)
}
