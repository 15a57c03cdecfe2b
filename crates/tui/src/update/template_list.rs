//! Opening the templates screen, and reading the templates again into every open one after
//! a change.

use crate::app::App;
use crate::templates::TemplatesPane;

/// Open the templates screen; `send_to` (a deal's id and title) makes it the picker of the
/// template to send.
pub fn open(app: &mut App, send_to: Option<(u64, String)>) {
    match app.svc.templates() {
        Ok(rows) => app.open(TemplatesPane::new(rows, send_to)),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// Read the templates again into every open templates screen (after an add, edit or
/// remove), with the cursor on `focus` when given.
pub fn reload(app: &mut App, focus: Option<u64>) {
    if app.panes_mut::<TemplatesPane>().next().is_none() {
        return;
    }
    let rows = match app.svc.templates() {
        Ok(rows) => rows,
        Err(e) => return app.complain(e.message(app.lang)),
    };
    for p in app.panes_mut::<TemplatesPane>() {
        p.set_rows(rows.clone());
        if let Some(id) = focus {
            p.focus(id);
        }
    }
}
