//! The detail pane follows the cursor: its card is built again (from the service) when the
//! record under the cursor changed, and only then.

use crate::app::App;

/// Rebuild the detail pane when the record under the cursor changed.
pub fn sync_detail(app: &mut App) {
    let current = app.current_id().map(|id| (app.view, id));
    if current == app.detail.of && app.detail.card.is_some() == current.is_some() {
        return;
    }
    app.detail.of = current;
    app.detail.scroll = 0;
    if current.is_none() {
        app.detail.card = None;
        return;
    }
    let lang = app.lang;
    match app.list_here().card(&app.svc, lang) {
        Ok(d) => app.detail.card = Some(d),
        Err(e) => {
            app.detail.card = None;
            app.complain(e.message(lang));
        }
    }
}
