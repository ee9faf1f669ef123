//! A calm message above the screen: a link that could not be read, saved
//! progress that could not be read, storage that is off, or a link that
//! disagrees with saved progress.

use crate::state::{Msg, Notice};
use yew::prelude::*;

pub fn notice_bar(notice: &Notice, dispatch: &Callback<Msg>) -> Html {
    let send = |m: Msg| dispatch.reform(move |_: MouseEvent| m.clone());
    let dismiss = html! {
        <button type="button" class="secondary" onclick={send(Msg::Dismiss)}>{"OK"}</button>
    };
    let (text, detail, actions) = match notice {
        Notice::BadLink(why) => (
            "This link could not be opened, so you are starting fresh. Any answers saved on this device are untouched.",
            Some(why.clone()),
            dismiss,
        ),
        Notice::BadSaved(why) => (
            "Answers saved on this device earlier could not be read by this version. They are kept until you start over.",
            Some(why.clone()),
            dismiss,
        ),
        Notice::StorageOff => (
            "This browser does not allow saving here, so your answers will not be kept if you close the page. Everything else works.",
            None,
            dismiss,
        ),
        Notice::LinkOrSaved => (
            "You opened a link with answers, and this device has different answers saved from earlier. Which do you want to keep?",
            None,
            html! {
                <>
                    <button type="button" class="primary" onclick={send(Msg::KeepLink)}>{"Keep the link's answers"}</button>
                    <button type="button" class="secondary" onclick={send(Msg::Continue)}>{"Go back to my saved answers"}</button>
                </>
            },
        ),
    };
    html! {
        <div class="notice" role="status">
            <p>{text}</p>
            if let Some(d) = detail {
                <p class="notice-detail">{"Reason: "}{d}</p>
            }
            <div class="notice-actions">{actions}</div>
        </div>
    }
}
