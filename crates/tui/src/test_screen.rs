//! Test helpers shared by the crate's unit tests over an `App`: the frozen now of the
//! fixtures, and the whole screen drawn into text as the user would read it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::App;

/// The fixtures' now: a Saturday, noon UTC (the same day in any zone).
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
        .map(|t| t.with_timezone(&chrono::Utc))
        .unwrap_or_else(|e| panic!("a test time: {e}"))
}

/// The whole TUI drawn at `w`x`h`, as text.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap_or_else(|e| panic!("{e}"));
    crate::draw(app, &mut term).unwrap_or_else(|e| panic!("{e:?}"));
    crate::test_buffer::text(term.backend().buffer())
}
