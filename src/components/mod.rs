//! One component (or stateless render function) per file. They render state
//! and dispatch messages; decisions belong to the engine.
//!
//! `markup`, `app_header` and `welcome` build natively too (without the `web` feature):
//! the release build writes the welcome screen into `index.html` from this
//! same code (`src/bin/prerender.rs`), so it shows before the wasm arrives.

#[cfg(feature = "web")]
pub mod actions;
#[cfg(feature = "web")]
pub mod answer_review;
pub mod app_header;
#[cfg(feature = "web")]
pub mod article_list;
#[cfg(feature = "web")]
pub mod body_view;
#[cfg(feature = "web")]
pub mod candidate_card;
#[cfg(feature = "web")]
pub mod choice_button;
#[cfg(feature = "web")]
pub mod dropped_note;
#[cfg(feature = "web")]
pub mod explore_view;
pub mod markup;
#[cfg(feature = "web")]
pub mod memo;
#[cfg(feature = "web")]
pub mod muscle_page;
#[cfg(feature = "web")]
pub mod notice_bar;
#[cfg(feature = "web")]
pub mod pattern_map;
#[cfg(feature = "web")]
pub mod question_step;
#[cfg(feature = "web")]
pub mod region_list;
#[cfg(feature = "web")]
pub mod region_picker;
#[cfg(feature = "web")]
pub mod result_view;
#[cfg(feature = "web")]
pub mod root;
#[cfg(feature = "web")]
pub mod search_box;
#[cfg(feature = "web")]
pub mod summary_view;
#[cfg(feature = "web")]
pub mod warning_screens;
pub mod welcome;
