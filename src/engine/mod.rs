//! The explorer's reasoning, in plain Rust.
//!
//! No yew, web-sys, gloo or wasm-bindgen here, ever: the crate's `web`
//! feature is off in `cargo test --no-default-features`, so an import of any
//! of them fails that build. Everything takes the [`model::Content`] it works
//! on as an argument, so tests can feed it broken content.

pub mod answer;
pub mod assess;
pub mod codec;
mod cond;
pub mod explore;
pub mod lookup;
pub mod model;
pub mod quote;
pub mod rank;
pub mod safety;
#[cfg(not(target_arch = "wasm32"))]
pub mod safety_doc;
pub mod search;
pub mod session;
pub mod spelling;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;
pub mod walk;

pub use answer::{toggle, Answer, Choice, RegionSel};
pub use assess::{assess, Assessment, Candidate, TraceStep};
pub use model::Content;
pub use model::Side;
pub use session::{Action, Asked, Session, SessionError, Step, Transition};
