//! The app layer, in plain Rust (tested natively): what screen shows and
//! why, the URL each screen has, and the report a person can take away.
//! The Yew root (`components::root`) renders [`AppState`] and dispatches
//! [`Msg`]; nothing here knows about the browser.
//!
//! - `state`: the screen, the guided session, saved progress and explore's
//!   view, as a reducer over [`Msg`];
//! - `msg`: the messages, and the ones a markup button can send;
//! - `route`: screens as URL fragments;
//! - `explore_state`: what explore mode shows, and its part of the URL;
//! - `report`: the answers and result as text and FHIR, for a clinician.

pub mod explore_state;
pub mod msg;
pub mod report;
pub mod route;
pub mod state;

pub use msg::{ButtonMsg, Msg};
pub use state::{worth_saving, AppState, History, Notice, Screen, Stored};
