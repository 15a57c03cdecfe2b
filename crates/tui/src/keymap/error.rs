//! A keymap file that could not be used, and its message in the user's language.

use std::fmt;

use crate::action::{Action, BASES, Mode};
use crate::i18n::{Lang, tr, trf};
use crate::key::{KeyParseError, KeySpec};

/// A keymap file that could not be used: where, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeymapError {
    /// The file as the user knows it (the path of their keymap.toml, or `keymaps/<base>.toml`
    /// for a built-in one); empty when no file is involved (an unknown base name).
    pub file: String,
    /// 1-based; 0 when the problem is not at a line (the file cannot be read).
    pub line: usize,
    pub kind: KeymapErrorKind,
}

/// What is wrong in a keymap file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeymapErrorKind {
    /// The file exists but cannot be read (permissions, not UTF-8...).
    Io {
        reason: String,
    },
    /// `load` was asked for a preset other than those in `BASES`.
    UnknownBase {
        name: String,
    },
    /// Not valid TOML; the reason is toml's own (English) text.
    Syntax {
        reason: String,
    },
    /// A section other than `[normal]`, `[input]`, `[form]`, `[help]`, `[confirm]`.
    UnknownMode {
        name: String,
    },
    /// A mode name used for something other than a table (`normal = 1`).
    NotATable {
        mode: Mode,
    },
    UnknownAction {
        mode: Mode,
        name: String,
    },
    /// The action exists but belongs in another section.
    WrongMode {
        mode: Mode,
        action: Action,
    },
    /// The action is given something other than a key or a list of keys.
    NotAList {
        mode: Mode,
        action: Action,
    },
    BadKey {
        mode: Mode,
        action: Action,
        key: String,
        reason: KeyParseError,
    },
    /// One key bound to two actions of one section in one file; the error is at the second.
    Clash {
        mode: Mode,
        key: KeySpec,
        first: Action,
        first_line: usize,
        second: Action,
    },
}

impl KeymapError {
    /// The whole message in the user's language, e.g.
    /// `keymap: /home/x/.config/lejek/keymap.toml:7: unknown action 'fly' in [normal]`.
    pub fn message(&self, lang: Lang) -> String {
        use KeymapErrorKind::*;
        let detail = match &self.kind {
            Io { reason } => trf(lang, "keymap.err.io", &[reason]),
            UnknownBase { name } => {
                trf(lang, "keymap.err.unknown_base", &[name, &BASES.join(", ")])
            }
            Syntax { reason } => trf(lang, "keymap.err.syntax", &[reason]),
            UnknownMode { name } => {
                let known: Vec<&str> = Mode::ALL.iter().map(|m| m.as_str()).collect();
                trf(
                    lang,
                    "keymap.err.unknown_mode",
                    &[name, &known.join("], [")],
                )
            }
            NotATable { mode } => trf(lang, "keymap.err.not_table", &[&mode.as_str()]),
            UnknownAction { mode, name } => {
                trf(lang, "keymap.err.unknown_action", &[name, &mode.as_str()])
            }
            WrongMode { mode, action } => trf(
                lang,
                "keymap.err.wrong_mode",
                &[&action.name(), &mode.as_str(), &action.mode().as_str()],
            ),
            NotAList { mode, action } => trf(
                lang,
                "keymap.err.not_list",
                &[&action.name(), &mode.as_str()],
            ),
            BadKey {
                mode,
                action,
                key,
                reason,
            } => {
                let why = match reason {
                    KeyParseError::Empty => tr(lang, "keymap.err.key_empty").to_owned(),
                    KeyParseError::UnknownKey(k) => trf(lang, "keymap.err.key_unknown", &[k]),
                    KeyParseError::UnknownModifier(m) => trf(lang, "keymap.err.key_modifier", &[m]),
                };
                trf(
                    lang,
                    "keymap.err.bad_key",
                    &[key, &action.name(), &mode.as_str(), &why],
                )
            }
            Clash {
                mode,
                key,
                first,
                first_line,
                second,
            } => trf(
                lang,
                "keymap.err.clash",
                &[
                    key,
                    &mode.as_str(),
                    &first.name(),
                    first_line,
                    &second.name(),
                ],
            ),
        };
        let prefix = tr(lang, "keymap.err.prefix");
        match (self.file.is_empty(), self.line) {
            (true, _) => format!("{prefix}: {detail}"),
            (false, 0) => format!("{prefix}: {}: {detail}", self.file),
            (false, line) => format!("{prefix}: {}:{line}: {detail}", self.file),
        }
    }
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for KeymapError {}
