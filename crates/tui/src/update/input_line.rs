//! The one-line editor at the top while it is open: editing keys change it (a filter applies
//! as it is typed), Enter runs a command line, Esc closes it (a filter goes back to what it
//! was).

use ratatui::crossterm::event::KeyEvent;

use super::command_line;
use super::filter_line::set_filter;
use crate::action::Action;
use crate::app::{App, InputKind};
use crate::line_edit;

/// A key while the input line is open.
pub fn on_key(app: &mut App, key: &KeyEvent, action: Option<Action>) {
    let Some(line) = app.input.as_mut() else {
        return;
    };
    match action {
        Some(Action::InputApply) => {
            let line = app.input.take();
            if let Some(l) = line
                && l.kind == InputKind::Command
            {
                command_line::run(app, l.text.trim());
            }
            return;
        }
        Some(Action::InputCancel) => {
            let line = app.input.take();
            if let Some(l) = line
                && l.kind == InputKind::Filter
            {
                set_filter(app, l.before);
            }
            return;
        }
        _ => {}
    }
    if !line_edit::edit_line(&mut line.text, &mut line.cursor, key) {
        return;
    }
    if line.kind == InputKind::Filter {
        let text = line.text.clone();
        set_filter(app, text);
    }
}

/// Pasted text goes into the open input line (a filter applies at once).
pub fn paste(app: &mut App, text: &str) {
    if let Some(line) = app.input.as_mut() {
        line_edit::paste(&mut line.text, &mut line.cursor, text);
        if line.kind == InputKind::Filter {
            let t = line.text.clone();
            set_filter(app, t);
        }
    }
}
