//! Articles to read next; they open in a new tab and send no referrer.

use crate::engine::model::Article;
use yew::prelude::*;

pub fn article_list(articles: &[&'static Article]) -> Html {
    html! {
        <ul class="articles">
            { for articles.iter().map(|a| html! {
                <li key={a.id}>
                    <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a>
                    <span class="publisher">{" – "}{a.publisher}{" (opens in a new tab)"}</span>
                </li>
            }) }
        </ul>
    }
}
