//! One key as the keymap files write it (`q`, `Q`, `ctrl-u`, `enter`, `f1`) and as the
//! terminal reports it, brought to one normal form so the two compare equal.
//!
//! The normal form: a character key carries the character as typed (`Q`, `?`, `ą`) and never
//! SHIFT, because terminals disagree on whether a shifted character also reports SHIFT (and
//! the kitty protocol may send `a` + SHIFT for `A`); Shift-Tab is always `BackTab` without
//! SHIFT. Named keys (`Up`, `F1`, ...) keep SHIFT, which is the only way to tell them apart.

use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};

/// A key with its modifiers, normalised (see the module comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeySpec {
    code: KeyCode,
    modifiers: KeyModifiers,
}

/// Why a key string could not be read; shown inside a keymap error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyParseError {
    /// `""` or a trailing `ctrl-` with nothing after it.
    Empty,
    /// Neither a single character nor a known key name (`enter`, `pgup`, `f5`...).
    UnknownKey(String),
    /// A prefix before `-` that is not `ctrl`, `alt`, `shift` or `super`.
    UnknownModifier(String),
}

/// The names a key may be written with (any case), first the canonical one.
const NAMED: &[(KeyCode, &[&str])] = &[
    (KeyCode::Enter, &["Enter", "return", "cr"]),
    (KeyCode::Esc, &["Esc", "escape"]),
    (KeyCode::Tab, &["Tab"]),
    (KeyCode::BackTab, &["BackTab"]),
    (KeyCode::Char(' '), &["Space"]),
    (KeyCode::Up, &["Up"]),
    (KeyCode::Down, &["Down"]),
    (KeyCode::Left, &["Left"]),
    (KeyCode::Right, &["Right"]),
    (KeyCode::PageUp, &["PgUp", "pageup"]),
    (KeyCode::PageDown, &["PgDn", "pgdown", "pagedown"]),
    (KeyCode::Home, &["Home"]),
    (KeyCode::End, &["End"]),
    (KeyCode::Insert, &["Insert", "ins"]),
    (KeyCode::Delete, &["Delete", "del"]),
    (KeyCode::Backspace, &["Backspace", "bs"]),
];

/// Modifier prefixes (any case) and the canonical spelling used by `Display`.
const MODIFIERS: &[(KeyModifiers, &str, &[&str])] = &[
    (KeyModifiers::CONTROL, "Ctrl", &["ctrl", "control", "c"]),
    (KeyModifiers::ALT, "Alt", &["alt", "meta", "m", "a"]),
    (KeyModifiers::SHIFT, "Shift", &["shift", "s"]),
    (KeyModifiers::SUPER, "Super", &["super"]),
];

/// Highest function key accepted (crossterm reports more, few keyboards have them).
const MAX_F: u8 = 24;

impl KeySpec {
    /// A key from its parts, normalised so it compares equal to what `from_event` gives.
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> KeySpec {
        // Only these four matter for a binding; lock and keypad state are not part of a key.
        let mut modifiers = modifiers
            & (KeyModifiers::CONTROL
                | KeyModifiers::ALT
                | KeyModifiers::SHIFT
                | KeyModifiers::SUPER);
        let code = match code {
            KeyCode::Char(c) => {
                let shifted = modifiers.contains(KeyModifiers::SHIFT);
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(if shifted { upper(c) } else { c })
            }
            KeyCode::Tab if modifiers.contains(KeyModifiers::SHIFT) => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        KeySpec { code, modifiers }
    }

    /// A plain key without modifiers.
    pub fn plain(code: KeyCode) -> KeySpec {
        KeySpec::new(code, KeyModifiers::NONE)
    }

    /// The key the terminal reported, normalised.
    pub fn from_event(ev: &KeyEvent) -> KeySpec {
        KeySpec::new(ev.code, ev.modifiers)
    }

    /// A key press that produces this key: lets tests drive the TUI with key strings.
    pub fn to_event(self) -> KeyEvent {
        KeyEvent {
            code: self.code,
            modifiers: self.modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    pub fn code(self) -> KeyCode {
        self.code
    }

    pub fn modifiers(self) -> KeyModifiers {
        self.modifiers
    }

    /// Read a key string: `q`, `Q`, `?`, `ctrl-u`, `alt-x`, `shift-q` (= `Q`), `enter`, `esc`,
    /// `tab`, `backtab` (= `shift-tab`), `space`, `up`, `pgdown`, `home`, `f1`... Key and
    /// modifier names are case-insensitive; a single character is taken as written.
    pub fn parse(s: &str) -> Result<KeySpec, KeyParseError> {
        if s.is_empty() {
            return Err(KeyParseError::Empty);
        }
        let mut rest = s;
        let mut modifiers = KeyModifiers::NONE;
        // A prefix is a modifier only when something follows its `-`, so `-` and `ctrl--`
        // name the minus key.
        while rest.chars().count() > 1 {
            let Some((prefix, tail)) = rest.split_once('-') else {
                break;
            };
            if prefix.is_empty() {
                break;
            }
            if tail.is_empty() {
                return Err(KeyParseError::Empty);
            }
            let m = MODIFIERS
                .iter()
                .find(|(_, _, names)| names.iter().any(|n| n.eq_ignore_ascii_case(prefix)))
                .map(|(m, _, _)| *m)
                .ok_or_else(|| KeyParseError::UnknownModifier(prefix.to_owned()))?;
            modifiers |= m;
            rest = tail;
        }
        Ok(KeySpec::new(key_code(rest)?, modifiers))
    }
}

fn key_code(s: &str) -> Result<KeyCode, KeyParseError> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return Err(KeyParseError::Empty),
        (Some(c), None) => return Ok(KeyCode::Char(c)),
        _ => {}
    }
    if let Some((code, _)) = NAMED
        .iter()
        .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(s)))
    {
        return Ok(*code);
    }
    if let Some(digits) = s.strip_prefix(['f', 'F'])
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
        && let Ok(n) = digits.parse::<u8>()
        && (1..=MAX_F).contains(&n)
    {
        return Ok(KeyCode::F(n));
    }
    Err(KeyParseError::UnknownKey(s.to_owned()))
}

/// The shifted form of a letter; other characters already are what the keyboard produced.
fn upper(c: char) -> char {
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

impl fmt::Display for KeySpec {
    /// The canonical spelling, as the help shows it and a keymap file accepts it:
    /// `Ctrl-u`, `Enter`, `Esc`, `Space`, `?`, `Shift-Tab`, `PgDn`, `F1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (m, name, _) in MODIFIERS {
            if self.modifiers.contains(*m) {
                write!(f, "{name}-")?;
            }
        }
        if self.code == KeyCode::BackTab {
            return f.write_str("Shift-Tab");
        }
        if let Some((_, names)) = NAMED.iter().find(|(c, _)| *c == self.code) {
            return f.write_str(names[0]);
        }
        match self.code {
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            // Keys no keymap string can name (media keys...) never get here from a file.
            other => write!(f, "{other:?}"),
        }
    }
}

impl std::str::FromStr for KeySpec {
    type Err = KeyParseError;

    fn from_str(s: &str) -> Result<KeySpec, KeyParseError> {
        KeySpec::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> KeySpec {
        KeySpec::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    fn ev(code: KeyCode, m: KeyModifiers) -> KeySpec {
        KeySpec::from_event(&KeyEvent::new(code, m))
    }

    #[test]
    fn plain_characters_are_case_sensitive() {
        assert_eq!(k("q"), KeySpec::plain(KeyCode::Char('q')));
        assert_eq!(k("Q"), KeySpec::plain(KeyCode::Char('Q')));
        assert_ne!(k("q"), k("Q"));
        assert_eq!(k("?"), KeySpec::plain(KeyCode::Char('?')));
        assert_eq!(k("-"), KeySpec::plain(KeyCode::Char('-')));
        assert_eq!(k("ą"), KeySpec::plain(KeyCode::Char('ą')));
    }

    #[test]
    fn names_and_modifiers_are_case_insensitive() {
        assert_eq!(k("ENTER"), KeySpec::plain(KeyCode::Enter));
        assert_eq!(k("Esc"), k("escape"));
        assert_eq!(k("PgDown"), KeySpec::plain(KeyCode::PageDown));
        assert_eq!(k("pgdn"), k("pagedown"));
        assert_eq!(k("F12"), KeySpec::plain(KeyCode::F(12)));
        assert_eq!(k("f1"), KeySpec::plain(KeyCode::F(1)));
        assert_eq!(
            k("CTRL-u"),
            KeySpec::new(KeyCode::Char('u'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            k("ctrl--"),
            KeySpec::new(KeyCode::Char('-'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            k("alt-shift-up"),
            KeySpec::new(KeyCode::Up, KeyModifiers::ALT | KeyModifiers::SHIFT)
        );
    }

    #[test]
    fn shift_is_folded_into_characters_and_tab() {
        assert_eq!(k("shift-q"), k("Q"));
        assert_eq!(k("shift-tab"), k("backtab"));
        assert_eq!(k("ctrl-shift-u"), k("ctrl-U"));
        // `?` needs Shift on most layouts; whether the terminal says so must not matter.
        assert_eq!(k("shift-?"), k("?"));
    }

    #[test]
    fn terminal_quirks_are_normalised() {
        assert_eq!(ev(KeyCode::Char('Q'), KeyModifiers::SHIFT), k("Q"));
        assert_eq!(ev(KeyCode::Char('Q'), KeyModifiers::NONE), k("Q"));
        // The kitty protocol reports the base key with SHIFT.
        assert_eq!(ev(KeyCode::Char('q'), KeyModifiers::SHIFT), k("Q"));
        assert_eq!(ev(KeyCode::BackTab, KeyModifiers::SHIFT), k("backtab"));
        assert_eq!(ev(KeyCode::Tab, KeyModifiers::SHIFT), k("backtab"));
        assert_eq!(ev(KeyCode::Char('?'), KeyModifiers::SHIFT), k("?"));
        assert_eq!(ev(KeyCode::Char('u'), KeyModifiers::CONTROL), k("ctrl-u"));
        assert_eq!(ev(KeyCode::Char(' '), KeyModifiers::NONE), k("space"));
        assert_eq!(ev(KeyCode::Up, KeyModifiers::SHIFT), k("shift-up"));
        assert_ne!(ev(KeyCode::Up, KeyModifiers::SHIFT), k("up"));
    }

    #[test]
    fn bad_keys_are_errors() {
        assert_eq!(KeySpec::parse(""), Err(KeyParseError::Empty));
        assert_eq!(KeySpec::parse("ctrl-"), Err(KeyParseError::Empty));
        assert_eq!(
            KeySpec::parse("hyper-x"),
            Err(KeyParseError::UnknownModifier("hyper".into()))
        );
        for bad in ["enterr", "f0", "f99", "f01", "qq", "page up", "ctrl-xy"] {
            assert!(
                matches!(KeySpec::parse(bad), Err(KeyParseError::UnknownKey(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn display_is_canonical_and_round_trips() {
        assert_eq!(k("ctrl-u").to_string(), "Ctrl-u");
        assert_eq!(k("enter").to_string(), "Enter");
        assert_eq!(k("ESCAPE").to_string(), "Esc");
        assert_eq!(k("space").to_string(), "Space");
        assert_eq!(k("?").to_string(), "?");
        assert_eq!(k("backtab").to_string(), "Shift-Tab");
        assert_eq!(k("pagedown").to_string(), "PgDn");
        let samples = [
            "q",
            "Q",
            "?",
            ":",
            "/",
            "[",
            "-",
            "ą",
            "Ś",
            "ctrl-u",
            "ctrl-U",
            "alt-x",
            "ctrl--",
            "enter",
            "esc",
            "tab",
            "backtab",
            "space",
            "ctrl-space",
            "up",
            "down",
            "left",
            "right",
            "pgup",
            "pgdown",
            "home",
            "end",
            "insert",
            "delete",
            "backspace",
            "f1",
            "f12",
            "shift-f5",
            "ctrl-alt-delete",
            "super-q",
            "shift-up",
            "alt-enter",
        ];
        for s in samples {
            let key = k(s);
            let shown = key.to_string();
            assert_eq!(k(&shown), key, "{s} -> {shown}");
            // And the event the key stands for maps back to it.
            assert_eq!(KeySpec::from_event(&key.to_event()), key, "{s}");
        }
        for n in 1..=MAX_F {
            let key = KeySpec::plain(KeyCode::F(n));
            assert_eq!(k(&key.to_string()), key);
        }
    }
}
