//! The open report in the Reports view (R1-R8): opening the report under the cursor, and
//! computing it again (off the UI thread when the loader runs).

use crate::app::App;
use crate::report_pane::{self, ReportPane};
use crate::rows::ReportRow;

/// Open the report under the cursor in the Reports view and compute it.
pub fn open(app: &mut App) {
    let Some(name) = app
        .list::<ReportRow>()
        .current()
        .and_then(|r| crate::report::report_name(r.name).ok())
    else {
        return;
    };
    if app.report.as_ref().is_none_or(|p| p.name != name) {
        app.report = Some(ReportPane::new(name, &app.user));
    }
    recompute(app);
}

/// Compute the open report again (parameters or data changed), off the UI thread when the
/// loader runs.
pub fn recompute(app: &mut App) {
    let (svc, lang, tx) = (app.svc.clone(), app.lang, app.loader.clone());
    if let Some(pane) = app.report.as_mut() {
        match tx {
            Some(tx) => report_pane::spawn(svc, pane, lang, tx),
            None => report_pane::compute_now(&svc, pane, lang),
        }
    }
}
