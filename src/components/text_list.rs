//! A bulleted list of content sentences (one function, so every list in the
//! app shares one piece of code).

use yew::prelude::*;

pub fn text_list(items: &[&'static str], class: &'static str) -> Html {
    html! { <ul {class}>{ for items.iter().map(|s| html! { <li>{*s}</li> }) }</ul> }
}
