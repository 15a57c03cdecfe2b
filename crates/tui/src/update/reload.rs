//! Loads and refreshes: a list (or a report, a send's outcome, a change notice) arriving
//! from the loader, the rows a write changed put back in place, and background reloads.

use super::detail_sync::sync_detail;
use super::{report, sending, template_list};
use crate::app::{App, View};
use crate::data::{self, Loaded, What};
use crate::forms::Refresh;
use crate::rows::InboxRow;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// A list (or a failure) arrived from the loader.
pub fn on_loaded(app: &mut App, loaded: Loaded) {
    app.dirty = true;
    match loaded {
        Loaded::Deals(rows) => app.list_mut::<DealView>().set_rows(rows),
        Loaded::Contacts(rows) => app.list_mut::<ContactView>().set_rows(rows),
        Loaded::Campaigns(rows) => {
            app.list_mut::<CampaignView>().set_rows(rows);
            if app.view == View::Campaigns
                && let Some(id) = app.pending_focus.take()
            {
                app.list_mut::<CampaignView>().focus(id);
            }
        }
        Loaded::Tasks(rows) => {
            app.list_mut::<TaskView>().set_rows(rows);
            if app.view == View::Tasks
                && let Some(id) = app.pending_focus.take()
            {
                app.list_mut::<TaskView>().focus(id);
            }
        }
        Loaded::Inbox(rows, unread) => {
            app.list_mut::<InboxRow>().set_rows(rows);
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
            app.list_mut::<DealView>().upsert_many(rows.deals);
            app.list_mut::<ContactView>().upsert_many(rows.contacts);
            app.list_mut::<TaskView>().upsert_many(rows.tasks);
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
    app.list_here_mut().clear_selection();
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
    app.list_mut::<DealView>().upsert_many(deals);
    app.list_mut::<ContactView>().upsert_many(contacts);
    if let Some(id) = r.focus_deal {
        app.list_mut::<DealView>().focus(id);
    }
    if let Some(id) = r.focus_contact {
        app.list_mut::<ContactView>().focus(id);
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
