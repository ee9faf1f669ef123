//! One view (front or back) of the body drawing. Each region is a shape; a
//! shape can carry a mark (chosen, tender spot, referral zone) and, when the
//! view is interactive, is a keyboard-reachable checkbox with its own name.

use crate::content::CONTENT;
use crate::engine::model::View;
use crate::engine::RegionSel;
use yew::prelude::*;

/// `marks` pairs shapes with a CSS class (`picked`, `tender`, `main`,
/// `spill`); `on_toggle` makes every shape a toggle that reports its region.
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
    let shapes = CONTENT
        .map
        .shapes
        .iter()
        .filter(|s| s.view == view)
        .map(|s| {
            let sel = RegionSel {
                region: s.region,
                side: s.side,
            };
            let mark = marks.iter().find(|(m, _)| *m == sel).map(|(_, c)| *c);
            let class = match mark {
                Some(m) => format!("region {m}"),
                None => "region".to_string(),
            };
            let Some(toggle) = on_toggle else {
                return html! { <path {class} d={s.d} /> };
            };
            let onclick = toggle.reform(move |_: MouseEvent| sel);
            let toggle = toggle.clone();
            let onkeydown = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    toggle.emit(sel);
                }
            });
            html! {
                <path
                    {class}
                    d={s.d}
                    role="checkbox"
                    tabindex="0"
                    aria-checked={if mark.is_some() { "true" } else { "false" }}
                    aria-label={sel.label(&CONTENT)}
                    {onclick}
                    {onkeydown}
                />
            }
        });
    html! {
        <figure class="body-view">
            <svg viewBox="0 0 200 440" role="group" aria-label={title}>
                <path class="outline" d={outline} />
                { for shapes }
                <text class="side-label" x="6" y="432">{near}</text>
                <text class="side-label" x="194" y="432" text-anchor="end">{far}</text>
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
