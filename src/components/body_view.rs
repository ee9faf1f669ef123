//! One view (front or back) of the body drawing. Each region is a shape; a
//! shape can carry a mark (chosen, tender spot, referral zone) and, when the
//! view is interactive, is a keyboard-reachable checkbox with its own name.

use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::model::{Shape, View};
use crate::engine::RegionSel;
use crate::ui::map as text;
use yew::prelude::*;

/// A view with its marks: shapes of this view with a CSS class (`picked`
/// where a person is choosing); see [`marks_on`].
pub type Marked = (View, Vec<(RegionSel, &'static str)>);

/// Every shape is a toggle; taps and keys are handled once, on the element
/// around the drawings (event delegation, see `region_picker`), so the view
/// takes no callbacks and, under [`memo`](crate::components::memo::memo),
/// re-renders only when its own marks change: a tap on the front leaves the
/// back's shapes alone.
pub fn body_view((view, marks): &Marked) -> Html {
    let (title, outline, near, far) = frame(*view);
    let shapes = CONTENT
        .map
        .shapes
        .iter()
        .filter(|s| s.view == *view)
        .map(|s| {
            let sel = RegionSel {
                region: s.region,
                side: s.side,
            };
            let mark = mark_of(marks, sel);
            html! {
                <path
                    class={mark.map_or(AttrValue::Static("region"), |m| AttrValue::from(format!("region {m}")))}
                    d={s.d}
                    role="checkbox"
                    tabindex="0"
                    data-region={sel.to_string()}
                    aria-checked={if mark.is_some() { "true" } else { "false" }}
                    aria-label={sel.label(&CONTENT)}
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

/// The marks among `marks` that have a shape in `view`.
pub fn marks_on(view: View, marks: &[(RegionSel, &'static str)]) -> Vec<(RegionSel, &'static str)> {
    marks
        .iter()
        .filter(|(sel, _)| {
            CONTENT
                .map
                .shapes
                .iter()
                .any(|s| s.view == view && s.region == sel.region && s.side == sel.side)
        })
        .copied()
        .collect()
}

/// A view that only shows marks, written as markup: its unmarked shapes are
/// drawn as one path.
pub fn drawing(m: &mut Markup, view: View, marks: &[(RegionSel, &'static str)]) {
    let (title, outline, near, far) = frame(view);
    let sel = |s: &Shape| RegionSel {
        region: s.region,
        side: s.side,
    };
    let shapes = || CONTENT.map.shapes.iter().filter(|s| s.view == view);
    m.wrap(raw!("figure class=\"body-view\""), |m| {
        let svg = raw!("svg viewBox=\"0 0 200 440\" role=\"img\"");
        m.wrap_with(svg, &[(raw!("aria-label"), title)], |m| {
            m.empty(raw!("path class=\"outline\""), &[(raw!("d"), outline)]);
            let unmarked: String = shapes()
                .filter(|s| mark_of(marks, sel(s)).is_none())
                .map(|s| s.d)
                .collect();
            m.empty(raw!("path class=\"region\""), &[(raw!("d"), &unmarked)]);
            for s in shapes() {
                if let Some(mark) = mark_of(marks, sel(s)) {
                    let class = format!("region {mark}");
                    m.empty(raw!("path"), &[(raw!("class"), &class), (raw!("d"), s.d)]);
                }
            }
            m.el(raw!("text class=\"side-label\" x=\"6\" y=\"432\""), near)
                .el(
                    raw!("text class=\"side-label\" x=\"194\" y=\"432\" text-anchor=\"end\""),
                    far,
                );
        })
        .el(raw!("figcaption"), title);
    });
}

/// Title, silhouette and side labels of a view. Facing you, the person's
/// right is on your left.
fn frame(view: View) -> (&'static str, &'static str, &'static str, &'static str) {
    match view {
        View::Front => (text::FRONT, CONTENT.map.front, text::RIGHT, text::LEFT),
        View::Back => (text::BACK, CONTENT.map.back, text::LEFT, text::RIGHT),
    }
}

fn mark_of(marks: &[(RegionSel, &'static str)], sel: RegionSel) -> Option<&'static str> {
    marks.iter().find(|(m, _)| *m == sel).map(|(_, c)| *c)
}
