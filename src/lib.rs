//! symptom-explorer: tells referred pain from local tenderness, screens
//! warning signs first, and explains its reasoning, entirely in the browser.
//!
//! `engine`, `content`, `explore`, `route`, `state` and `summary` are plain
//! Rust. Everything else needs the `web`
//! feature (on by default) and only renders and dispatches.

pub mod content;
pub mod engine;
pub mod explore;
pub mod report;
pub mod route;
pub mod state;

#[cfg(feature = "web")]
pub mod app;
#[cfg(feature = "web")]
pub mod components;
#[cfg(feature = "web")]
pub mod hooks;
#[cfg(feature = "web")]
pub mod services;
