//! Opening the dictionaries screen, and reading the dictionaries again into it after a
//! change (issue 19 item 8).

use crate::app::App;
use crate::dicts_pane::DictsPane;

/// Open the dictionaries screen; it is writable for admins (the service checks again).
pub fn open(app: &mut App) {
    let admin = app
        .svc
        .user(&app.user)
        .ok()
        .flatten()
        .is_some_and(|u| u.admin);
    match app.svc.dict_entries() {
        Ok(entries) => app.open(DictsPane::new(entries.as_ref().clone(), admin)),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// Read the dictionaries again into the open dictionaries screen, with the cursor on
/// `focus` when given.
pub fn reload(app: &mut App, focus: Option<u64>) {
    if app.panes_mut::<DictsPane>().next().is_none() {
        return;
    }
    let entries = match app.svc.dict_entries() {
        Ok(entries) => entries,
        Err(e) => return app.complain(e.message(app.lang)),
    };
    for p in app.panes_mut::<DictsPane>() {
        p.set_entries(entries.as_ref().clone());
        if let Some(id) = focus {
            p.focus(id);
        }
    }
}
