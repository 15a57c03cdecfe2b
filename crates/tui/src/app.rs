//! The TUI's whole state. `update` changes it; `ui` only reads it.
//!
//! The `App` holds the panes without knowing their insides: the list views are a `Views`
//! (reached by view as a `dyn ViewPane`, or by row type), the ones drawn over the views are
//! a stack of `Box<dyn Pane>`, innermost first; the report and detail panes are its fields.
//! When an event concerns a particular pane, the update loop finds it by its type (`top`,
//! `pop`, `panes_mut`).

use std::any::Any;

use chrono::NaiveDate;

use super::action::Mode;
use super::detail_pane::DetailPane;
use super::env::Env;
use super::event::Events;
use super::jumps::Jumps;
use super::keymap::Keymap;
use super::list_pane::{ListPane, ViewPane};
use super::pane::{Ctx, Pane};
use super::report_pane::ReportPane;
use super::theme::Theme;
use super::views::{Listed, Views};
use crate::backend::Backend;
use crate::i18n::Lang;

pub use super::status::Status;
pub use super::view::View;

/// The one-line editors at the top: the filter line and the `:` command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputKind {
    Filter,
    Command,
}

#[derive(Clone, Debug)]
pub struct InputLine {
    pub kind: InputKind,
    pub text: String,
    /// Cursor as a char index.
    pub cursor: usize,
    /// The filter before editing started, restored by Esc.
    pub before: String,
}

pub struct App {
    pub svc: Backend,
    pub user: String,
    pub lang: Lang,
    pub today: NaiveDate,
    pub keymap: Keymap,
    pub theme: Theme,
    pub view: View,
    /// The six list views.
    pub views: Views,
    pub input: Option<InputLine>,
    /// The panes drawn over the views (forms, help, questions, templates, the send
    /// preview), innermost first; the top one gets the keys.
    pub overlays: Vec<Box<dyn Pane>>,
    /// The detail pane of the record under the cursor.
    pub detail: DetailPane,
    pub status: Option<Status>,
    pub unread: usize,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    /// Rows the list pane showed last frame (for page moves).
    pub page: usize,
    /// Columns the list pane was wide last frame (which of its columns show).
    pub list_width: u16,
    /// Where background loads send their results (None in tests that load synchronously).
    pub loader: Option<std::sync::mpsc::Sender<super::data::Loaded>>,
    /// Runs the lists' window requests in the background (made with the first one).
    pub asker: Option<super::asker::Asker>,
    /// The open report (Reports view, R1-R8).
    pub report: Option<ReportPane>,
    /// Saved filters (`@name`) and each list's default filter, from the config file.
    pub filters: crate::config::Filters,
    /// What the panes asked for, carried out after each input.
    pub events: Events,
    /// Where links on cards were followed from, to go back (issue 18 item 4).
    pub jumps: Jumps,
    /// The deals view shown as the board (issue 19 item 5), when it is.
    pub board: Option<super::board::Board>,
    /// A program to hand the terminal to (the event loop runs it, then `on_outside`).
    pub outside: Option<super::outside::Job>,
}

impl App {
    /// Which keymap section is live.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(p) => p.mode(),
            None if self.input.is_some() => Mode::Input,
            None => Mode::Normal,
        }
    }

    /// What panes read while drawing.
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            lang: self.lang,
            theme: &self.theme,
            today: self.today,
            keymap: &self.keymap,
            page: self.page,
            list_width: self.list_width,
        }
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status::new(text.into(), false));
    }

    pub fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(Status::new(text.into(), true));
    }

    /// The list on screen.
    pub fn list_here(&self) -> &dyn ViewPane {
        self.views.get(self.view)
    }

    /// The list on screen, to change.
    pub fn list_here_mut(&mut self) -> &mut dyn ViewPane {
        self.views.get_mut(self.view)
    }

    /// The list of rows of type `R` (`app.list::<DealView>()`), wherever it is.
    pub fn list<R: Listed>(&self) -> &ListPane<R> {
        self.views.of()
    }

    /// The list of rows of type `R`, to change.
    pub fn list_mut<R: Listed>(&mut self) -> &mut ListPane<R> {
        self.views.of_mut()
    }

    /// The record the card on screen stays on, when it is not the list's cursor's.
    fn pinned(&self) -> Option<u64> {
        if self.view == View::Deals
            && let Some(b) = &self.board
        {
            return b.current().map(|d| d.id);
        }
        self.detail
            .pin
            .filter(|p| p.view == self.view)
            .map(|p| p.id)
    }

    /// The record an action applies to: the one the card stays on (it left the list, or a
    /// link led to it), else the one under the cursor in the list on screen.
    pub fn current_id(&self) -> Option<u64> {
        self.pinned().or_else(|| self.list_here().current_id())
    }

    /// What an action in the list on screen applies to: the selection, else the record the
    /// card stays on, else the cursor's row. Never a record the user did not choose.
    pub fn targets(&self) -> Vec<u64> {
        match self.pinned() {
            Some(id) if !self.list_here().has_selection() => vec![id],
            _ => self.list_here().targets(),
        }
    }

    /// Put a pane on top of the others.
    pub fn open(&mut self, pane: impl Pane) {
        self.overlays.push(Box::new(pane));
    }

    /// The top pane, if it is a `P`.
    pub fn top<P: Pane>(&self) -> Option<&P> {
        let top: &dyn Any = &**self.overlays.last()?;
        top.downcast_ref()
    }

    /// The top pane, if it is a `P`, to change.
    pub fn top_mut<P: Pane>(&mut self) -> Option<&mut P> {
        let top: &mut dyn Any = &mut **self.overlays.last_mut()?;
        top.downcast_mut()
    }

    /// Take the top pane off, if it is a `P`.
    pub fn pop<P: Pane>(&mut self) -> Option<P> {
        self.top::<P>()?;
        let top: Box<dyn Any> = self.overlays.pop()?;
        top.downcast().ok().map(|p| *p)
    }

    /// Every open pane that is a `P`, innermost first.
    pub fn panes_mut<P: Pane>(&mut self) -> impl Iterator<Item = &mut P> {
        self.overlays.iter_mut().filter_map(|p| {
            let p: &mut dyn Any = &mut **p;
            p.downcast_mut()
        })
    }
}

impl Env for App {
    fn svc(&self) -> &Backend {
        &self.svc
    }

    fn lang(&self) -> Lang {
        self.lang
    }

    fn today(&self) -> NaiveDate {
        self.today
    }
}
