//! Articles to read next; they open in a new tab and send no referrer.

use crate::components::markup::{raw, Markup};
use crate::engine::model::Article;
use crate::ui;

pub fn article_list(m: &mut Markup, articles: &[&'static Article]) {
    m.wrap(raw!("ul class=\"articles\""), |m| {
        for a in articles {
            m.wrap(raw!("li"), |m| {
                let link = raw!("a target=\"_blank\" rel=\"noopener noreferrer\"");
                m.wrap_with(link, &[(raw!("href"), a.url)], |m| {
                    m.text(a.title);
                })
                .el(
                    raw!("span class=\"publisher\""),
                    &ui::common::publisher(a.publisher),
                );
            });
        }
    });
}
