//! Articles to read next; they open in a new tab and send no referrer.

use crate::engine::model::Article;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub articles: Vec<&'static Article>,
}

#[component]
pub fn ArticleList(props: &ArticleListProps) -> Html {
    html! {
        <ul class="articles">
            { for props.articles.iter().map(|a| html! {
                <li key={a.id}>
                    <a href={a.url} target="_blank" rel="noopener noreferrer">{a.title}</a>
                    <span class="publisher">{" – "}{a.publisher}{" (opens in a new tab)"}</span>
                </li>
            }) }
        </ul>
    }
}
