//! The first screen: what the tool does, what it cannot do, and privacy.
//! Its buttons send a [`ButtonMsg`].

use crate::components::markup::Markup;
use crate::state::ButtonMsg;
use yew::Html;

/// `has_saved`: progress from an earlier visit can be resumed.
pub fn welcome(has_saved: bool) -> Html {
    let mut out = Markup::default();
    out.raw("<section class=\"welcome\" aria-labelledby=\"welcome-title\">")
        .el("h1 id=\"welcome-title\" tabindex=\"-1\"", "Does it spread, or stay put?")
        .el(
            "p class=\"lead\"",
            "A few questions help you tell whether a sore spot behaves like referred pain, \
             felt somewhere other than where you press, or like local tenderness that stays \
             where you press. You will see why, and what to read next.",
        )
        .raw(
            "<ul class=\"promises\"><li><strong>Not a diagnosis. </strong>It describes patterns and checks \
             for warning signs first; only a clinician can diagnose.</li><li><strong>Private. </strong>Your \
             answers stay on this device. Nothing is sent anywhere.</li></ul><div class=\"actions\">",
        )
;
    if has_saved {
        out.button(
            "primary",
            ButtonMsg::Continue,
            "Continue where you left off",
        )
        .button("secondary", ButtonMsg::Start, "Start over");
    } else {
        out.button("primary", ButtonMsg::Start, "Start");
    }
    out.raw("</div>")
        .el("h2", "Or explore where pain comes from")
        .el(
            "p",
            "Browse the body map: tap where it hurts to see which muscles commonly refer there, \
             or where you press to see where that spot commonly sends pain. Works offline too.",
        )
        .raw("<p><a class=\"button secondary\" href=\"#/explore\">Explore the body map</a></p></section>")
        .html()
}
