//! The remove key on a record in the list (issue 20 item 3): a deal or contact (admins), a
//! task (its assignee or an admin), after a question that names it. Who may not is told at
//! once, without a question; the service refuses the same either way.

use super::confirm::ask;
use crate::app::{App, View};
use crate::event::Pending;
use crate::i18n::trf;
use crate::model::{EntityKind, EntityRef};
use crate::naming::named;

/// Whether the acting user is an admin (unknown counts as not: the service decides).
pub fn is_admin(app: &App) -> bool {
    app.svc
        .user(&app.user)
        .ok()
        .flatten()
        .is_some_and(|u| u.admin)
}

/// False when the list on screen holds no removable record.
pub fn remove(app: &mut App) -> bool {
    let kind = match app.view {
        View::Deals => EntityKind::Deal,
        View::Contacts => EntityKind::Contact,
        View::Tasks => EntityKind::Task,
        _ => return false,
    };
    let Some(id) = app.current_id() else {
        return false;
    };
    let admin = is_admin(app);
    if matches!(kind, EntityKind::Deal | EntityKind::Contact) && !admin {
        let text = trf(app.lang, "erase.err.admin_remove", &[&app.user]);
        app.complain(text);
        return true;
    }
    if kind == EntityKind::Task && !admin {
        match app.svc.task(id) {
            Ok(t) if t.assignee != app.user => {
                let text = trf(app.lang, "erase.err.not_your_task", &[&id, &t.assignee]);
                app.complain(text);
                return true;
            }
            Ok(_) => {}
            Err(e) => {
                app.complain(e.message(app.lang));
                return true;
            }
        }
    }
    let name = named(&app.svc, app.lang, kind, &[id]);
    let deals = match kind {
        EntityKind::Contact => app.svc.deals_of_contact(id).map(|d| d.len()).unwrap_or(0),
        _ => 0,
    };
    let q = match kind {
        EntityKind::Deal => trf(app.lang, "erase.confirm.deal", &[&name]),
        EntityKind::Contact if deals > 0 => {
            trf(app.lang, "erase.confirm.contact_deals", &[&name, &deals])
        }
        EntityKind::Contact => trf(app.lang, "erase.confirm.contact", &[&name]),
        _ => trf(app.lang, "erase.confirm.task", &[&name]),
    };
    ask(app, q, Pending::RemoveRecord(EntityRef { kind, id }));
    true
}
