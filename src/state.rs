//! The only bridge between Yew and the engine: app state as a reducer whose
//! messages wrap engine actions. Components render this state and dispatch
//! messages; they never call the engine's reducer themselves.
//!
//! The URL fragment mirrors the state (see `route`): the app writes it after
//! each change, and Back/Forward or a pasted link come back as
//! [`Msg::Navigate`].

use crate::content::CONTENT;
use crate::engine::codec::{decode, encode};
use crate::engine::quote::id_only;
use crate::engine::{Action, Answer, RegionSel, Session, Step};
use crate::explore::{ExploreView, Lens};
use crate::route::Route;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// The questions, or the result once the session is done.
    Guided,
    /// The print-friendly summary for a clinician.
    Summary,
    /// The body map to browse, both ways, and muscle pages.
    Explore,
}

/// A message shown above the screen until dismissed or resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// A link could not be read; the reason is shown for a bug report.
    BadLink(String),
    /// Saved progress from an earlier visit could not be read. It is kept
    /// until the person starts over.
    BadSaved(String),
    /// Storage is unavailable: the app works, but cannot save.
    StorageOff,
    /// A link was opened while different saved progress exists: the person
    /// chooses which to keep; nothing is saved until then.
    LinkOrSaved,
}

/// How the URL should follow the next state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to the previous step.
    Push,
    /// Rewrite the current entry (after loading a link, to its clean form).
    Replace,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub session: Session,
    /// Answers the last change removed, so the screen can say so.
    pub dropped: Vec<&'static str>,
    pub notice: Option<Notice>,
    /// Progress saved on an earlier visit, offered on the welcome screen.
    pub saved: Option<Session>,
    /// Whether changes are written to storage (off while a link and saved
    /// progress disagree, and when storage is unavailable).
    pub autosave: bool,
    pub history: History,
    /// An earlier answer is being changed from the review list: the next
    /// answer goes straight back to the first open question or the result.
    pub editing: bool,
    /// What the last copy or download on the summary did.
    pub summary_status: Option<&'static str>,
    /// Regions are picked from a plain list instead of the body map (kept
    /// for every region question once chosen).
    pub region_list: bool,
    /// What explore mode shows (kept while the person is elsewhere).
    pub explore: ExploreView,
    /// The last map view, for muscle pages' way back to it.
    pub last_map: ExploreView,
    /// The explore search box's text.
    pub query: String,
    /// Answers explore handed to the guided flow: each is shown chosen when
    /// its question comes up, and counts once the person confirms it.
    pub prefill: Vec<(&'static str, Answer)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// The fragment changed: first load, Back/Forward, or a link.
    Navigate(String),
    /// Start afresh (forgets saved progress).
    Start,
    /// Resume the saved progress.
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
    KeepLink = "keep-link" => Msg::KeepLink,
    Dismiss = "dismiss" => Msg::Dismiss,
    Summary = "summary" => Msg::Summary,
    Back = "back" => Msg::Engine(Action::Back),
    ShowResult = "result" => Msg::ShowResult,
}

impl AppState {
    /// The state at start-up, from the URL fragment and whatever storage held
    /// (`Err` when storage is unavailable).
    pub fn boot(hash: &str, stored: Result<Option<String>, ()>) -> AppState {
        let mut s = AppState {
            screen: Screen::Welcome,
            session: Session::new(&CONTENT),
            dropped: Vec::new(),
            notice: None,
            saved: None,
            autosave: stored.is_ok(),
            history: History::Replace,
            editing: false,
            summary_status: None,
            region_list: false,
            explore: ExploreView::default(),
            last_map: ExploreView::default(),
            query: String::new(),
            prefill: Vec::new(),
        };
        match stored {
            Ok(Some(text)) => match decode(&CONTENT, &text) {
                Ok(saved) => s.saved = Some(saved),
                Err(e) => {
                    s.notice = Some(Notice::BadSaved(e.to_string()));
                    // Never overwrite what could not be read without asking.
                    s.autosave = false;
                }
            },
            Ok(None) => {}
            Err(()) => s.notice = Some(Notice::StorageOff),
        }
        s.navigate(hash);
        if s.screen == Screen::Guided && !worth_saving(&s.session) && s.saved.is_some() {
            // A link to the start (an embed's "guided" start) must not hide
            // saved progress: the welcome screen offers to continue it.
            s.screen = Screen::Welcome;
        }
        if matches!(s.screen, Screen::Guided | Screen::Summary)
            && s.saved.as_ref().is_some_and(|saved| *saved != s.session)
        {
            s.notice = Some(Notice::LinkOrSaved);
            s.autosave = false;
        }
        s.remember_map();
        s
    }

    fn remember_map(&mut self) {
        if matches!(self.explore, ExploreView::Map { .. }) {
            self.last_map = self.explore.clone();
        }
    }

    /// The route that shows this state.
    pub fn route(&self) -> Route {
        match self.screen {
            Screen::Welcome => Route::Welcome,
            Screen::Guided => Route::Guided(encode(&self.session)),
            Screen::Summary => Route::Summary(encode(&self.session)),
            Screen::Explore => Route::Explore(self.explore.clone()),
        }
    }

    /// Whether there are answers to come back to: saved from an earlier
    /// visit, or given in this one.
    pub fn has_progress(&self) -> bool {
        self.saved.is_some() || worth_saving(&self.session)
    }

    /// The answer a question shows: the person's own, or one explore offered.
    pub fn shown_answer(&self, question: &str) -> Option<Answer> {
        self.session.answer(question).cloned().or_else(|| {
            self.prefill
                .iter()
                .find(|(q, _)| *q == question)
                .map(|(_, a)| a.clone())
        })
    }

    /// Browser Back and Forward move between steps without losing answers:
    /// when the entry's answers agree with (are a part of) the current ones,
    /// only the step changes. Anything else (another person's link) is taken
    /// as it is.
    fn keeping_answers(&self, entry: Session) -> Session {
        match entry.step() {
            Step::Question(q) if self.agrees(&entry) => self
                .session
                .apply(&CONTENT, Action::GoTo(q))
                .map_or(entry, |t| t.session),
            _ => entry,
        }
    }

    /// Whether `entry`'s answers are a part of the current ones.
    fn agrees(&self, entry: &Session) -> bool {
        entry
            .answers()
            .iter()
            .all(|(q, a)| self.session.answer(q) == Some(a))
    }

    fn navigate(&mut self, hash: &str) {
        self.history = History::Replace;
        let (screen, text) = match Route::parse(hash) {
            Route::Welcome => {
                self.screen = Screen::Welcome;
                return;
            }
            Route::Guided(t) => (Screen::Guided, t),
            Route::Summary(t) => (Screen::Summary, t),
            Route::Explore(v) => {
                self.screen = Screen::Explore;
                self.explore = v;
                return;
            }
            Route::BadExplore(e) => {
                self.screen = Screen::Explore;
                self.explore = ExploreView::default();
                self.notice = Some(Notice::BadLink(e));
                return;
            }
            Route::Unknown(p) => {
                self.screen = Screen::Welcome;
                self.notice = Some(Notice::BadLink(format!(
                    "there is no page `{}`",
                    id_only(&p)
                )));
                return;
            }
        };
        match decode(&CONTENT, &text) {
            Ok(session) => {
                if session != self.session {
                    self.dropped.clear();
                }
                if !self.agrees(&session) {
                    // Another person's link: explore's offers were for this one.
                    self.prefill.clear();
                }
                self.session = self.keeping_answers(session);
                self.screen = screen;
            }
            Err(e) => {
                self.screen = Screen::Welcome;
                self.session = Session::new(&CONTENT);
                self.notice = Some(Notice::BadLink(e.to_string()));
            }
        }
    }
}

#[cfg(feature = "web")]
impl yew::Reducible for AppState {
    type Action = Msg;

    fn reduce(self: std::rc::Rc<Self>, msg: Msg) -> std::rc::Rc<Self> {
        match self.update(msg) {
            Some(next) => std::rc::Rc::new(next),
            None => self,
        }
    }
}

impl AppState {
    /// The state after `msg`; `None` when nothing changes.
    pub fn update(&self, msg: Msg) -> Option<AppState> {
        let mut next = self.clone();
        next.history = History::Push;
        next.summary_status = None;
        match msg {
            Msg::Navigate(hash) => {
                if Route::parse(&hash) == self.route() {
                    return None;
                }
                next.navigate(&hash);
            }
            Msg::Start => {
                next.session = Session::new(&CONTENT);
                next.screen = Screen::Guided;
                next.saved = None;
                next.dropped.clear();
                next.prefill.clear();
                next.autosave = next.notice != Some(Notice::StorageOff);
                next.notice = next.notice.filter(|n| *n == Notice::StorageOff);
            }
            Msg::Handoff(answers) => {
                next = next.update(Msg::Start)?;
                next.prefill = answers;
            }
            Msg::Continue => {
                if let Some(saved) = next.saved.clone() {
                    next.session = saved;
                }
                next.prefill.clear();
                next.screen = Screen::Guided;
                next.autosave = next.notice != Some(Notice::StorageOff);
                next.notice = None;
            }
            Msg::KeepLink => {
                next.saved = None;
                next.autosave = true;
                next.notice = None;
            }
            Msg::Summary => next.screen = Screen::Summary,
            Msg::Engine(Action::Back) if self.session.step() == Session::new(&CONTENT).step() => {
                next.screen = Screen::Welcome;
            }
            Msg::ShowResult => return self.update(Msg::Engine(Action::Resume)),
            Msg::Engine(action) => {
                next.editing = matches!(action, Action::GoTo(_));
                let action = match action {
                    Action::Answer(q, a) if self.editing => Action::Edit(q, a),
                    other => other,
                };
                match self.session.apply(&CONTENT, action) {
                    Ok(t) => {
                        next.session = t.session;
                        next.dropped = t.dropped;
                        next.screen = Screen::Guided;
                        // An offer counts once confirmed; it never comes back
                        // after a change drops that answer.
                        let session = &next.session;
                        next.prefill.retain(|(q, _)| session.answer(q).is_none());
                    }
                    // The UI only offers valid actions; an invalid one changes nothing.
                    Err(_) => return None,
                }
            }
            Msg::StorageFailed => {
                next.autosave = false;
                next.notice = Some(Notice::StorageOff);
            }
            Msg::SummaryStatus(s) => next.summary_status = Some(s),
            Msg::ToggleRegionList => next.region_list = !self.region_list,
            Msg::ExploreToggle(sel) => {
                let ExploreView::Map { areas, .. } = &mut next.explore else {
                    return None;
                };
                match areas.iter().position(|a| *a == sel) {
                    Some(i) => {
                        areas.remove(i);
                    }
                    None => areas.push(sel),
                }
                // Taps refine one view; they are not steps to go back through.
                next.history = History::Replace;
            }
            Msg::ExploreLens(lens) => {
                // Lens buttons are only on the map.
                let ExploreView::Map { areas, .. } = &self.explore else {
                    return None;
                };
                next.explore = ExploreView::Map {
                    lens,
                    areas: areas.clone(),
                };
            }
            Msg::Search(q) => {
                next.query = q;
                next.history = History::Replace;
            }
            Msg::Dismiss => next.notice = None,
        }
        next.remember_map();
        Some(next)
    }
}

/// Whether this session is worth saving (something answered).
pub fn worth_saving(s: &Session) -> bool {
    !s.answers().is_empty() || s.step() == Step::Done
}
