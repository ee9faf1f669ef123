//! Articles to read next; they open in a new tab and send no referrer.

use crate::components::markup::{raw, Markup};
use crate::engine::model::Article;

pub fn article_list(m: &mut Markup, articles: &[&'static Article]) {
    m.wrap(raw!("ul class=\"articles\""), |m| {
        for a in articles {
            m.raw(raw!(
                "<li><a target=\"_blank\" rel=\"noopener noreferrer\" href=\""
            ))
            .text(a.url)
            .raw(raw!("\">"))
            .text(a.title)
            .raw(raw!("</a><span class=\"publisher\"> – "))
            .text(a.publisher)
            .raw(raw!(" (opens in a new tab)</span></li>"));
        }
    });
}
