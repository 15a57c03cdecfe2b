//! CLI output: comfy-table tables for people, CSV and JSON for scripts, and the history
//! timeline. Rendering reads views; it never touches the store. Colour is decided once per
//! process (`color`); CSV and JSON never carry any.

pub mod agenda;
pub mod color;
pub mod columns;
pub mod history;
pub mod ics;
pub mod report;
pub mod table;
pub mod terminal;

use serde::Serialize;

/// `--format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Csv,
    Json,
}

/// JSON with stable snake_case field names (a DESIGN.md contract).
/// Printed by the CLI: on a terminal, characters that could act on it show as `�`.
pub fn json<T: Serialize + ?Sized>(value: &T) -> String {
    terminal::for_stdout(
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")),
    )
}

/// Neutralise control characters in text from the database before it reaches a terminal:
/// a contact named `\x1b]52;...` must not become an escape sequence, and a bidi override or
/// a zero-width space in a name shows (`text::visible`).
pub fn safe(s: &str) -> String {
    crate::text::visible::lines(s)
}
