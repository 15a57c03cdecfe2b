//! Moving between views: switching views, Esc stepping back (zoom, selection, filter,
//! status), and "my deals".

use super::filter_line::set_filter;
use super::windows::fetch;
use crate::app::{App, View};
use crate::i18n::tr;

/// Say that the action does not apply in this view.
pub fn not_here(app: &mut App) {
    app.complain(tr(app.lang, "msg.not_here"));
}

/// Esc: unzoom, else let go of a card the list does not show, else drop the selection,
/// else clear the filter, else clear the status.
pub fn back(app: &mut App) {
    if app.detail.zoomed {
        app.detail.zoomed = false;
    } else if app.detail.pin.is_some() {
        app.detail.pin = None;
    } else if app.board.is_some() && app.view == View::Deals {
        app.board = None;
    } else if app.list_here().has_selection() {
        app.list_here_mut().clear_selection();
    } else if !app.list_here().filter_text().is_empty() {
        set_filter(app, String::new());
        app.views.get_mut(View::Deals).set_mine(false);
    } else {
        app.status = None;
    }
}

/// Show view `v`, its detail pane from the first tab; a list out of date asks for its
/// window.
pub fn switch(app: &mut App, v: View) {
    app.view = v;
    fetch(app, v);
    app.detail.zoomed = false;
    app.detail.pin = None;
    app.detail.tab = 0;
    app.detail.to_top();
}

/// The deals I own, or all deals again.
pub fn my_deals(app: &mut App) {
    if app.view != View::Deals {
        switch(app, View::Deals);
    }
    let mine = !app.views.get(View::Deals).mine();
    app.views.get_mut(View::Deals).set_mine(mine);
    let text = if mine {
        "owner:me".to_owned()
    } else {
        String::new()
    };
    set_filter(app, text);
}
