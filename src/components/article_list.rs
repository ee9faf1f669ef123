//! Articles to read next; they open in a new tab and send no referrer.

use crate::components::markup::Markup;
use crate::engine::model::Article;

pub fn article_list(m: &mut Markup, articles: &[&'static Article]) {
    m.raw("<ul class=\"articles\">");
    for a in articles {
        m.raw("<li><a target=\"_blank\" rel=\"noopener noreferrer\" href=\"")
            .text(a.url)
            .raw("\">")
            .text(a.title)
            .raw("</a><span class=\"publisher\"> – ")
            .text(a.publisher)
            .raw(" (opens in a new tab)</span></li>");
    }
    m.raw("</ul>");
}
