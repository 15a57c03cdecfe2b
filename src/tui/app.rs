//! The TUI's whole state. `update` changes it; `ui` only reads it.

use chrono::NaiveDate;

use super::action::Mode;
use super::detail::Detail;
use super::form::Form;
use super::forms::Purpose;
use super::keymap::Keymap;
use super::list::ListState;
use super::rows::{InboxRow, ReportRow};
use super::theme::Theme;
use crate::backend::Backend;
use crate::i18n::Lang;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// The six views, in tab order (keys 1-6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Deals,
    Contacts,
    Campaigns,
    Tasks,
    Reports,
    Inbox,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Deals,
        View::Contacts,
        View::Campaigns,
        View::Tasks,
        View::Reports,
        View::Inbox,
    ];

    pub fn label_key(self) -> &'static str {
        match self {
            View::Deals => "view.deals",
            View::Contacts => "view.contacts",
            View::Campaigns => "view.campaigns",
            View::Tasks => "view.tasks",
            View::Reports => "view.reports",
            View::Inbox => "view.inbox",
        }
    }

    pub fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }
}

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

/// What a yes/no question does when answered yes.
#[derive(Clone, Debug)]
pub enum Pending {
    /// Drop the form under the question.
    DropForm,
    /// Submit the form under the question (the bulk operation, after showing its counts).
    SubmitForm,
    Win(Vec<u64>),
    TaskDone(Vec<u64>),
    MarkRead(Vec<u64>),
    /// Remove the message template with this id (D12).
    RemoveTemplate(u64),
}

/// Things drawn over the views, innermost last.
pub enum Overlay {
    Form {
        form: Form,
        purpose: Purpose,
    },
    Help {
        scroll: usize,
    },
    Confirm {
        question: String,
        pending: Pending,
    },
    /// The message templates (D12): a list to manage them, or to pick one to send.
    Templates(super::templates::TemplatesPane),
    /// A message about to be sent (or sent again): its preview, recipient editable.
    Send(Box<super::send::SendPreview>),
}

/// A message in the status bar.
#[derive(Clone, Debug)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub svc: Backend,
    pub user: String,
    pub lang: Lang,
    pub today: NaiveDate,
    pub keymap: Keymap,
    pub theme: Theme,
    pub view: View,
    pub deals: ListState<DealView>,
    pub contacts: ListState<ContactView>,
    pub campaigns: ListState<CampaignView>,
    pub tasks: ListState<TaskView>,
    pub reports: ListState<ReportRow>,
    pub inbox: ListState<InboxRow>,
    pub input: Option<InputLine>,
    pub overlays: Vec<Overlay>,
    /// The detail pane of the record under the cursor, and which tab shows.
    pub detail: Option<Detail>,
    pub detail_for: Option<(View, u64)>,
    pub tab: usize,
    pub detail_scroll: usize,
    /// Enter zooms the detail pane to the whole screen.
    pub zoomed: bool,
    pub status: Option<Status>,
    pub unread: usize,
    pub my_deals: bool,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    /// Rows the list pane showed last frame (for page moves).
    pub page: usize,
    /// Where background loads send their results (None in tests that load synchronously).
    pub loader: Option<std::sync::mpsc::Sender<super::data::Loaded>>,
    /// The open report (Reports view, R1-R8).
    pub report: Option<super::report_pane::ReportPane>,
    /// A record to put the cursor on when its list arrives (a campaign or task just made).
    pub pending_focus: Option<u64>,
    /// Saved filters (`@name`) and each list's default filter, from the config file.
    pub filters: crate::config::Filters,
}

/// Run `$body` with `$l` bound to the current view's list, whatever its row type.
#[macro_export]
macro_rules! with_list {
    ($app:expr, $l:ident => $body:expr) => {
        match $app.view {
            $crate::tui::app::View::Deals => {
                let $l = &mut $app.deals;
                $body
            }
            $crate::tui::app::View::Contacts => {
                let $l = &mut $app.contacts;
                $body
            }
            $crate::tui::app::View::Campaigns => {
                let $l = &mut $app.campaigns;
                $body
            }
            $crate::tui::app::View::Tasks => {
                let $l = &mut $app.tasks;
                $body
            }
            $crate::tui::app::View::Reports => {
                let $l = &mut $app.reports;
                $body
            }
            $crate::tui::app::View::Inbox => {
                let $l = &mut $app.inbox;
                $body
            }
        }
    };
}

impl App {
    /// Which keymap section is live.
    pub fn mode(&self) -> Mode {
        match self.overlays.last() {
            Some(Overlay::Form { .. }) => Mode::Form,
            Some(Overlay::Help { .. }) => Mode::Help,
            Some(Overlay::Confirm { .. }) => Mode::Confirm,
            // The templates screen is a list: the normal keys move in it and act on it.
            Some(Overlay::Templates(_)) => Mode::Normal,
            // The preview's one editable line is the recipient: Enter sends, Esc goes back.
            Some(Overlay::Send(_)) => Mode::Input,
            None if self.input.is_some() => Mode::Input,
            None => Mode::Normal,
        }
    }

    pub fn say(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
        });
    }

    pub fn complain(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
        });
    }

    pub fn current_id(&mut self) -> Option<u64> {
        with_list!(self, l => l.current_id())
    }

    pub fn targets(&mut self) -> Vec<u64> {
        with_list!(self, l => l.targets())
    }
}
