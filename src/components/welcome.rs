//! The first screen: what the tool does, what it cannot do, and privacy.
//! Its buttons send a [`ButtonMsg`].

use crate::app::ButtonMsg;
use crate::components::markup::{raw, Markup};
use yew::Html;

/// `has_progress`: answers from an earlier visit, or this one, can be
/// resumed.
pub fn welcome(has_progress: bool) -> Html {
    let mut out = Markup::default();
    out.wrap(
        raw!("section class=\"welcome\" aria-labelledby=\"welcome-title\""),
        |out| {
            out.el(
                raw!("h1 id=\"welcome-title\" tabindex=\"-1\""),
                "Does it spread, or stay put?",
            )
            .el(
                raw!("p class=\"lead\""),
                "A few questions help you tell whether a sore spot behaves like referred pain, \
                 felt somewhere other than where you press, or like local tenderness that stays \
                 where you press. You will see why, and what to read next.",
            )
            .raw(raw!(
                "<ul class=\"promises\"><li><strong>Not a diagnosis. </strong>It describes patterns and checks \
                 for warning signs first; only a clinician can diagnose.</li><li><strong>Private. </strong>Your \
                 answers stay on this device. Nothing is sent anywhere.</li></ul>"
            ))
            .wrap(raw!("div class=\"actions\""), |out| {
                if has_progress {
                    out.button(
                        raw!("primary"),
                        ButtonMsg::Continue,
                        "Continue where you left off",
                    )
                    .button(raw!("secondary"), ButtonMsg::Start, "Start over");
                } else {
                    out.button(raw!("primary"), ButtonMsg::Start, "Start");
                }
            })
            .el(raw!("h2"), "Or explore where pain comes from")
            .el(
                raw!("p"),
                "Browse the body map: tap where it hurts to see which muscles commonly refer there, \
                 or where you press to see where that spot commonly sends pain. Works offline too.",
            )
            .raw(raw!(
                "<p><a class=\"button secondary\" href=\"#/explore\">Explore the body map</a></p>"
            ));
        },
    )
    .html()
}
