//! The clock's tick: the status bar's message fades once it has stayed its time
//! (`status.rs`). The run loop ticks at least every 100 ms; tests tick with their own
//! instants, so nothing sleeps.

use std::time::Instant;

use crate::app::App;

/// Time passes: clear the status message when it has faded (and redraw).
pub fn tick(app: &mut App, now: Instant) {
    if app.status.as_mut().is_some_and(|s| s.faded(now)) {
        app.status = None;
        app.dirty = true;
    }
}
