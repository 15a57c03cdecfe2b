//! A records' list's windows: asking the service for the one a list wants (in the
//! background when the TUI runs, at once in tests), putting an answer in place, and what is
//! asked of the whole list rather than its window (select all, where a record is).

use crate::app::{App, View};
use crate::asker::Asker;
use crate::data::{Loaded, Paged};
use crate::detail_pane::{Pin, PinWhy};
use crate::list::Answer;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};
use crate::views::Listed;

/// A window arrived: put it in the list it is for.
pub fn take_paged(app: &mut App, p: Paged) {
    app.dirty = true;
    match p {
        Paged::Deals(a) => take::<DealView>(app, a),
        Paged::Contacts(a) => take::<ContactView>(app, a),
        Paged::Campaigns(a) => take::<CampaignView>(app, a),
        Paged::Tasks(a) => take::<TaskView>(app, a),
    }
}

/// A window of the list of `R` arrived: put it in place if it answers the latest request.
fn take<R: Listed>(app: &mut App, a: Answer<R>) {
    let taken = app.list_mut::<R>().take(a);
    keep_card_on_lost::<R>(app);
    match taken {
        Ok(()) => {
            // The cursor moved on while the window was on its way: maybe on to the next.
            // (In tests, where answers come at once, the window asked is the one needed.)
            if app.loader.is_some() {
                fetch(app, R::VIEW);
            }
        }
        Err(e) => app.complain(e),
    }
}

/// The window came without the record the cursor was kept on, and the card on screen
/// shows it: a write took it out of the filter. The card stays on it (pinned), so the next
/// action applies to the record the user chose, not to the one that slid under the cursor
/// (issue 18 item 1).
fn keep_card_on_lost<R: Listed>(app: &mut App) {
    let lost = app
        .list_mut::<R>()
        .list
        .window_mut()
        .and_then(|w| w.take_lost());
    let Some(id) = lost else { return };
    let on_screen = app.view == R::VIEW && app.detail.shown == Some((R::VIEW, id));
    if on_screen
        && app.detail.pin.is_none()
        && !app.list_here().has_selection()
        && still_there(app, R::VIEW, id)
    {
        app.detail.pin = Some(Pin {
            view: R::VIEW,
            id,
            why: PinWhy::Dropped,
        });
    }
}

/// Whether record `id` of `view` still exists: a removed one (issue 20) is not held on.
fn still_there(app: &App, view: View, id: u64) -> bool {
    match view {
        View::Deals => app.svc.deal(id).is_ok(),
        View::Contacts => app.svc.contact(id).is_ok(),
        View::Tasks => app.svc.task(id).is_ok(),
        View::Campaigns => app.svc.campaign(id).is_ok(),
        View::Reports | View::Inbox => true,
    }
}

/// Ask for the window the list of `view` wants, if it wants one: in the background when
/// the TUI runs, at once when nothing loads in the background (tests, benchmarks).
pub fn fetch(app: &mut App, view: View) {
    let (page, me) = (app.page, app.user.clone());
    // At once, a second window when the first left the cursor outside it (a filter that
    // shortened the list under a cursor far down); in the background that second request
    // follows the answer (`take`).
    let tries = if app.loader.is_some() { 1 } else { 2 };
    for _ in 0..tries {
        let Some(job) = app.views.get_mut(view).ask(page, &me) else {
            return;
        };
        match &app.loader {
            Some(tx) => {
                let (svc, lang, tx) = (app.svc.clone(), app.lang, tx.clone());
                app.asker
                    .get_or_insert_with(|| Asker::new(svc, lang, tx))
                    .ask(view, job);
            }
            None => match job(&app.svc, app.lang) {
                Loaded::Window(p) => take_paged(app, p),
                Loaded::Failed(e) => app.complain(e),
                // A window job answers with a window.
                _ => {}
            },
        }
    }
}

/// Select all that the filter of `view`'s list matches: the ids as the service has them
/// now, not the rows held.
pub fn select_all(app: &mut App, view: View) {
    let Some((of, q)) = app.views.get(view).query(&app.user) else {
        return;
    };
    match app.svc.ids(of, &q) {
        Ok(ids) => app.views.get_mut(view).select(ids),
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// Put the cursor of `view`'s list on record `id`: where the rows held have it, else where
/// the service says it is in the list's order. False if the list does not show it.
pub fn go_to(app: &mut App, view: View, id: u64) -> bool {
    if app.views.get_mut(view).go_to(id) {
        return true;
    }
    let Some((of, q)) = app.views.get(view).query(&app.user) else {
        return false;
    };
    match app.svc.ids(of, &q) {
        Ok(ids) => match ids.iter().position(|&i| i == id) {
            Some(pos) => {
                app.views.get_mut(view).jump(pos, id);
                fetch(app, view);
                true
            }
            None => false,
        },
        Err(e) => {
            app.complain(e.message(app.lang));
            false
        }
    }
}
