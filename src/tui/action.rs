//! Everything the user can ask the TUI to do. Keys map to these (keymaps/*.toml use the
//! snake_case names); `update` turns them into state changes and service commands.

use serde::Deserialize;

/// A user intention, independent of the key that asked for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    // Anywhere in normal mode.
    Quit,
    Help,
    Back,
    Open,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextView,
    PrevView,
    ViewDeals,
    ViewContacts,
    ViewCampaigns,
    ViewTasks,
    ViewReports,
    ViewInbox,
    Filter,
    CommandLine,
    Select,
    SelectAll,
    SelectNone,
    New,
    Edit,
    MyDeals,
    SortNext,
    SortReverse,
    NextTab,
    PrevTab,
    Refresh,
    // Record actions (each opens a form or a confirmation).
    ChangeStage,
    SetNextActivity,
    SetValue,
    AddNote,
    AddComment,
    AttachFile,
    Win,
    Lose,
    AssignOwner,
    EditTags,
    TaskDone,
    NewDealForContact,
    BulkCampaign,
    MarkRead,
    // E-mail and SMS (D12): send a template from a deal, send a failed message again, the
    // templates screen, and removing the template under its cursor.
    SendMessage,
    RetrySend,
    Templates,
    Remove,
    // Filter line and command line.
    InputApply,
    InputCancel,
    // Forms.
    FormSubmit,
    FormCancel,
    FormNextField,
    FormPrevField,
    // Help overlay.
    HelpClose,
    HelpUp,
    HelpDown,
    // Yes/no questions.
    ConfirmYes,
    ConfirmNo,
}

/// The keymap sections: which keys are live depends on what has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Lists, detail pane.
    Normal,
    /// The filter line and the `:` command line (typed text goes into the line).
    Input,
    /// A form (typed text goes into the focused field).
    Form,
    Help,
    Confirm,
}

impl Mode {
    pub const ALL: [Mode; 5] = [
        Mode::Normal,
        Mode::Input,
        Mode::Form,
        Mode::Help,
        Mode::Confirm,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Input => "input",
            Mode::Form => "form",
            Mode::Help => "help",
            Mode::Confirm => "confirm",
        }
    }

    /// The actions that make sense in this mode (a keymap binding anything else there is an
    /// error reported at start).
    pub fn allows(self, a: Action) -> bool {
        use Action::*;
        match self {
            Mode::Input => matches!(a, InputApply | InputCancel),
            Mode::Form => matches!(a, FormSubmit | FormCancel | FormNextField | FormPrevField),
            Mode::Help => matches!(a, HelpClose | HelpUp | HelpDown),
            Mode::Confirm => matches!(a, ConfirmYes | ConfirmNo),
            Mode::Normal => !matches!(
                a,
                InputApply
                    | InputCancel
                    | FormSubmit
                    | FormCancel
                    | FormNextField
                    | FormPrevField
                    | HelpClose
                    | HelpUp
                    | HelpDown
                    | ConfirmYes
                    | ConfirmNo
            ),
        }
    }
}

impl Action {
    /// The snake_case name used in keymap files and as the help catalogue key suffix.
    pub fn name(self) -> String {
        let dbg = format!("{self:?}");
        let mut out = String::new();
        for (i, c) in dbg.chars().enumerate() {
            if c.is_ascii_uppercase() {
                if i > 0 {
                    out.push('_');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }
}
