//! Thin browser adapters. They return `Result`/`Option` and never panic.

pub mod panic;
