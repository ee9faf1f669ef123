//! The first screen: what the tool does, what it cannot do, and privacy.
//!
//! The release build writes it into `index.html` (as with no answers to
//! resume), so it shows before the wasm arrives: Start and Explore are
//! plain links into the routes the app reads on start, and work before it
//! runs. Continue and Start over, shown once the app has read saved
//! answers, send a [`ButtonMsg`].

use crate::app::explore_state::ExploreView;
use crate::app::route::Route;
use crate::app::ButtonMsg;
use crate::components::app_header::app_header;
use crate::components::markup::{raw, Markup};
use crate::content::CONTENT;
use crate::engine::{codec::encode, Session};
use crate::ui;

/// The page as it first shows, before the wasm arrives: the header, and
/// the welcome screen with no answers to resume. A link into another
/// screen (`#/guided/…`, `#/explore/…`) shows the loading line instead
/// (`web/early.js` marks it before the first paint), so no one sees the
/// wrong screen flash.
pub fn first_screen(out: &mut Markup) {
    let explore = Route::Explore(ExploreView::default()).to_hash();
    app_header(out, false, &explore, "");
    out.wrap(
        raw!("main class=\"app-main\" id=\"main\" data-first"),
        |out| {
            welcome(out, false, false);
            out.el(
                raw!("p class=\"loading boot-deep\" role=\"status\""),
                ui::welcome::LOADING,
            );
        },
    );
}

/// `has_progress`: answers from an earlier visit, or this one, can be
/// resumed; `kept_here`: answers are kept on this device (resumable, or
/// saved but unreadable), so the way to erase them is shown.
pub fn welcome(out: &mut Markup, has_progress: bool, kept_here: bool) {
    out.wrap(
        raw!("section class=\"welcome\" aria-labelledby=\"welcome-title\""),
        |out| {
            out.el(
                raw!("h1 id=\"welcome-title\" tabindex=\"-1\""),
                ui::welcome::TITLE,
            )
            .el(raw!("p class=\"lead\""), ui::welcome::LEAD);
            if !ui::language::REVIEW.is_empty() {
                out.el(raw!("p class=\"review-status\""), ui::language::REVIEW);
            }
            out.wrap(raw!("ul class=\"promises\""), |out| {
                for (promise, detail) in [
                    (
                        ui::welcome::NOT_DIAGNOSIS,
                        ui::welcome::NOT_DIAGNOSIS_DETAIL,
                    ),
                    (ui::welcome::PRIVATE, ui::welcome::PRIVATE_DETAIL),
                ] {
                    out.wrap(raw!("li"), |out| {
                        out.el(raw!("strong"), promise).text(" ").text(detail);
                    });
                }
            })
            .wrap(raw!("div class=\"actions\""), |out| {
                if has_progress {
                    out.button(raw!("primary"), ButtonMsg::Continue, ui::welcome::RESUME)
                        .button(raw!("secondary"), ButtonMsg::Start, ui::common::START_OVER);
                } else {
                    let start = Route::Guided(encode(&Session::new(&CONTENT))).to_hash();
                    let link = raw!("a class=\"button primary\"");
                    out.wrap_with(link, &[(raw!("href"), &start)], |out| {
                        out.text(ui::welcome::START);
                    });
                }
            });
            if kept_here {
                kept(out);
            }
            out.el(raw!("h2"), ui::welcome::EXPLORE_TITLE)
                .el(raw!("p"), ui::welcome::EXPLORE_LEAD)
                .wrap(raw!("p"), |out| {
                    out.el(
                        raw!("a class=\"button secondary\" href=\"#/explore\""),
                        ui::welcome::EXPLORE,
                    );
                });
        },
    );
}

/// Where answers are kept, and the way to erase them: on the welcome
/// screen when there are any, and under every result and summary.
pub fn kept(out: &mut Markup) {
    out.wrap(raw!("p class=\"kept no-print\""), |out| {
        out.text(ui::welcome::KEPT).text(" ").button(
            raw!("link-button"),
            ButtonMsg::Forget,
            ui::common::FORGET,
        );
    });
}
