//! One field of a form: what it holds, what was there when the form opened, and what its
//! last validation said.

use super::input::Input;
use super::pick::{Pick, Source};

/// What a field accepts. Each kind validates as it is typed (see `validate.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line, at most 500 characters.
    Text,
    /// Shown on one line, scrolled sideways; up to 10,000 characters (notes, descriptions).
    LongText,
    /// An amount in the default currency (PLN, or the config file's) unless one is typed;
    /// the hint shows it formatted.
    Money,
    /// A day as people type it (`2026-12-01`, `+3d`, `pon`, `jutro`); the hint shows the
    /// resolved date with its weekday.
    Date,
    /// A day as above, optionally followed by ` HH:MM`.
    DateTime,
    /// One of these options (dictionary values, logins): a diacritic-insensitive exact match
    /// or unique prefix. Ctrl-N / Ctrl-P (Alt-Down / Alt-Up) cycle through them.
    Choice(Vec<String>),
    /// Words separated by spaces or commas.
    Tags,
    /// An existing file; `~` is the home directory.
    Path,
    /// A file to create: nothing there yet, in a folder that exists.
    NewPath,
    /// A record number (`u64`); a leading `#` is allowed.
    Number,
    /// A decimal number as either language writes it (`12,5`, `12.5`): a custom number
    /// field (issue 20).
    Decimal,
    /// A record chosen by name from a ranked list (see `pick.rs`); valid once one is chosen.
    Record(Source),
}

impl FieldKind {
    /// The most characters a valid value may have.
    pub fn max_len(&self) -> usize {
        match self {
            FieldKind::LongText => 10_000,
            FieldKind::Path | FieldKind::NewPath => 4_096,
            _ => 500,
        }
    }

    /// Where typing stops altogether: past the limit there is room to see the "too long"
    /// error and fix it, but a pasted megabyte does not end up in memory and on screen.
    pub(crate) fn hard_cap(&self) -> usize {
        self.max_len() * 2
    }
}

/// What the last validation of a field found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) enum Check {
    /// Valid; the hint (if any) shows how the value was understood.
    #[default]
    Ok,
    /// Not valid yet, but may be half-typed: an empty required field, a prefix matching
    /// several options. Shown as the hint while the user types, as an error once they
    /// leave the field or submit.
    Pending { error: String },
    /// Wrong as it stands: shown at once.
    Wrong { error: String },
}

/// One labelled input of a [`Form`](super::Form). Build with [`Field::new`] and the
/// [`required`](Field::required) and [`value`](Field::value) builders.
#[derive(Clone, Debug)]
pub struct Field {
    /// The key the caller reads the value back with (`form.money("value")`).
    pub id: &'static str,
    /// Shown left of the value, already in the user's language.
    pub label: String,
    pub kind: FieldKind,
    /// An empty value is an error ("required").
    pub required: bool,
    pub(crate) input: Input,
    pub(crate) initial: String,
    pub(crate) check: Check,
    pub(crate) hint: Option<String>,
    /// A pending error is shown as an error (set on leaving the field or submitting,
    /// cleared by the next edit).
    pub(crate) reveal: bool,
    /// A record field's chosen record; any edit of the text drops it.
    pub(crate) picked: Option<Pick>,
    /// The user has changed the value (typing, pasting, choosing).
    pub(crate) touched: bool,
    /// The whole untouched value is selected: the next printable key replaces it, a
    /// deleting key clears it, a moving key just ends the selection (issue 18 item 3).
    pub(crate) selected: bool,
}

impl Field {
    /// An optional, empty field.
    pub fn new(id: &'static str, label: impl Into<String>, kind: FieldKind) -> Field {
        Field {
            id,
            label: label.into(),
            kind,
            required: false,
            input: Input::default(),
            initial: String::new(),
            check: Check::Ok,
            hint: None,
            reveal: false,
            picked: None,
            touched: false,
            selected: false,
        }
    }

    /// The field must not be left empty.
    pub fn required(mut self) -> Field {
        self.required = true;
        self
    }

    /// The value the field starts with (usually from the database). It is kept exactly,
    /// shown with control characters replaced by U+FFFD, and is what [`is_dirty`] compares
    /// against.
    ///
    /// [`is_dirty`]: super::Form::is_dirty
    pub fn value(mut self, initial: impl Into<String>) -> Field {
        self.initial = initial.into();
        self.input = Input::new(&self.initial);
        self
    }

    /// A record field's starting record (the edit form's current link), shown by its
    /// label; `None` leaves it empty.
    pub fn picked(mut self, pick: Option<Pick>) -> Field {
        let label = pick.as_ref().map(|p| p.label.clone()).unwrap_or_default();
        self = self.value(label);
        self.picked = pick;
        self
    }

    /// The chosen record of a record field.
    pub fn pick(&self) -> Option<&Pick> {
        self.picked.as_ref()
    }

    /// The whole value is selected (drawn in reverse video).
    pub fn is_selected(&self) -> bool {
        self.selected
    }

    /// The current text, untrimmed.
    pub fn raw(&self) -> &str {
        self.input.value()
    }

    /// The cursor as a char index into [`raw`](Field::raw).
    pub fn cursor(&self) -> usize {
        self.input.cursor()
    }

    /// The error to show now, if any.
    pub fn error(&self) -> Option<&str> {
        match &self.check {
            Check::Wrong { error } => Some(error),
            Check::Pending { error } if self.reveal => Some(error),
            _ => None,
        }
    }

    /// The hint to show now (when there is no error): how the value was understood, or
    /// what may be typed.
    pub fn hint(&self) -> Option<&str> {
        if self.error().is_some() {
            return None;
        }
        self.hint.as_deref()
    }

    /// The value passes validation.
    pub fn is_valid(&self) -> bool {
        self.check == Check::Ok
    }

    /// The value differs from the one the form opened with.
    pub fn is_dirty(&self) -> bool {
        self.input.value() != self.initial
    }
}
