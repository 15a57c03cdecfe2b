//! Where an action applies: the keymap modes (which keys are live depends on what has the
//! focus) and the help window's sections, each of which belongs to one mode.

use super::{ACTIONS, Action};

/// The keymap sections: which keys are live depends on what has the focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    /// The section name in keymap files: `[normal]`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Normal => "normal",
            Mode::Input => "input",
            Mode::Form => "form",
            Mode::Help => "help",
            Mode::Confirm => "confirm",
        }
    }

    /// Its place in `ALL` (the modes are declared in that order).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether `a` may be bound in this mode (a keymap binding it elsewhere is an error
    /// reported at start).
    pub fn allows(self, a: Action) -> bool {
        a.mode() == self
    }
}

/// The help window's headings, in the order a newcomer needs them. Each belongs to one mode;
/// the normal mode has several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    General,
    Movement,
    Views,
    Lists,
    Records,
    Messages,
    Input,
    Form,
    Help,
    Confirm,
}

impl Section {
    /// In the help window's order.
    pub const ALL: [Section; 10] = [
        Section::General,
        Section::Movement,
        Section::Views,
        Section::Lists,
        Section::Records,
        Section::Messages,
        Section::Input,
        Section::Form,
        Section::Help,
        Section::Confirm,
    ];

    /// The mode whose keymap section its actions are bound in.
    pub fn mode(self) -> Mode {
        match self {
            Section::General
            | Section::Movement
            | Section::Views
            | Section::Lists
            | Section::Records
            | Section::Messages => Mode::Normal,
            Section::Input => Mode::Input,
            Section::Form => Mode::Form,
            Section::Help => Mode::Help,
            Section::Confirm => Mode::Confirm,
        }
    }

    /// The catalogue key of its heading.
    pub fn heading_key(self) -> &'static str {
        match self {
            Section::General => "keymap.section.general",
            Section::Movement => "keymap.section.movement",
            Section::Views => "keymap.section.views",
            Section::Lists => "keymap.section.lists",
            Section::Records => "keymap.section.records",
            Section::Messages => "keymap.section.messages",
            Section::Input => "keymap.section.input",
            Section::Form => "keymap.section.form",
            Section::Help => "keymap.section.help",
            Section::Confirm => "keymap.section.confirm",
        }
    }

    /// Its actions, in table order.
    pub fn actions(self) -> impl Iterator<Item = Action> {
        ACTIONS.iter().copied().filter(move |a| a.section() == self)
    }
}
