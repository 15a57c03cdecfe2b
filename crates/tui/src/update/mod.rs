//! input -> Action -> state. Every key press, paste and finished load comes through here;
//! service commands are applied here, never while drawing.
//!
//! This file only routes: a key goes to the pane on top (`App::overlays`), else to the
//! input line, else to the open report, the detail pane, the list on screen and the views'
//! actions (`normal`), in that order; then
//! the events the panes pushed are carried out (`dispatch`). Each concern has its file:
//! `normal` (the views' actions), `nav` (moving between views, sorting), `input_line`,
//! `filter_line`, `command_line` (the `:` line), `confirm` (yes/no questions and what yes
//! does), `submit` (forms: open, submit, concurrent edits), `reload` (loads and what a
//! write refreshes), `windows` (the records' lists' windows: asking, taking, select all, a
//! record by id), `report`, `sending` (e-mail and SMS), `template_list`, `dict_list` and
//! `detail_sync` (the detail pane follows the cursor).

mod agenda;
#[cfg(test)]
mod agenda_tests;
mod board;
#[cfg(test)]
mod board_tests;
mod card_lines;
mod command_line;
mod confirm;
mod detail_sync;
mod dict_list;
#[cfg(test)]
mod dict_tests;
mod dispatch;
mod fade;
mod filter_line;
mod input_line;
mod jump;
#[cfg(test)]
mod jump_tests;
mod merge;
#[cfg(test)]
mod merge_tests;
mod nav;
mod normal;
mod outside;
#[cfg(test)]
mod picker_tests;
mod reload;
mod remove_record;
#[cfg(test)]
mod remove_record_tests;
mod report;
mod sending;
mod submit;
mod template_list;
mod windows;
#[cfg(test)]
mod windows_tests;

use ratatui::crossterm::event::KeyEvent;

use super::action::{Action, Mode};
use super::app::{App, View};
use super::pane::{Ctx, Input, Pane};

pub use super::line_edit::edit_line;

pub use detail_sync::sync_detail;
pub use fade::tick;
pub use filter_line::{set_filter, start_with_default_filters};
pub use outside::on_outside;
pub use reload::{on_loaded, reload, start};
pub use windows::fetch;

/// The panes' context from the `App`'s fields, written out field by field so that the
/// borrow checker sees the panes and the event queue (borrowed mutably beside it) as
/// separate fields.
macro_rules! ctx {
    ($app:expr) => {
        Ctx {
            lang: $app.lang,
            theme: &$app.theme,
            today: $app.today,
            keymap: &$app.keymap,
            page: $app.page,
            list_width: $app.list_width,
        }
    };
}

/// A key from the terminal.
pub fn on_key(app: &mut App, key: KeyEvent) {
    app.dirty = true;
    let mode = app.mode();
    let action = app.keymap.action(mode, &key);
    let input = Input::Key { key: &key, action };
    if !app.overlays.is_empty() {
        offer_top(app, input);
    } else if mode == Mode::Input {
        input_line::on_key(app, &key, action);
    } else if let Some(a) = action {
        on_action(app, input, a);
    }
    dispatch::drain(app);
    sync_detail(app);
}

/// Pasted text goes into the focused form field, the send preview's recipient or the open
/// input line.
pub fn on_paste(app: &mut App, text: &str) {
    app.dirty = true;
    if !app.overlays.is_empty() {
        offer_top(app, Input::Paste(text));
    } else {
        input_line::paste(app, text);
    }
    dispatch::drain(app);
}

/// The pane on top gets every input while it is open.
fn offer_top(app: &mut App, input: Input<'_>) {
    let ctx = ctx!(app);
    if let Some(pane) = app.overlays.last_mut() {
        pane.handle(input, &ctx, &mut app.events);
    }
}

/// A normal-mode action with no pane on top: the open report first (in the Reports
/// view), then the detail pane, then the list on screen, then the views.
fn on_action(app: &mut App, input: Input<'_>, a: Action) {
    // Moving in the list lets go of a card that stayed on a record the list does not show.
    if !app.detail.zoomed
        && matches!(
            a,
            Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Top
                | Action::Bottom
        )
    {
        app.detail.pin = None;
    }
    let ctx = ctx!(app);
    if app.view == View::Reports
        && let Some(pane) = app.report.as_mut()
        && pane.handle(input, &ctx, &mut app.events)
    {
        return;
    }
    // The board takes the moving keys before the card's tabs do.
    if app.view == View::Deals
        && !app.detail.zoomed
        && let Some(b) = app.board.as_mut()
        && b.handle(input, &mut app.events)
    {
        return;
    }
    if app.detail.handle(input, &ctx, &mut app.events) {
        return;
    }
    if app
        .views
        .get_mut(app.view)
        .handle(input, &ctx, &mut app.events)
    {
        return;
    }
    normal::on_action(app, a);
}
