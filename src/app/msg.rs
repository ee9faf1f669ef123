//! What the app can be asked to do: every change of [`AppState`] comes as a
//! [`Msg`], and the buttons written as markup send a [`ButtonMsg`], whose
//! attribute names are declared with it.
//!
//! [`AppState`]: crate::app::AppState

use crate::app::explore_state::Lens;
use crate::engine::{Action, Answer, RegionSel};

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The fragment changed: first load, Back/Forward, or a link.
    Navigate(String),
    /// Start afresh (erases saved progress).
    Start,
    /// Erase the answers, saved and in progress, and say so.
    Forget,
    /// Resume: the progress saved on an earlier visit, or else the answers
    /// of this one.
    Continue,
    /// Keep the answers of the link that was opened, replacing saved ones.
    KeepLink,
    Summary,
    Engine(Action),
    /// Storage refused a write: say so once and stop trying.
    StorageFailed,
    /// The outcome of a copy or download on the summary screen.
    SummaryStatus(&'static str),
    /// Switch between the body map and the plain list of regions.
    ToggleRegionList,
    /// Add or remove an area on explore's map.
    ExploreToggle(RegionSel),
    ExploreLens(Lens),
    Search(String),
    /// Start the guided flow afresh with these answers offered.
    Handoff(Vec<(&'static str, Answer)>),
    Dismiss,
    /// Leave the summary for the guided flow: the result, or the first
    /// question still open when the answers are not complete.
    ShowResult,
}

/// Declares the messages a button written as markup can send, each with the
/// name its `data-msg` attribute carries: one list, so the attribute written
/// and the name parsed cannot disagree.
macro_rules! button_msgs {
    ($($(#[$doc:meta])* $variant:ident = $name:literal => $msg:expr,)*) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ButtonMsg {
            $($(#[$doc])* $variant,)*
        }

        impl ButtonMsg {
            pub const ALL: &'static [ButtonMsg] = &[$(ButtonMsg::$variant,)*];

            /// The `data-msg` value.
            pub fn name(self) -> &'static str {
                match self {
                    $(ButtonMsg::$variant => $name,)*
                }
            }

            pub fn parse(name: &str) -> Option<ButtonMsg> {
                match name {
                    $($name => Some(ButtonMsg::$variant),)*
                    _ => None,
                }
            }

            /// The message a click sends.
            pub fn msg(self) -> Msg {
                match self {
                    $(ButtonMsg::$variant => $msg,)*
                }
            }
        }
    };
}

button_msgs! {
    Start = "start" => Msg::Start,
    Continue = "continue" => Msg::Continue,
    Forget = "forget" => Msg::Forget,
    KeepLink = "keep-link" => Msg::KeepLink,
    Dismiss = "dismiss" => Msg::Dismiss,
    Summary = "summary" => Msg::Summary,
    Back = "back" => Msg::Engine(Action::Back),
    ShowResult = "result" => Msg::ShowResult,
}
