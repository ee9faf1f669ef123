//! symptom-explorer: tells referred pain from local tenderness, screens
//! warning signs first, and explains its reasoning, entirely in the browser.
//!
//! `engine` (the reasoning), `content` (the compiled content), `ui` (the
//! interface text) and `app` (screens, URL, report) are plain Rust. Everything else needs the `web`
//! feature (on by default) and only renders and dispatches, but for the
//! markup writer and the welcome screen, which the build prerenders.

pub mod app;
pub mod components;
pub mod content;
pub mod engine;
#[cfg(feature = "web")]
pub mod hooks;
#[cfg(feature = "web")]
pub mod services;
pub mod ui;
