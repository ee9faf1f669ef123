//! Parts of a view that re-render only when their inputs change.
//!
//! A tap on the body map changes one drawing's marks; typing in explore's
//! search changes only its matches. Yew skips a component whose props are
//! equal, so each such part is wrapped in [`memo`]: its inputs become the
//! props of one shared component, [`Memo`], and its view is a plain
//! function of them. One component type for every such part, rather than
//! one per part, because each Yew component type adds about 700 bytes
//! (brotli) of code to the first load.

use std::any::Any;
use std::rc::Rc;
use yew::prelude::*;

/// `view(&inputs)`, rendered again only when `inputs` (or `view`) differ
/// from the last render's. `view` is a plain function: it gets nothing but
/// the inputs and must not use hooks.
pub fn memo<T: PartialEq + 'static>(inputs: T, view: fn(&T) -> Html) -> Html {
    let part: Rc<dyn Any> = Rc::new(Part { inputs, view });
    let same: fn(&dyn Any, &dyn Any) -> bool =
        |a, b| a.downcast_ref::<Part<T>>() == b.downcast_ref::<Part<T>>();
    let render: fn(&dyn Any) -> Html = |part| {
        part.downcast_ref::<Part<T>>()
            .map_or_else(Html::default, |p| (p.view)(&p.inputs))
    };
    html! { <Memo {part} {same} {render} /> }
}

/// One part's inputs and view. Two parts can take inputs of the same type,
/// so the view is compared too.
struct Part<T> {
    inputs: T,
    view: fn(&T) -> Html,
}

impl<T: PartialEq> PartialEq for Part<T> {
    fn eq(&self, other: &Self) -> bool {
        self.inputs == other.inputs && std::ptr::fn_addr_eq(self.view, other.view)
    }
}

#[derive(Properties)]
pub struct MemoProps {
    part: Rc<dyn Any>,
    /// Compares two parts of this part's type (false for another type).
    same: fn(&dyn Any, &dyn Any) -> bool,
    render: fn(&dyn Any) -> Html,
}

impl PartialEq for MemoProps {
    fn eq(&self, other: &Self) -> bool {
        (self.same)(&*self.part, &*other.part)
    }
}

#[component]
fn Memo(props: &MemoProps) -> Html {
    (props.render)(&*props.part)
}
