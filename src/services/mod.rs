//! Thin browser adapters. They return `Result`/`Option` and never panic.

pub mod details;
pub mod file_actions;
pub mod first_screen;
pub mod location;
pub mod panic;
pub mod storage;
