//! The first screen: what the tool does, what it cannot do, and privacy.
//! Its buttons carry `data-msg` (see [`crate::components::actions`]).

use crate::components::markup::Markup;
use yew::Html;

/// `has_saved`: progress from an earlier visit can be resumed.
pub fn welcome(has_saved: bool) -> Html {
    Markup::default()
        .raw("<section class=\"welcome\" aria-labelledby=\"welcome-title\">")
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
        .raw(if has_saved {
            "<button type=\"button\" class=\"primary\" data-msg=\"continue\">Continue where you left off</button>\
             <button type=\"button\" class=\"secondary\" data-msg=\"start\">Start over</button>"
        } else {
            "<button type=\"button\" class=\"primary\" data-msg=\"start\">Start</button>"
        })
        .raw("</div>")
        .el("h2", "Or explore where pain comes from")
        .el(
            "p",
            "Browse the body map: tap where it hurts to see which muscles commonly refer there, \
             or where you press to see where that spot commonly sends pain. Works offline too.",
        )
        .raw("<p><a class=\"button secondary\" href=\"#/explore\">Explore the body map</a></p></section>")
        .html()
}
