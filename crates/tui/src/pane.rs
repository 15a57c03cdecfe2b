//! The one trait every pane implements (gitui's `Component`): a pane owns its state,
//! handles the input given to it (saying whether it used it) and draws itself from a small
//! read-only context. What it cannot do itself it asks for through the event queue. The
//! `App` holds panes as `Box<dyn Pane>` and never looks inside them; the update loop finds
//! a particular pane by its type (`App::top`) when an event concerns it.

use std::any::Any;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::action::{Action, Mode};
use super::event::Events;
use super::keymap::Keymap;
use super::theme::Theme;
use crate::i18n::Lang;

/// What every pane may read while handling input or drawing.
pub struct Ctx<'a> {
    pub lang: Lang,
    pub theme: &'a Theme,
    pub today: NaiveDate,
    pub keymap: &'a Keymap,
    /// Rows the list pane showed last frame (page moves).
    pub page: usize,
    /// How wide the list pane was last frame: which columns it shows, so the sort key
    /// steps only through those (`u16::MAX` before the first frame: all of them).
    pub list_width: u16,
}

impl Ctx<'_> {
    /// The first key bound to `a` in `mode`, as the help spells it.
    pub fn key(&self, mode: Mode, a: Action) -> String {
        self.keymap.first_key(mode, a)
    }
}

/// An input given to a pane.
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    /// A key, with the action the keymap made of it in the pane's mode (if any).
    Key {
        key: &'a KeyEvent,
        action: Option<Action>,
    },
    /// Text pasted into the terminal.
    Paste(&'a str),
}

impl Input<'_> {
    /// The keymap's action, if the input is a key bound to one.
    pub fn action(&self) -> Option<Action> {
        match self {
            Input::Key { action, .. } => *action,
            Input::Paste(_) => None,
        }
    }
}

/// A part of the screen with its own state, input and drawing.
pub trait Pane: Any {
    /// Which keymap section is live while this pane is on top.
    fn mode(&self) -> Mode;

    /// Handle an input; true if the pane used it. What goes beyond the pane is pushed to
    /// `events`.
    fn handle(&mut self, input: Input<'_>, ctx: &Ctx<'_>, events: &mut Events) -> bool;

    /// Draw the pane into `area`.
    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx<'_>);
}

/// A context for the panes' unit tests: the default keymap, no colour, Polish, a fixed day.
#[cfg(test)]
pub(crate) struct TestCtx {
    theme: Theme,
    keymap: Keymap,
}

#[cfg(test)]
impl TestCtx {
    pub(crate) fn new() -> TestCtx {
        TestCtx {
            theme: Theme { color: false },
            keymap: Keymap::default(),
        }
    }

    pub(crate) fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lang: Lang::Pl,
            theme: &self.theme,
            today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
            keymap: &self.keymap,
            page: 10,
            list_width: u16::MAX,
        }
    }

    /// Give `action` (as some key) to `pane`; whether it used it, and what it asked for.
    pub(crate) fn act(&self, pane: &mut dyn Pane, action: Action) -> (bool, Vec<String>) {
        let key = KeyEvent::from(ratatui::crossterm::event::KeyCode::Null);
        let mut events = Events::default();
        let used = pane.handle(
            Input::Key {
                key: &key,
                action: Some(action),
            },
            &self.ctx(),
            &mut events,
        );
        let mut asked = Vec::new();
        while let Some(e) = events.pop() {
            asked.push(format!("{e:?}"));
        }
        (used, asked)
    }
}
