//! Which key does what, per mode: a built-in preset (`keymaps/default.toml` or
//! `keymaps/arrows.toml`, both written from the action table in `action/table.rs`) with the
//! user's `keymap.toml` merged over it.
//!
//! Every problem in a file (TOML syntax, unknown section or action, an action in the wrong
//! section, a bad key, one key bound to two actions) is a `KeymapError` naming the file and
//! line; nothing here panics on what a user wrote.

mod error;
mod parse;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use crate::action::{Action, Mode, preset_toml};
use crate::key::KeySpec;

pub use error::{KeymapError, KeymapErrorKind};
use parse::{Layer, parse_layer};

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
        &self.modes[mode.index()]
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

#[cfg(test)]
mod tests;
