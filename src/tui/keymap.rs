//! Which key does what, per mode: a built-in preset (`keymaps/default.toml` or
//! `keymaps/arrows.toml`, both written from the action table in `action/table.rs`) with the
//! user's `keymap.toml` merged over it.
//!
//! Every problem in a file (TOML syntax, unknown section or action, an action in the wrong
//! section, a bad key, one key bound to two actions) is a `KeymapError` naming the file and
//! line; nothing here panics on what a user wrote.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::text::toml_spans::{in_file_order, line_at};

use crate::i18n::{Lang, tr, trf};
use crate::tui::action::{Action, BASES, Mode, preset_toml};
use crate::tui::key::{KeyParseError, KeySpec};

/// The keymap in force: for each mode, actions in file order with their keys.
#[derive(Clone, Debug)]
pub struct Keymap {
    modes: Vec<ModeMap>,
}

#[derive(Clone, Debug, Default)]
struct ModeMap {
    /// In file order: the base file's, then actions only the user file binds. An action
    /// whose keys were all taken away stays here with no keys (and is left out of `bindings`).
    bindings: Vec<(Action, Vec<KeySpec>)>,
    by_key: HashMap<KeySpec, Action>,
}

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

/// `$XDG_CONFIG_HOME/lejek/keymap.toml`, else `~/.config/lejek/keymap.toml`; `None` when
/// neither variable is set. The file need not exist.
pub fn user_keymap_path() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(x).join("lejek").join("keymap.toml"));
    }
    std::env::var_os("HOME").filter(|v| !v.is_empty()).map(|h| {
        Path::new(&h)
            .join(".config")
            .join("lejek")
            .join("keymap.toml")
    })
}

impl Keymap {
    /// The preset `base` ("default" or "arrows") with `user_file` merged over it. A user file
    /// that does not exist is no error (there is nothing to merge); one that cannot be read
    /// or has anything wrong in it is.
    pub fn load(base: &str, user_file: Option<&Path>) -> Result<Keymap, KeymapError> {
        let user_text = match user_file {
            None => None,
            Some(path) => match std::fs::read_to_string(path) {
                Ok(text) => Some((path.display().to_string(), text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
                Err(e) => {
                    return Err(KeymapError {
                        file: path.display().to_string(),
                        line: 0,
                        kind: KeymapErrorKind::Io {
                            reason: e.to_string(),
                        },
                    });
                }
            },
        };
        Keymap::from_text(
            base,
            user_text.as_ref().map(|(f, t)| (f.as_str(), t.as_str())),
        )
    }

    /// As `load`, with the user's keymap given as (file name for messages, contents).
    pub fn from_text(base: &str, user: Option<(&str, &str)>) -> Result<Keymap, KeymapError> {
        let Some(base_text) = preset_toml(base) else {
            return Err(KeymapError {
                file: String::new(),
                line: 0,
                kind: KeymapErrorKind::UnknownBase {
                    name: base.to_owned(),
                },
            });
        };
        // Written from the action table; `keymaps/<base>.toml` is the same text, so a line
        // number in an error here points into that file.
        let base_layer = parse_layer(&format!("keymaps/{base}.toml"), &base_text)?;
        let user_layer = match user {
            Some((file, text)) => Some(parse_layer(file, text)?),
            None => None,
        };
        Ok(merge(base_layer, user_layer))
    }

    /// The action `key` asks for in `mode`. Key releases (reported on some platforms) ask
    /// for nothing; a held key repeats its action.
    pub fn action(&self, mode: Mode, key: &KeyEvent) -> Option<Action> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        self.action_for(mode, KeySpec::from_event(key))
    }

    /// The action bound to `key` in `mode`.
    pub fn action_for(&self, mode: Mode, key: KeySpec) -> Option<Action> {
        self.mode(mode).by_key.get(&key).copied()
    }

    /// The keys bound to `action` in `mode`, in file order (the first is the one to show in
    /// a hint line).
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<KeySpec> {
        self.mode(mode)
            .bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map(|(_, keys)| keys.clone())
            .unwrap_or_default()
    }

    /// The first key bound to `action` in `mode` as the help spells it (empty when none):
    /// what a hint line or a footer shows.
    pub fn first_key(&self, mode: Mode, action: Action) -> String {
        self.keys_for(mode, action)
            .first()
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    /// The bound actions of `mode` with their keys, in file order.
    pub fn bindings(&self, mode: Mode) -> Vec<(Action, Vec<KeySpec>)> {
        self.mode(mode)
            .bindings
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .cloned()
            .collect()
    }

    fn mode(&self, mode: Mode) -> &ModeMap {
        &self.modes[mode_index(mode)]
    }
}

impl Default for Keymap {
    /// The built-in default keymap. It cannot fail: a unit test loads every preset.
    fn default() -> Keymap {
        match Keymap::from_text("default", None) {
            Ok(k) => k,
            Err(e) => panic!("the built-in keymap is broken: {e}"),
        }
    }
}

fn mode_index(mode: Mode) -> usize {
    Mode::ALL.iter().position(|m| *m == mode).unwrap_or(0)
}

/// One file's bindings per mode (indexed like `Mode::ALL`), each in file order.
struct Layer {
    modes: Vec<Vec<(Action, Vec<KeySpec>)>>,
}

fn merge(base: Layer, user: Option<Layer>) -> Keymap {
    let mut modes: Vec<Vec<(Action, Vec<KeySpec>)>> = base.modes;
    if let Some(user) = user {
        for (bindings, overrides) in modes.iter_mut().zip(user.modes) {
            // A key the user binds leaves whatever base action had it, so rebinding a key
            // never clashes with the preset.
            let taken: HashSet<KeySpec> = overrides.iter().flat_map(|(_, k)| k.clone()).collect();
            for (_, keys) in bindings.iter_mut() {
                keys.retain(|k| !taken.contains(k));
            }
            for (action, keys) in overrides {
                match bindings.iter_mut().find(|(a, _)| *a == action) {
                    Some(slot) => slot.1 = keys,
                    None => bindings.push((action, keys)),
                }
            }
        }
    }
    let modes = modes
        .into_iter()
        .map(|bindings| {
            let mut by_key = HashMap::new();
            for (action, keys) in &bindings {
                for key in keys {
                    let before = by_key.insert(*key, *action);
                    // Each file is clash-free and the merge moved every user key away from
                    // the base, so this cannot happen; say so loudly in tests if it does.
                    debug_assert!(before.is_none(), "key {key} bound twice after merge");
                }
            }
            ModeMap { bindings, by_key }
        })
        .collect();
    Keymap { modes }
}

/// Read one keymap file, checking everything that can be checked within it.
fn parse_layer(file: &str, text: &str) -> Result<Layer, KeymapError> {
    // Editors on Windows like to start files with a byte order mark; toml does not.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let err = |offset: usize, kind| KeymapError {
        file: file.to_owned(),
        line: line_at(text, offset),
        kind,
    };
    let doc = DeTable::parse(text).map_err(|e| {
        err(
            e.span().map(|s| s.start).unwrap_or(0),
            KeymapErrorKind::Syntax {
                reason: e.message().to_owned(),
            },
        )
    })?;
    let mut layer = Layer {
        modes: vec![Vec::new(); Mode::ALL.len()],
    };
    for (section, body) in in_file_order(doc.get_ref()) {
        let Some(mode) = Mode::ALL
            .into_iter()
            .find(|m| m.as_str() == section.get_ref().as_ref())
        else {
            return Err(err(
                section.span().start,
                KeymapErrorKind::UnknownMode {
                    name: section.get_ref().to_string(),
                },
            ));
        };
        let DeValue::Table(entries) = body.get_ref() else {
            return Err(err(
                section.span().start,
                KeymapErrorKind::NotATable { mode },
            ));
        };
        let bindings = &mut layer.modes[mode_index(mode)];
        // key -> (action, line) of this section so far, to name both sides of a clash.
        let mut seen: HashMap<KeySpec, (Action, usize)> = HashMap::new();
        for (name, value) in in_file_order(entries) {
            let at = name.span().start;
            let Some(action) = Action::from_name(name.get_ref().as_ref()) else {
                return Err(err(
                    at,
                    KeymapErrorKind::UnknownAction {
                        mode,
                        name: name.get_ref().to_string(),
                    },
                ));
            };
            if !mode.allows(action) {
                return Err(err(at, KeymapErrorKind::WrongMode { mode, action }));
            }
            // `quit = "q"` is accepted as short for `quit = ["q"]`.
            let items: Vec<&Spanned<DeValue<'_>>> = match value.get_ref() {
                DeValue::String(_) => vec![value],
                DeValue::Array(items) => items.iter().collect(),
                _ => return Err(err(at, KeymapErrorKind::NotAList { mode, action })),
            };
            let mut keys = Vec::new();
            for item in items {
                let item_at = item.span().start;
                let Some(s) = item.get_ref().as_str() else {
                    return Err(err(item_at, KeymapErrorKind::NotAList { mode, action }));
                };
                let key = KeySpec::parse(s).map_err(|reason| {
                    err(
                        item_at,
                        KeymapErrorKind::BadKey {
                            mode,
                            action,
                            key: s.to_owned(),
                            reason,
                        },
                    )
                })?;
                let line = line_at(text, item_at);
                match seen.get(&key) {
                    Some(&(first, first_line)) if first != action => {
                        return Err(err(
                            item_at,
                            KeymapErrorKind::Clash {
                                mode,
                                key,
                                first,
                                first_line,
                                second: action,
                            },
                        ));
                    }
                    Some(_) => {} // listed twice for the same action: harmless
                    None => {
                        seen.insert(key, (action, line));
                        keys.push(key);
                    }
                }
            }
            bindings.push((action, keys));
        }
    }
    Ok(layer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::ACTIONS;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn key(s: &str) -> KeySpec {
        KeySpec::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
    }

    fn press(s: &str) -> KeyEvent {
        key(s).to_event()
    }

    fn user(text: &str) -> Result<Keymap, KeymapError> {
        Keymap::from_text("default", Some(("keymap.toml", text)))
    }

    fn user_err(text: &str) -> KeymapError {
        match user(text) {
            Ok(_) => panic!("accepted:\n{text}"),
            Err(e) => e,
        }
    }

    #[test]
    fn actions_list_is_complete_and_in_declaration_order() {
        for (i, a) in ACTIONS.iter().enumerate() {
            assert_eq!(*a as usize, i, "{a:?}");
        }
        assert_eq!(ACTIONS.len(), Action::ConfirmNo as usize + 1);
    }

    #[test]
    fn every_action_belongs_to_exactly_one_mode() {
        for a in ACTIONS {
            let n = Mode::ALL.iter().filter(|m| m.allows(*a)).count();
            assert_eq!(n, 1, "{a:?}");
        }
    }

    #[test]
    fn presets_load_without_clash() {
        for base in BASES {
            let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
            for mode in Mode::ALL {
                let mut seen = HashSet::new();
                for (_, keys) in km.bindings(mode) {
                    for k in keys {
                        assert!(seen.insert(k), "{base} [{}]: {k} twice", mode.as_str());
                    }
                }
            }
        }
    }

    #[test]
    fn every_action_has_a_key_in_both_presets() {
        for base in BASES {
            let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
            for a in ACTIONS {
                assert!(
                    !km.keys_for(a.mode(), *a).is_empty(),
                    "{base}: {} has no key",
                    a.name()
                );
            }
        }
    }

    #[test]
    fn contract_keys_of_the_default_map() {
        use Action::*;
        let km = Keymap::default();
        let contract = [
            ("q", Quit),
            ("?", Help),
            ("/", Filter),
            ("esc", Back),
            ("enter", Open),
            ("j", Down),
            ("k", Up),
            ("down", Down),
            ("up", Up),
            ("tab", NextView),
            ("backtab", PrevView),
            ("1", ViewDeals),
            ("2", ViewContacts),
            ("3", ViewCampaigns),
            ("4", ViewTasks),
            ("5", ViewReports),
            ("6", ViewInbox),
            ("space", Select),
            ("n", New),
            ("e", Edit),
            (":", CommandLine),
        ];
        for (k, a) in contract {
            assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{k}");
        }
        assert_eq!(km.action(Mode::Input, &press("esc")), Some(InputCancel));
        assert_eq!(km.action(Mode::Input, &press("enter")), Some(InputApply));
        assert_eq!(km.action(Mode::Form, &press("esc")), Some(FormCancel));
        assert_eq!(km.action(Mode::Help, &press("esc")), Some(HelpClose));
        assert_eq!(km.action(Mode::Confirm, &press("t")), Some(ConfirmYes));
        assert_eq!(km.action(Mode::Confirm, &press("esc")), Some(ConfirmNo));
    }

    #[test]
    fn arrows_preset_keeps_the_non_vim_contract_keys() {
        use Action::*;
        let km = Keymap::load("arrows", None).unwrap_or_else(|e| panic!("{e}"));
        for (k, a) in [
            ("q", Quit),
            ("?", Help),
            ("f1", Help),
            ("/", Filter),
            ("f3", Filter),
            ("f2", Edit),
            ("f4", New),
            ("insert", New),
            ("esc", Back),
            ("enter", Open),
            ("up", Up),
            ("down", Down),
            ("tab", NextView),
            ("1", ViewDeals),
            ("space", Select),
            (":", CommandLine),
        ] {
            assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{k}");
        }
        assert_eq!(km.action(Mode::Normal, &press("j")), None);
    }

    #[test]
    fn message_keys_are_free_of_the_views_keys_in_both_presets() {
        use Action::*;
        for base in BASES {
            let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
            for (k, a) in [
                ("M", SendMessage),
                ("ctrl-r", RetrySend),
                ("T", Templates),
                ("X", Remove),
                ("delete", Remove),
                // Still what they were: `m` my deals, `R` mark read, `r` refresh.
                ("m", MyDeals),
                ("R", MarkRead),
                ("r", Refresh),
            ] {
                assert_eq!(km.action(Mode::Normal, &press(k)), Some(a), "{base}: {k}");
            }
        }
    }

    #[test]
    fn terminal_events_resolve_through_normalisation() {
        let km = Keymap::default();
        let shifted_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(km.action(Mode::Normal, &shifted_g), Some(Action::Bottom));
        let backtab = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(km.action(Mode::Normal, &backtab), Some(Action::PrevView));
        let ctrl_d = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(km.action(Mode::Normal, &ctrl_d), Some(Action::PageDown));
        let mut release = press("q");
        release.kind = KeyEventKind::Release;
        assert_eq!(km.action(Mode::Normal, &release), None);
        // The same key means different things in different modes.
        assert_eq!(km.action(Mode::Help, &press("q")), Some(Action::HelpClose));
        assert_eq!(km.action(Mode::Input, &press("q")), None);
    }

    #[test]
    fn bindings_keep_file_order() {
        let km = Keymap::default();
        let normal: Vec<Action> = km.bindings(Mode::Normal).into_iter().map(|b| b.0).collect();
        assert_eq!(
            &normal[..4],
            &[Action::Quit, Action::Help, Action::Back, Action::Open]
        );
        assert_eq!(
            km.keys_for(Mode::Normal, Action::Down),
            vec![key("j"), key("down")]
        );
    }

    #[test]
    fn user_file_rebinding_j_to_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        std::fs::write(&path, "[normal]\nup = [\"j\", \"up\"]\n").unwrap();
        let km = Keymap::load("default", Some(&path)).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(km.action(Mode::Normal, &press("j")), Some(Action::Up));
        assert_eq!(km.action(Mode::Normal, &press("up")), Some(Action::Up));
        // `k` was only in the replaced list; `down` keeps its arrow but lost `j`.
        assert_eq!(km.action(Mode::Normal, &press("k")), None);
        assert_eq!(km.keys_for(Mode::Normal, Action::Down), vec![key("down")]);
        // Other modes are untouched.
        assert_eq!(km.action(Mode::Help, &press("j")), Some(Action::HelpDown));
    }

    #[test]
    fn user_file_can_unbind_and_add() {
        let km = user("[normal]\nrefresh = []\nquit = \"Q\"\n\n[help]\nhelp_close = [\"x\"]\n")
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(km.keys_for(Mode::Normal, Action::Refresh).is_empty());
        assert!(
            !km.bindings(Mode::Normal)
                .iter()
                .any(|b| b.0 == Action::Refresh)
        );
        assert_eq!(km.action(Mode::Normal, &press("r")), None);
        assert_eq!(km.action(Mode::Normal, &press("Q")), Some(Action::Quit));
        assert_eq!(km.action(Mode::Normal, &press("q")), None);
        assert_eq!(km.keys_for(Mode::Help, Action::HelpClose), vec![key("x")]);
        // Taking `w` for quit leaves win without its only key, not a clash.
        let km = user("[normal]\nquit = [\"w\"]\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(km.action(Mode::Normal, &press("w")), Some(Action::Quit));
        assert!(km.keys_for(Mode::Normal, Action::Win).is_empty());
    }

    #[test]
    fn missing_user_file_is_no_error() {
        let dir = tempfile::tempdir().unwrap();
        let km = Keymap::load("arrows", Some(&dir.path().join("nope.toml")));
        assert!(km.is_ok());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keymap.toml");
        type IsKind = fn(&KeymapErrorKind) -> bool;
        let cases: &[(&str, usize, IsKind)] = &[
            // A clash within the user file: reported at the second binding.
            (
                "[normal]\n# mine\nup = [\"j\"]\n\ndown = [\"x\", \"j\"]\n",
                5,
                |k| {
                    matches!(
                        k,
                        KeymapErrorKind::Clash {
                            first: Action::Up,
                            first_line: 3,
                            second: Action::Down,
                            ..
                        }
                    )
                },
            ),
            (
                "[normal]\nquit = [\"q\"]\n\n\n\n\nfly = [\"f\"]\n",
                7,
                |k| matches!(k, KeymapErrorKind::UnknownAction { name, .. } if name == "fly"),
            ),
            (
                "[normal]\nquit = [\"q\"]\n[visual]\nup = [\"k\"]\n",
                3,
                |k| matches!(k, KeymapErrorKind::UnknownMode { name } if name == "visual"),
            ),
            (
                "[form]\nform_submit = [\"ctrl-s\"]\nwin = [\"w\"]\n",
                3,
                |k| {
                    matches!(
                        k,
                        KeymapErrorKind::WrongMode {
                            mode: Mode::Form,
                            action: Action::Win
                        }
                    )
                },
            ),
            (
                "[normal]\nup = [\n  \"k\",\n  \"ctrl-shfit-k\",\n]\n",
                4,
                |k| matches!(k, KeymapErrorKind::BadKey { key, .. } if key == "ctrl-shfit-k"),
            ),
            ("[normal]\nup = [\"k\"]\ndown = [\"j\"\n", 3, |k| {
                matches!(k, KeymapErrorKind::Syntax { .. })
            }),
            ("[normal]\nup = [\"k\"]\nup = [\"j\"]\n", 3, |k| {
                matches!(k, KeymapErrorKind::Syntax { .. })
            }),
            ("[normal]\nup = 5\n", 2, |k| {
                matches!(
                    k,
                    KeymapErrorKind::NotAList {
                        action: Action::Up,
                        ..
                    }
                )
            }),
            ("normal = 1\n", 1, |k| {
                matches!(k, KeymapErrorKind::NotATable { mode: Mode::Normal })
            }),
        ];
        for (text, line, is_kind) in cases {
            std::fs::write(&path, text).unwrap();
            let e = match Keymap::load("default", Some(&path)) {
                Ok(_) => panic!("accepted:\n{text}"),
                Err(e) => e,
            };
            assert_eq!(e.file, path.display().to_string(), "{text}");
            assert_eq!(e.line, *line, "{text}\n{e}");
            assert!(is_kind(&e.kind), "{text}\n{e:?}");
            let shown = e.message(Lang::En);
            assert!(
                shown.contains(&format!("{}:{line}: ", path.display())),
                "{shown}"
            );
        }
    }

    #[test]
    fn messages_in_both_languages() {
        let e = user_err("[normal]\nquit = [\"q\"]\n\n\n\n\nfly = [\"f\"]\n");
        let e = KeymapError {
            file: "/home/x/.config/lejek/keymap.toml".into(),
            ..e
        };
        assert_eq!(
            e.message(Lang::En),
            "keymap: /home/x/.config/lejek/keymap.toml:7: unknown action 'fly' in [normal]"
        );
        assert_eq!(
            e.message(Lang::Pl),
            "mapa klawiszy: /home/x/.config/lejek/keymap.toml:7: nieznana akcja 'fly' w [normal]"
        );
        assert_eq!(e.to_string(), e.message(Lang::En));
        let others = [
            user_err("[normal]\nup = [\"j\"]\ndown = [\"j\"]\n"),
            user_err("[visual]\n"),
            user_err("[form]\nwin = []\n"),
            user_err("[normal]\nup = [\"hyper-k\"]\n"),
            user_err("[normal]\nup = [\"kk\"]\n"),
            user_err("[normal]\nup = [\"\"]\n"),
            user_err("[normal\n"),
            user_err("[normal]\nup = 5\n"),
            user_err("normal = 5\n"),
            Keymap::from_text("emacs", None).err().unwrap(),
            KeymapError {
                file: "k.toml".into(),
                line: 0,
                kind: KeymapErrorKind::Io {
                    reason: "denied".into(),
                },
            },
        ];
        for e in others {
            let (en, pl) = (e.message(Lang::En), e.message(Lang::Pl));
            assert_ne!(en, pl);
            assert!(en.starts_with("keymap: "), "{en}");
            assert!(pl.starts_with("mapa klawiszy: "), "{pl}");
            // Every placeholder was filled.
            assert!(!en.contains('{') && !pl.contains('{'), "{en}\n{pl}");
        }
    }

    #[test]
    fn rebinding_over_the_preset_is_not_a_clash_but_twice_in_one_file_is() {
        // `j` moves from down to up: the preset's binding does not count as a second one.
        assert!(user("[normal]\nup = [\"j\"]\n").is_ok());
        // The same key twice for one action is harmless (`Y` and `shift-y` are one key).
        assert!(user("[confirm]\nconfirm_yes = [\"Y\", \"shift-y\"]\n").is_ok());
        let e = user_err("[confirm]\nconfirm_yes = [\"y\"]\nconfirm_no = [\"n\", \"y\"]\n");
        assert_eq!(e.line, 3);
        assert!(matches!(
            e.kind,
            KeymapErrorKind::Clash {
                mode: Mode::Confirm,
                first: Action::ConfirmYes,
                first_line: 2,
                second: Action::ConfirmNo,
                ..
            }
        ));
    }

    #[test]
    fn user_keymap_path_is_under_the_config_dir() {
        if let Some(p) = user_keymap_path() {
            assert!(p.ends_with("lejek/keymap.toml"), "{}", p.display());
        }
    }

    #[test]
    fn a_keymap_nested_thousands_deep_is_a_syntax_error_not_a_crash() {
        // toml stops at 80 levels; kept true here should that change (issue 15 item 4).
        let n = 20_000;
        for text in [
            format!("[normal]\nquit = {}\"q\"{}", "[".repeat(n), "]".repeat(n)),
            format!(
                "[normal]\nquit = {}\"q\"{}",
                "{ a = ".repeat(n),
                " }".repeat(n)
            ),
            format!("[{}normal]", "a.".repeat(n)),
        ] {
            let e = user_err(&text);
            assert!(matches!(e.kind, KeymapErrorKind::Syntax { .. }), "{e:?}");
        }
    }
}
