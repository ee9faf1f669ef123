//! One component (or stateless render function) per file. They render state
//! and dispatch messages; decisions belong to the engine.

pub mod actions;
pub mod answer_review;
pub mod article_list;
pub mod body_view;
pub mod candidate_card;
pub mod choice_button;
pub mod dropped_note;
pub mod explore_view;
pub mod markup;
pub mod muscle_page;
pub mod notice_bar;
pub mod pattern_map;
pub mod question_step;
pub mod region_list;
pub mod region_picker;
pub mod result_view;
pub mod root;
pub mod search_box;
pub mod summary_view;
pub mod warning_screens;
pub mod welcome;
