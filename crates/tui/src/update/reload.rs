//! Loads and refreshes: a list (or a report, a send's outcome, a change notice) arriving
//! from the loader, the rows a write changed put back in place, and background reloads.

use super::detail_sync::sync_detail;
use super::{report, sending, template_list};
use crate::app::{App, View};
use crate::data::{self, Loaded, What};
use crate::forms::Refresh;
use crate::with_list;

/// A list (or a failure) arrived from the loader.
pub fn on_loaded(app: &mut App, loaded: Loaded) {
    app.dirty = true;
    match loaded {
        Loaded::Deals(rows) => app.deals.set_rows(rows),
        Loaded::Contacts(rows) => app.contacts.set_rows(rows),
        Loaded::Campaigns(rows) => {
            app.campaigns.set_rows(rows);
            if app.view == View::Campaigns
                && let Some(id) = app.pending_focus.take()
            {
                app.campaigns.focus(id);
            }
        }
        Loaded::Tasks(rows) => {
            app.tasks.set_rows(rows);
            if app.view == View::Tasks
                && let Some(id) = app.pending_focus.take()
            {
                app.tasks.focus(id);
            }
        }
        Loaded::Inbox(rows, unread) => {
            app.inbox.set_rows(rows);
            app.unread = unread;
        }
        Loaded::Report(generation, result) => {
            if let Some(p) = app.report.as_mut().filter(|p| p.generation == generation) {
                p.result = Some(*result);
                p.computing = false;
            }
            return;
        }
        Loaded::Failed(msg) => app.complain(msg),
        Loaded::Changed(n) => {
            if let crate::backend::Backend::Remote(r) = &app.svc
                && n.refs
                    .iter()
                    .any(|e| e.kind == crate::model::EntityKind::Dict)
            {
                r.forget_dicts();
            }
            if let Some(tx) = app.loader.clone() {
                if n.everything {
                    reload(app, data::What::all());
                } else {
                    data::fetch_changed(app.svc.clone(), app.user.clone(), app.lang, &n, tx);
                }
            }
            return;
        }
        Loaded::Rows(rows) => {
            app.deals.upsert_many(rows.deals);
            app.contacts.upsert_many(rows.contacts);
            app.tasks.upsert_many(rows.tasks);
        }
        Loaded::Sent { deal, text, failed } => sending::on_sent(app, deal, text, failed),
    }
    app.detail.of = None;
    sync_detail(app);
}

/// Bring the changed rows up to date after a write (cursor and selection stay on the same
/// records), and reload what else it touched.
pub fn after_write(app: &mut App, r: Refresh) {
    // An open report reflects the change too.
    report::recompute(app);
    with_list!(app, l => l.selected.clear());
    let mut deals: Vec<_> = r
        .deals
        .iter()
        .filter_map(|id| app.svc.deal_view(*id).ok())
        .collect();
    let mut contacts = Vec::new();
    for id in r.contacts {
        if let Ok(v) = app.svc.contact_view(id) {
            contacts.push(v);
        }
        // A renamed contact shows under its new name in its deals too.
        if let Ok(of_contact) = app.svc.deals_of_contact(id) {
            deals.extend(of_contact);
        }
    }
    // All at once: each upsert re-sorts the whole list.
    app.deals.upsert_many(deals);
    app.contacts.upsert_many(contacts);
    if let Some(id) = r.focus_deal {
        app.deals.focus(id);
    }
    if let Some(id) = r.focus_contact {
        app.contacts.focus(id);
    }
    if r.focus_later.is_some() {
        app.pending_focus = r.focus_later;
    }
    if r.templates {
        template_list::reload(app, r.focus_template);
    }
    reload(
        app,
        What {
            campaigns: r.campaigns,
            tasks: r.tasks,
            deals: r.all_deals,
            inbox: true,
            contacts: false,
        },
    );
    app.detail.of = None;
}

/// Reload lists in the background.
pub fn reload(app: &mut App, what: What) {
    if let Some(tx) = &app.loader {
        data::spawn(
            app.svc.clone(),
            app.user.clone(),
            app.lang,
            what,
            tx.clone(),
        );
    }
}
