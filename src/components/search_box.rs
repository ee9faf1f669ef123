//! Explore's search: a body area, a muscle or a symptom word, matched on
//! every keystroke, forgiving of case, accents and small typos.

use crate::app::Msg;
use crate::components::markup::{raw, Markup};
use crate::content::search_index;
use crate::engine::search::Hit;
use crate::hooks::use_details::Details;
use crate::ui::{self, search as text};
use yew::prelude::*;

/// How many matches are listed.
const SHOWN: usize = 8;

/// `details`: the details file, whose symptoms and summaries are searched
/// once it has arrived.
pub fn search_box(query: &str, details: &Details, dispatch: &Callback<Msg>) -> Html {
    let oninput = dispatch.reform(|e: InputEvent| {
        Msg::Search(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        )
    });
    let file = match details {
        Details::Loaded(file) => Some(&**file),
        _ => None,
    };
    let hits = search_index(file).search(query);
    // Nothing found before the details file (other names, search words,
    // symptoms) is there is not "nothing matches".
    let status = match (hits.len(), details) {
        _ if query.trim_matches(' ').is_empty() => String::new(),
        (0, Details::Loading) => ui::common::LOADING.to_string(),
        (0, Details::Failed) => ui::common::NOT_LOADED.to_string(),
        (0, Details::Loaded(_)) => text::nothing(query.trim_matches(' ')),
        (n, _) => text::matches(n),
    };
    let mut list = Markup::default();
    if !hits.is_empty() {
        list.wrap(raw!("ul class=\"hits\""), |list| {
            for h in hits.iter().take(SHOWN) {
                let (kind, id, name, what) = match h {
                    Hit::Region(r) => (raw!("region"), r.id, r.label, text::AREA),
                    Hit::Muscle(m) => (raw!("muscle"), m.id, m.name, text::MUSCLE),
                };
                list.wrap(raw!("li"), |list| {
                    list.explore_link(kind, id, name)
                        .el(raw!("span class=\"muted\""), what);
                });
            }
        });
    }
    let list = list.html();
    html! {
        <div class="search" role="search">
            <label for="explore-search">{text::LABEL}</label>
            <input id="explore-search" type="search" value={query.to_string()} {oninput}
                placeholder={text::PLACEHOLDER} autocomplete="off" spellcheck="false" />
            <p class="muted search-status" role="status">{status}</p>
            {list}
        </div>
    }
}
