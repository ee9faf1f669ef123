//! A calm message above the screen: a link that could not be read, saved
//! progress that could not be read, storage that is off, or a link that
//! disagrees with saved progress. Its buttons send a [`ButtonMsg`].

use crate::app::{ButtonMsg, Notice};
use crate::components::markup::{raw, Markup, Raw};
use yew::Html;

pub fn notice_bar(notice: &Notice) -> Html {
    let ok: &[(Raw, ButtonMsg, &str)] = &[(raw!("secondary"), ButtonMsg::Dismiss, "OK")];
    let (text, detail, actions) = match notice {
        Notice::BadLink(why) => (
            "This link could not be opened, so you are starting fresh. Any answers saved on this device are untouched.",
            Some(why.as_str()),
            ok,
        ),
        Notice::BadSaved(why) => (
            "Answers saved on this device earlier could not be read by this version. They are kept until you start over.",
            Some(why.as_str()),
            ok,
        ),
        Notice::StorageOff => (
            "This browser does not allow saving here, so your answers will not be kept if you close the page. Everything else works.",
            None,
            ok,
        ),
        Notice::Forgotten => (
            "Your answers were erased from this device's storage. This tab's Back button can still show earlier steps until you close it.",
            None,
            ok,
        ),
        Notice::LinkOrSaved => (
            "You opened a link with answers, and this device has different answers saved from earlier. Which do you want to keep?",
            None,
            &[
                (raw!("primary"), ButtonMsg::KeepLink, "Keep the link's answers"),
                (raw!("secondary"), ButtonMsg::Continue, "Go back to my saved answers"),
            ][..],
        ),
    };
    let mut out = Markup::default();
    out.wrap(raw!("div class=\"notice\" role=\"status\""), |out| {
        out.el(raw!("p"), text);
        if let Some(d) = detail {
            out.el(raw!("p class=\"notice-detail\""), &format!("Reason: {d}"));
        }
        out.wrap(raw!("div class=\"notice-actions\""), |out| {
            for (class, msg, label) in actions {
                out.button(*class, *msg, label);
            }
        });
    })
    .html()
}
