//! The detail pane follows the cursor: its card is built again (from the service) when the
//! record under the cursor changed, and only then. A card pinned to a record the list does
//! not show (see `detail_pane`) is of that record instead.

use crate::app::App;
use crate::detail;

/// Rebuild the detail pane when the record it should show changed.
pub fn sync_detail(app: &mut App) {
    let current = app.current_id().map(|id| (app.view, id));
    if current == app.detail.of && app.detail.card.is_some() == current.is_some() {
        return;
    }
    app.detail.of = current;
    // The same record read again (after a write) keeps its place on the card.
    if current != app.detail.shown {
        app.detail.to_top();
    }
    app.detail.shown = current;
    let Some((view, id)) = current else {
        app.detail.card = None;
        return;
    };
    let lang = app.lang;
    // A card that is not the list's cursor's (pinned, or the board's) is built by id.
    let pinned = app.list_here().current_id() != Some(id);
    let card = match view.kind() {
        Some(kind) if pinned => detail::of(&app.svc, kind, id, lang),
        _ => app.list_here().card(&app.svc, lang),
    };
    match card {
        Ok(d) => app.detail.card = Some(d),
        Err(e) => {
            app.detail.card = None;
            app.complain(e.message(lang));
        }
    }
}
