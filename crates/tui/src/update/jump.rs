//! Going to a linked record and back (issue 18 item 4): Enter on a card line that names
//! another record (a deal's contact or campaign, a contact's deals and persons, a
//! campaign's deals, a task's deal, any record's tasks), Enter on an inbox entry, and the
//! jump list (`Ctrl-o` back, `Ctrl-n` forward).
//!
//! Going to a record shows its own view with the cursor on it. When that list's filter
//! leaves the record out, the card stays on it anyway (pinned, and it says so), and actions
//! apply to it; moving in the list lets go.

use super::nav::{not_here, switch};
use super::windows::go_to;
use crate::app::{App, View};
use crate::detail::Link;
use crate::detail_pane::{Pin, PinWhy};
use crate::i18n::tr;
use crate::jumps::Place;
use crate::model::EntityRef;
use crate::rows::InboxRow;

/// Where the user is now.
fn here(app: &App) -> Place {
    Place {
        view: app.view,
        id: app.current_id(),
        pin: app.detail.pin.filter(|p| p.view == app.view),
        tab: app.detail.tab,
        line: app.detail.line,
        zoomed: app.detail.zoomed,
    }
}

/// Enter on a card line with a link.
pub fn follow(app: &mut App, link: Link) {
    match link {
        Link::Record(e) => go(app, e),
        Link::Duplicate { other, .. } => go(
            app,
            EntityRef {
                kind: crate::model::EntityKind::Contact,
                id: other,
            },
        ),
        other => super::card_lines::open(app, other),
    }
}

/// Enter on an inbox entry: the record it is about.
pub fn open_inbox_entry(app: &mut App) {
    match app.list::<InboxRow>().current().map(|r| r.entity) {
        Some(e) => go(app, e),
        None => not_here(app),
    }
}

/// Show record `e` in its view, its card zoomed; the place left goes on the jump list.
pub fn go(app: &mut App, e: EntityRef) {
    let Some(view) = View::of(e.kind) else {
        return not_here(app);
    };
    let from = here(app);
    show(
        app,
        Place {
            view,
            id: Some(e.id),
            pin: None,
            tab: 0,
            line: 0,
            zoomed: true,
        },
    );
    app.jumps.left(from);
}

/// `Ctrl-o`: back to where the last link was followed from.
pub fn back(app: &mut App) {
    let from = here(app);
    match app.jumps.back(from) {
        Some(p) => show(app, p),
        None => app.say(tr(app.lang, "jump.none_back")),
    }
}

/// `Ctrl-n`: forward again.
pub fn forward(app: &mut App) {
    let from = here(app);
    match app.jumps.forward(from) {
        Some(p) => show(app, p),
        None => app.say(tr(app.lang, "jump.none_forward")),
    }
}

/// Show place `p`: its view, the cursor on its record where the list shows it, else the
/// card pinned to it; the card's tab and zoom as they were.
fn show(app: &mut App, p: Place) {
    switch(app, p.view);
    if let Some(id) = p.id {
        let pinned = p.pin.is_some_and(|pin| pin.why == PinWhy::Dropped);
        if pinned || !go_to(app, p.view, id) {
            app.detail.pin = Some(Pin {
                view: p.view,
                id,
                why: p.pin.map_or(PinWhy::Outside, |pin| pin.why),
            });
        }
    }
    // The card is built for the record shown (`sync_detail`), then keeps the tab and line.
    super::sync_detail(app);
    app.detail.zoomed = p.zoomed;
    app.detail.tab = p.tab;
    app.detail.line = p.line;
    app.detail.scroll = p.line;
}
