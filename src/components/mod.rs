//! One component per file. Components render state and dispatch messages;
//! decisions belong to the engine.

pub mod choice_button;
pub mod notice_bar;
pub mod question_step;
pub mod region_list;
pub mod result_view;
pub mod welcome;
