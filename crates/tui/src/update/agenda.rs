//! The agenda screen (issue 19 item 6): built from the service as `lejek agenda` builds
//! it, for the TUI's user, today and the seven days ahead.

use crate::agenda_pane::AgendaPane;
use crate::app::App;
use crate::service::agenda::build;

/// Days ahead the agenda screen shows, as `lejek agenda` by default.
const DAYS: u32 = 7;

/// `P`: open the agenda.
pub fn open(app: &mut App) {
    match build(&app.svc, &app.user, app.today, DAYS) {
        Ok(a) => app.open(AgendaPane::new(a)),
        Err(e) => app.complain(e.message(app.lang)),
    }
}
