//! The detail pane follows the cursor: its card is built again (from the service) when the
//! record under the cursor changed, and only then.

use crate::app::{App, View};
use crate::detail;
use crate::model::EntityKind;
use crate::rows::{InboxRow, ReportRow};

/// Rebuild the detail pane when the record under the cursor changed.
pub fn sync_detail(app: &mut App) {
    let current = app.current_id().map(|id| (app.view, id));
    if current == app.detail.of && app.detail.card.is_some() == current.is_some() {
        return;
    }
    app.detail.of = current;
    app.detail.scroll = 0;
    let Some((view, id)) = current else {
        app.detail.card = None;
        return;
    };
    let lang = app.lang;
    let built = match view {
        View::Deals => detail::deal(&app.svc, id, lang),
        View::Contacts => detail::contact(&app.svc, id, lang),
        View::Campaigns => detail::campaign(&app.svc, id, lang),
        View::Tasks => detail::task(&app.svc, id, lang),
        View::Reports => Ok(app
            .list::<ReportRow>()
            .current()
            .map(|r| detail::report(r.name, &r.title, lang))
            .unwrap_or_default()),
        View::Inbox => match app.list::<InboxRow>().current().map(|r| r.entity) {
            Some(e) if e.kind == EntityKind::Deal => detail::deal(&app.svc, e.id, lang),
            Some(e) if e.kind == EntityKind::Campaign => detail::campaign(&app.svc, e.id, lang),
            Some(e) if e.kind == EntityKind::Task => detail::task(&app.svc, e.id, lang),
            _ => Ok(Default::default()),
        },
    };
    match built {
        Ok(d) => app.detail.card = Some(d),
        Err(e) => {
            app.detail.card = None;
            app.complain(e.message(lang));
        }
    }
}
