//! Moving between views and ordering a list: switching views, Esc stepping back (zoom,
//! selection, filter, status), "my deals", and the next sort field.

use super::filter_line::set_filter;
use crate::app::{App, View};
use crate::columns;
use crate::i18n::tr;
use crate::list::Sort;
use crate::with_list;

/// Say that the action does not apply in this view.
pub fn not_here(app: &mut App) {
    app.complain(tr(app.lang, "msg.not_here"));
}

/// Esc: unzoom, else drop the selection, else clear the filter, else clear the status.
pub fn back(app: &mut App) {
    if app.detail.zoomed {
        app.detail.zoomed = false;
    } else if with_list!(app, l => !l.selected.is_empty()) {
        with_list!(app, l => l.selected.clear());
    } else if with_list!(app, l => !l.filter_text.is_empty()) {
        set_filter(app, String::new());
        app.my_deals = false;
    } else {
        app.status = None;
    }
}

/// Show view `v`, its detail pane from the first tab.
pub fn switch(app: &mut App, v: View) {
    app.view = v;
    app.detail.zoomed = false;
    app.detail.tab = 0;
    app.detail.scroll = 0;
}

/// The deals I own, or all deals again.
pub fn my_deals(app: &mut App) {
    if app.view != View::Deals {
        switch(app, View::Deals);
    }
    app.my_deals = !app.my_deals;
    let text = if app.my_deals {
        "owner:me".to_owned()
    } else {
        String::new()
    };
    set_filter(app, text);
}

/// Sort by the next of the view's sortable columns (none after the last).
pub fn sort_next(app: &mut App) {
    let fields: Vec<&'static str> = match app.view {
        View::Deals => columns::deal_columns().iter().map(|c| c.sort).collect(),
        View::Contacts => columns::contact_columns().iter().map(|c| c.sort).collect(),
        View::Campaigns => vec!["name", "deals", "created"],
        View::Tasks => columns::task_columns().iter().map(|c| c.sort).collect(),
        View::Inbox | View::Reports => Vec::new(),
    };
    let mut fields: Vec<&'static str> = fields.into_iter().filter(|f| !f.is_empty()).collect();
    fields.dedup();
    if fields.is_empty() {
        return;
    }
    with_list!(app, l => {
        let next = match &l.sort {
            None => Some(fields[0]),
            Some(s) => fields.iter().position(|f| *f == s.field).and_then(|i| fields.get(i + 1).copied()),
        };
        l.set_sort(next.map(|field| Sort { field, desc: false }));
    });
}
