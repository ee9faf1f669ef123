//! Explore's search: a body area, a muscle or a symptom word, matched on
//! every keystroke, forgiving of case, accents and small typos.

use crate::content::search_index;
use crate::engine::search::Hit;
use crate::state::Msg;
use yew::prelude::*;

/// How many matches are listed.
const SHOWN: usize = 8;

pub fn search_box(query: &str, dispatch: &Callback<Msg>) -> Html {
    let oninput = dispatch.reform(|e: InputEvent| {
        Msg::Search(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let hits = search_index().search(query);
    let status = match hits.len() {
        _ if query.trim().is_empty() => String::new(),
        0 => format!("Nothing matches “{}”.", query.trim()),
        1 => "1 match".into(),
        n => format!("{n} matches"),
    };
    html! {
        <div class="search" role="search">
            <label for="explore-search">{"Search a body area, muscle or symptom"}</label>
            <input id="explore-search" type="search" value={query.to_string()} {oninput}
                placeholder="e.g. temple, thumb, headache" autocomplete="off" spellcheck="false" />
            <p class="muted search-status" role="status">{status}</p>
            if !hits.is_empty() {
                <ul class="hits">
                    { for hits.iter().take(SHOWN).map(|h| {
                        let (href, name, kind) = match h {
                            Hit::Region(r) => (format!("#/explore/region/{}", r.id), r.label, "body area"),
                            Hit::Muscle(m) => (format!("#/explore/muscle/{}", m.id), m.name, "muscle"),
                        };
                        html! { <li><a {href}>{name}</a><span class="muted">{" – "}{kind}</span></li> }
                    }) }
                </ul>
            }
        </div>
    }
}
