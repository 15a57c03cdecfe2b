//! Loads and refreshes: a window of a list (or the inbox, a report, a send's outcome, a
//! change notice) arriving from the loader, and what a write or a notice makes the lists
//! ask again.

use super::detail_sync::sync_detail;
use super::windows::{fetch, take_paged};
use super::{report, sending, template_list};
use crate::app::{App, View};
use crate::data::{self, Loaded, What};
use crate::forms::Refresh;
use crate::rows::InboxRow;

/// The lists the service filters, held a window at a time.
const WINDOWED: [View; 4] = [View::Deals, View::Contacts, View::Campaigns, View::Tasks];

/// Something arrived from the loader.
pub fn on_loaded(app: &mut App, loaded: Loaded) {
    app.dirty = true;
    match loaded {
        Loaded::Window(p) => take_paged(app, p),
        Loaded::Inbox(rows, unread) => {
            app.list_mut::<InboxRow>().set_rows(rows);
            app.unread = unread;
            app.detail.of = None;
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
            // The lists ask for their windows again (the one on screen now, the others
            // when shown); the card under the cursor is read again.
            reload(app, What::all());
            app.detail.of = None;
            super::board::load(app);
        }
        Loaded::Sent { text, failed, .. } => sending::on_sent(app, text, failed),
    }
    sync_detail(app);
}

/// After a write: every list asks for its window again (the one on screen now, the others
/// when shown), the cursor on the record it was on or the one just made, wherever it went.
pub fn after_write(app: &mut App, r: Refresh) {
    // An open report reflects the change too.
    report::recompute(app);
    app.list_here_mut().clear_selection();
    // The record under the cursor on screen may have moved anywhere in its list's order.
    for v in WINDOWED {
        app.views.get_mut(v).refresh(v == app.view);
    }
    let made = [
        (View::Deals, r.focus_deal),
        (View::Contacts, r.focus_contact),
        // A campaign or task made from its own list.
        (
            app.view,
            r.focus_later
                .filter(|_| matches!(app.view, View::Campaigns | View::Tasks)),
        ),
    ];
    for (view, id) in made {
        if let Some(id) = id {
            app.views.get_mut(view).find(id);
        }
    }
    if r.templates {
        template_list::reload(app, r.focus_template);
    }
    if r.dicts {
        super::dict_list::reload(app, r.focus_dict);
    }
    fetch(app, app.view);
    reload(
        app,
        What {
            inbox: true,
            ..What::default()
        },
    );
    app.detail.of = None;
    super::board::load(app);
}

/// Read lists again: the windowed ones ask for their windows (the one on screen now, the
/// others when shown), the inbox loads whole.
pub fn reload(app: &mut App, what: What) {
    let windowed = [
        (View::Deals, what.deals),
        (View::Contacts, what.contacts),
        (View::Campaigns, what.campaigns),
        (View::Tasks, what.tasks),
    ];
    for (v, yes) in windowed {
        if yes {
            app.views.get_mut(v).refresh(false);
        }
    }
    if windowed.iter().any(|(v, yes)| *yes && *v == app.view) {
        fetch(app, app.view);
    }
    if what.inbox {
        match &app.loader {
            Some(tx) => data::spawn_inbox(app.svc.clone(), app.user.clone(), app.lang, tx.clone()),
            None => {
                let loaded = data::inbox(&app.svc, &app.user, app.lang)
                    .unwrap_or_else(|e| Loaded::Failed(e.message(app.lang)));
                on_loaded(app, loaded);
            }
        }
    }
}

/// Ask for the first windows of every list (the TUI's start): the lists not on screen are
/// ready when switched to.
pub fn start(app: &mut App) {
    for v in WINDOWED {
        fetch(app, v);
    }
    reload(
        app,
        What {
            inbox: true,
            ..What::default()
        },
    );
}
