//! The only bridge between Yew and the engine: app state as a reducer whose
//! messages wrap engine actions. Components render this state and dispatch
//! messages; they never call the engine's reducer themselves.

use crate::content::CONTENT;
use crate::engine::{Action, Session, Step};
use std::rc::Rc;
use yew::Reducible;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Welcome,
    /// The questions, or the result once the session is done.
    Guided,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub screen: Screen,
    pub session: Session,
    /// Answers the last change removed, so the screen can say so.
    pub dropped: Vec<&'static str>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState { screen: Screen::Welcome, session: Session::new(&CONTENT), dropped: Vec::new() }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Start,
    Home,
    Engine(Action),
}

impl Reducible for AppState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        match msg {
            Msg::Start => next.screen = Screen::Guided,
            Msg::Home => next.screen = Screen::Welcome,
            Msg::Engine(Action::Back) if self.session.step() == first_step() => {
                next.screen = Screen::Welcome;
            }
            Msg::Engine(action) => match self.session.apply(&CONTENT, action) {
                Ok(t) => {
                    next.session = t.session;
                    next.dropped = t.dropped;
                }
                // The UI only offers valid actions; an invalid one changes nothing.
                Err(_) => return self,
            },
        }
        Rc::new(next)
    }
}

fn first_step() -> Step {
    Session::new(&CONTENT).step()
}
