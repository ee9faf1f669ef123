//! The only bridge between Yew and the engine: app state as a reducer whose
//! messages ([`Msg`]) wrap engine actions. Components render this state and dispatch
//! messages; they never call the engine's reducer themselves.
//!
//! The URL fragment mirrors the state (see `route`): the app writes it after
//! each change, and Back/Forward or a pasted link come back as
//! [`Msg::Navigate`].

use crate::app::explore_state::ExploreView;
use crate::app::route::Route;
use crate::app::Msg;
use crate::content::CONTENT;
use crate::engine::codec::{decode, encode};
use crate::engine::quote::id_only;
use crate::engine::{Action, Answer, Session, Step};
use crate::ui::errors;

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
    /// The person asked to forget their answers, and they were erased.
    Forgotten,
}

/// What storage should hold for a state (see [`AppState::stored`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// Leave it as it is: saving is off, or there is nothing new to keep
    /// (progress from an earlier visit stays until the person resumes or
    /// drops it).
    Untouched,
    /// These answers (encoded).
    Answers(String),
    /// Nothing: the person started over or asked to forget, and has not
    /// answered since (answers this tab's Back brings back included).
    Nothing,
}

/// How the URL should follow the next state change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry: Back returns to the previous step.
    Push,
    /// Rewrite the current entry (after loading a link, to its clean form).
    Replace,
}

/// Everything the screen shows, in three parts that change apart: saved
/// progress, the guided questions and explore mode.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub notice: Option<Notice>,
    pub history: History,
    /// Regions are picked from a plain list instead of the body map (kept
    /// for every region question, guided or explore, once chosen).
    pub region_list: bool,
    pub saved: Saved,
    pub guided: Guided,
    pub explore: Explore,
}

/// Progress on this device.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// Progress saved on an earlier visit, offered on the welcome screen.
    pub session: Option<Session>,
    /// The person started over or asked to forget, and has changed no
    /// answer since: storage is to hold no answers, even when the tab's
    /// Back brings earlier ones back to the screen. (A fresh start for any
    /// other reason, a link that could not be read say, leaves what is
    /// saved alone.)
    pub erased: bool,
    /// How many times the person started over or asked to forget: each
    /// time, storage is erased again, even if it should already hold
    /// nothing (another tab may have saved since).
    pub erasures: u32,
    /// Whether changes are written to storage (off while a link and saved
    /// progress disagree, and when storage is unavailable).
    pub autosave: bool,
}

/// The guided questions, their result and the clinician summary.
#[derive(Debug, Clone, PartialEq)]
pub struct Guided {
    pub session: Session,
    /// Answers the last change removed, so the screen can say so.
    pub dropped: Vec<&'static str>,
    /// An earlier answer is being changed from the review list: the next
    /// answer goes straight back to the first open question or the result.
    pub editing: bool,
    /// Answers explore handed to the guided flow: each is shown chosen when
    /// its question comes up, and counts once the person confirms it.
    pub prefill: Vec<(&'static str, Answer)>,
    /// What the last copy or download on the summary did.
    pub summary_status: Option<&'static str>,
}

impl Guided {
    /// A fresh start at `session`: nothing dropped, offered or being edited.
    fn fresh(session: Session) -> Guided {
        Guided {
            session,
            dropped: Vec::new(),
            editing: false,
            prefill: Vec::new(),
            summary_status: None,
        }
    }
}

/// Explore mode (kept while the person is elsewhere).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Explore {
    /// What explore shows.
    pub view: ExploreView,
    /// The last map view, for muscle pages' way back to it.
    pub last_map: ExploreView,
    /// The search box's text.
    pub query: String,
}

impl AppState {
    /// The state at start-up, from the URL fragment and whatever storage held
    /// (`Err` when storage is unavailable).
    pub fn boot(hash: &str, stored: Result<Option<String>, ()>) -> AppState {
        let mut s = AppState {
            screen: Screen::Welcome,
            notice: None,
            history: History::Replace,
            region_list: false,
            saved: Saved {
                session: None,
                erased: false,
                erasures: 0,
                autosave: stored.is_ok(),
            },
            guided: Guided::fresh(Session::new(&CONTENT)),
            explore: Explore::default(),
        };
        match stored {
            Ok(Some(text)) => match decode(&CONTENT, &text) {
                Ok(saved) => s.saved.session = Some(saved),
                Err(e) => {
                    s.notice = Some(Notice::BadSaved(e.to_string()));
                    // Never overwrite what could not be read without asking.
                    s.saved.autosave = false;
                }
            },
            Ok(None) => {}
            Err(()) => s.notice = Some(Notice::StorageOff),
        }
        s.navigate(hash);
        let saved = s.saved.session.as_ref();
        if s.screen == Screen::Guided && !worth_saving(&s.guided.session) && saved.is_some() {
            // A link to the start (an embed's "guided" start) must not hide
            // saved progress: the welcome screen offers to continue it.
            s.screen = Screen::Welcome;
        }
        if matches!(s.screen, Screen::Guided | Screen::Summary)
            && saved.is_some_and(|saved| *saved != s.guided.session)
        {
            s.notice = Some(Notice::LinkOrSaved);
            s.saved.autosave = false;
        }
        s.explore.remember_map();
        s
    }

    /// This state, knowing that answers were erased in this tab and none
    /// saved since (`services::storage::erased_here`): answers the URL
    /// still holds are shown but not saved again, as after Back. Unless
    /// storage holds answers (another tab saved some since, or ones this
    /// version cannot read), which are never erased without the person
    /// asking.
    pub fn erased_before(mut self) -> AppState {
        let unreadable = matches!(self.notice, Some(Notice::BadSaved(_)));
        if self.saved.session.is_none() && !unreadable {
            self.saved.erased = true;
        }
        self
    }

    /// The route that shows this state.
    pub fn route(&self) -> Route {
        match self.screen {
            Screen::Welcome => Route::Welcome,
            Screen::Guided => Route::Guided(encode(&self.guided.session)),
            Screen::Summary => Route::Summary(encode(&self.guided.session)),
            Screen::Explore => Route::Explore(self.explore.view.clone()),
        }
    }

    /// What storage should hold now: the answers in progress, or nothing
    /// once the person starts over or asks to forget, so a shared device
    /// keeps no one's answers.
    pub fn stored(&self) -> Stored {
        let session = &self.guided.session;
        if self.saved.erased {
            // Tried even where saving is off: a write may have failed (a
            // full storage) where erasing still works. If it fails too,
            // the app says storage is off.
            Stored::Nothing
        } else if worth_saving(session) && self.saved.autosave {
            Stored::Answers(encode(session))
        } else {
            Stored::Untouched
        }
    }

    /// Whether there are answers to come back to: saved from an earlier
    /// visit, or given in this one.
    pub fn has_progress(&self) -> bool {
        self.saved.session.is_some() || worth_saving(&self.guided.session)
    }

    /// The answer a question shows: the person's own, or one explore offered.
    pub fn shown_answer(&self, question: &str) -> Option<Answer> {
        let g = &self.guided;
        g.session.answer(question).cloned().or_else(|| {
            g.prefill
                .iter()
                .find(|(q, _)| *q == question)
                .map(|(_, a)| a.clone())
        })
    }

    /// Starts the guided questions at `session`, saving again unless
    /// storage is off or holds answers that could not be read (kept until
    /// the person starts over).
    fn begin(&mut self, session: Session) {
        self.guided = Guided::fresh(session);
        self.screen = Screen::Guided;
        self.saved.autosave =
            !matches!(self.notice, Some(Notice::StorageOff | Notice::BadSaved(_)));
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
                self.explore.view = v;
                return;
            }
            Route::BadExplore(e) => {
                self.screen = Screen::Explore;
                self.explore.view = ExploreView::default();
                self.notice = Some(Notice::BadLink(e));
                return;
            }
            Route::Unknown(p) => {
                self.screen = Screen::Welcome;
                self.notice = Some(Notice::BadLink(errors::no_page(&id_only(&CONTENT, &p))));
                return;
            }
        };
        match decode(&CONTENT, &text) {
            Ok(session) => {
                self.guided.follow(session);
                self.screen = screen;
            }
            Err(e) => {
                self.screen = Screen::Welcome;
                self.guided.session = Session::new(&CONTENT);
                self.notice = Some(Notice::BadLink(e.to_string()));
            }
        }
    }
}

impl Guided {
    /// Takes the session of a link or a history entry.
    fn follow(&mut self, entry: Session) {
        if entry != self.session {
            self.dropped.clear();
        }
        if !self.agrees(&entry) {
            // Another person's link: explore's offers were for this one.
            self.prefill.clear();
        }
        self.session = self.keeping_answers(entry);
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

    /// Applies an engine action; `None` when the engine refuses it.
    fn apply(&mut self, action: Action) -> Option<()> {
        let editing = matches!(action, Action::GoTo(_));
        let action = match action {
            Action::Answer(q, a) if self.editing => Action::Edit(q, a),
            other => other,
        };
        let t = self.session.apply(&CONTENT, action).ok()?;
        self.session = t.session;
        self.dropped = t.dropped;
        self.editing = editing;
        // An offer counts once confirmed; it never comes back after a change
        // drops that answer.
        let session = &self.session;
        self.prefill.retain(|(q, _)| session.answer(q).is_none());
        Some(())
    }
}

impl Explore {
    fn remember_map(&mut self) {
        if matches!(self.view, ExploreView::Map { .. }) {
            self.last_map = self.view.clone();
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
        next.guided.summary_status = None;
        // Only the person's own answers, or their choice to resume, end
        // an erasure: not Back, nor any other click on what Back showed.
        let resumed = matches!(msg, Msg::Continue | Msg::KeepLink);
        let answering = matches!(msg, Msg::Engine(_));
        match msg {
            Msg::Navigate(hash) => {
                if Route::parse(&hash) == self.route() {
                    return None;
                }
                next.navigate(&hash);
            }
            Msg::Start => {
                next.notice = next.notice.filter(|n| *n == Notice::StorageOff);
                next.saved.session = None;
                next.saved.erased = true;
                next.saved.erasures += 1;
                next.begin(Session::new(&CONTENT));
            }
            Msg::Handoff(answers) => {
                next = next.update(Msg::Start)?;
                next.guided.prefill = answers;
            }
            Msg::Continue => {
                // Saved answers become the ones in progress (and are saved
                // again as they change); without them, the answers of this
                // visit go on, an edit under way included.
                match next.saved.session.take() {
                    Some(saved) => next.begin(saved),
                    None => {
                        next.begin(self.guided.session.clone());
                        next.guided.editing = self.guided.editing;
                    }
                }
                // What still holds stays said: no storage, unreadable answers.
                let lasting = |n: &Notice| matches!(n, Notice::StorageOff | Notice::BadSaved(_));
                next.notice = next.notice.filter(lasting);
            }
            Msg::KeepLink => {
                next.saved = Saved {
                    session: None,
                    erased: false,
                    autosave: true,
                    ..next.saved
                };
                next.notice = None;
            }
            Msg::Summary => next.screen = Screen::Summary,
            Msg::Engine(Action::Back)
                if self.guided.session.step() == Session::new(&CONTENT).step() =>
            {
                next.screen = Screen::Welcome;
            }
            Msg::ShowResult => return self.update(Msg::Engine(Action::Resume)),
            Msg::Engine(action) => {
                // The UI only offers valid actions; an invalid one changes nothing.
                next.guided.apply(action)?;
                next.screen = Screen::Guided;
            }
            Msg::Forget => {
                let off = self.notice == Some(Notice::StorageOff);
                next = AppState {
                    notice: Some(if off {
                        Notice::StorageOff
                    } else {
                        Notice::Forgotten
                    }),
                    saved: Saved {
                        session: None,
                        erased: true,
                        erasures: self.saved.erasures + 1,
                        autosave: !off,
                    },
                    guided: Guided::fresh(Session::new(&CONTENT)),
                    screen: Screen::Welcome,
                    ..next
                };
            }
            Msg::StorageFailed => {
                next.saved.autosave = false;
                next.notice = Some(Notice::StorageOff);
            }
            Msg::SummaryStatus(s) => next.guided.summary_status = Some(s),
            Msg::ToggleRegionList => next.region_list = !self.region_list,
            Msg::ExploreToggle(sel) => {
                let ExploreView::Map { areas, .. } = &mut next.explore.view else {
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
                let ExploreView::Map { areas, .. } = &self.explore.view else {
                    return None;
                };
                next.explore.view = ExploreView::Map {
                    lens,
                    areas: areas.clone(),
                };
            }
            Msg::Search(q) => {
                next.explore.query = q;
                next.history = History::Replace;
            }
            Msg::Dismiss => next.notice = None,
        }
        next.explore.remember_map();
        let changed = answering && next.guided.session.answers() != self.guided.session.answers();
        next.saved.erased &= !((changed || resumed) && worth_saving(&next.guided.session));
        Some(next)
    }
}

/// Whether this session is worth saving (something answered).
pub fn worth_saving(s: &Session) -> bool {
    !s.answers().is_empty() || s.step() == Step::Done
}
