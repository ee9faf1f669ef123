//! A calm message above the screen: a link that could not be read, saved
//! progress that could not be read, storage that is off, or a link that
//! disagrees with saved progress. Its buttons send a [`ButtonMsg`].

use crate::app::{ButtonMsg, Notice};
use crate::components::markup::{raw, Markup, Raw};
use crate::ui::notice as text;
use yew::Html;

pub fn notice_bar(notice: &Notice) -> Html {
    let ok: &[(Raw, ButtonMsg, &str)] = &[(raw!("secondary"), ButtonMsg::Dismiss, text::OK)];
    let (text, detail, actions) = match notice {
        Notice::BadLink(why) => (text::BAD_LINK, Some(why.as_str()), ok),
        Notice::BadSaved(why) => (text::BAD_SAVED, Some(why.as_str()), ok),
        Notice::StorageOff => (text::STORAGE_OFF, None, ok),
        Notice::Forgotten => (text::FORGOTTEN, None, ok),
        Notice::LinkOrSaved => (
            text::LINK_OR_SAVED,
            None,
            &[
                (raw!("primary"), ButtonMsg::KeepLink, text::KEEP_LINK),
                (raw!("secondary"), ButtonMsg::Continue, text::KEEP_SAVED),
            ][..],
        ),
    };
    let mut out = Markup::default();
    out.wrap(raw!("div class=\"notice\" role=\"status\""), |out| {
        out.el(raw!("p"), text);
        if let Some(d) = detail {
            out.el(raw!("p class=\"notice-detail\""), &text::reason(d));
        }
        out.wrap(raw!("div class=\"notice-actions\""), |out| {
            for (class, msg, label) in actions {
                out.button(*class, *msg, label);
            }
        });
    })
    .html()
}
