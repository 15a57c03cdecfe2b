//! Reading one keymap file into bindings per mode, checking everything that can be checked
//! within it (sections, action names and modes, keys, one key bound twice).

use std::collections::HashMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::action::{Action, Mode};
use crate::key::KeySpec;
use crate::text::toml_spans::{in_file_order, line_at};

use super::error::{KeymapError, KeymapErrorKind};

/// One file's bindings per mode (indexed like `Mode::ALL`), each in file order.
pub(super) struct Layer {
    pub(super) modes: Vec<Vec<(Action, Vec<KeySpec>)>>,
}

/// Read one keymap file, checking everything that can be checked within it.
pub(super) fn parse_layer(file: &str, text: &str) -> Result<Layer, KeymapError> {
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
        let bindings = &mut layer.modes[mode.index()];
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
