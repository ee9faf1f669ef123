//! The header on every screen: the name, and the two modes, the current one
//! marked. Written as markup so the build can prerender it with the welcome
//! screen (see [`crate::components::welcome::first_screen`]).

use crate::components::markup::{raw, Markup, Raw};
use crate::ui;

/// `explore`: explore mode is showing; `explore_href` is where its link
/// goes (the last map viewed); `here`: the route showing, which the other
/// language's link keeps (ids are the same in every language, so the
/// answers and the screen carry over).
pub fn app_header(out: &mut Markup, explore: bool, explore_href: &str, here: &str) {
    let current: &[(Raw, &str)] = &[(raw!("aria-current"), "page")];
    let (questions, explore_current) = if explore {
        (&[][..], current)
    } else {
        (current, &[][..])
    };
    let other = format!("{}{here}", ui::language::OTHER_PATH);
    let lang = ui::language::OTHER_CODE;
    let language = [
        (raw!("href"), other.as_str()),
        (raw!("hreflang"), lang),
        (raw!("lang"), lang),
    ];
    out.wrap(raw!("header class=\"app-header\""), |out| {
        let modes = [(raw!("aria-label"), ui::header::MODES)];
        // The language link sits by the name, so on a phone it shares the
        // name's line and the modes keep a line of their own.
        out.el(raw!("p class=\"brand\""), ui::header::BRAND)
            .wrap_with(raw!("a class=\"language\""), &language, |out| {
                out.text(ui::language::OTHER);
            })
            .wrap_with(raw!("nav class=\"modes\""), &modes, |out| {
                out.wrap_with(raw!("a href=\"#/\""), questions, |out| {
                    out.text(ui::header::QUESTIONS);
                });
                let attrs = [&[(raw!("href"), explore_href)][..], explore_current].concat();
                out.wrap_with(raw!("a"), &attrs, |out| {
                    out.text(ui::header::EXPLORE);
                });
            });
    });
}
