//! The lines of the `?` help window: the action table's sections and texts with the keys of
//! the keymap in force, so it never lies about a key the user has rebound. Rendering them is
//! the help pane's job.

use crate::action::{Action, Section};
use crate::i18n::{Lang, tr};
use crate::key::KeySpec;
use crate::keymap::Keymap;

/// One row of help: the section it belongs to (a heading, translated), the keys
/// (`j, Down`) and what they do (translated).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpLine {
    pub section: String,
    pub keys: String,
    pub text: String,
}

/// Every bound action of every mode, grouped by section in the action table's order;
/// unbound actions are left out.
pub fn help_lines(keymap: &Keymap, lang: Lang) -> Vec<HelpLine> {
    let mut lines = Vec::new();
    for section in Section::ALL {
        for action in in_help_order(section) {
            let keys = keymap.keys_for(action.mode(), action);
            if keys.is_empty() {
                continue;
            }
            lines.push(HelpLine {
                section: tr(lang, section.heading_key()).to_owned(),
                keys: keys_text(&keys),
                text: tr(lang, action.help_key()).to_owned(),
            });
        }
    }
    lines
}

/// A section's actions as the table lists them, except that the window opens with the key
/// that opens it: the one key a newcomer must remember comes first.
fn in_help_order(section: Section) -> Vec<Action> {
    let mut actions: Vec<Action> = section.actions().collect();
    actions.sort_by_key(|a| *a != Action::Help);
    actions
}

/// Keys as the help shows them: `j, Down`.
pub fn keys_text(keys: &[KeySpec]) -> String {
    keys.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::action::{ACTIONS, BASES, Mode};
    use crate::i18n::tr_dynamic;

    #[test]
    fn every_action_is_in_exactly_one_section() {
        for a in ACTIONS {
            let n = Section::ALL
                .iter()
                .filter(|s| in_help_order(**s).contains(a))
                .count();
            assert_eq!(n, 1, "{a:?}");
        }
    }

    #[test]
    fn description_keys_follow_the_action_names_and_exist_in_both_languages() {
        for a in ACTIONS {
            let key = a.help_key();
            assert_eq!(key, format!("action.{}", a.name()));
            for lang in [Lang::En, Lang::Pl] {
                assert!(tr_dynamic(lang, key).is_some(), "{key} missing in {lang:?}");
            }
        }
        for section in Section::ALL {
            let key = section.heading_key();
            assert!(tr_dynamic(Lang::En, key).is_some(), "{key}");
        }
    }

    #[test]
    fn help_covers_every_bound_action_in_both_languages() {
        for base in BASES {
            let km = Keymap::load(base, None).unwrap_or_else(|e| panic!("{e}"));
            let bound: usize = Mode::ALL.iter().map(|m| km.bindings(*m).len()).sum();
            let en = help_lines(&km, Lang::En);
            let pl = help_lines(&km, Lang::Pl);
            assert_eq!(en.len(), bound, "{base}");
            assert_eq!(pl.len(), bound, "{base}");
            for l in en.iter().chain(&pl) {
                assert!(!l.section.is_empty() && !l.keys.is_empty() && !l.text.is_empty());
                assert!(!l.text.starts_with("action."), "untranslated: {}", l.text);
            }
            for mode in Mode::ALL {
                for (a, keys) in km.bindings(mode) {
                    let text = tr(Lang::En, a.help_key());
                    assert!(
                        en.iter()
                            .any(|l| l.text == text && l.keys == keys_text(&keys)),
                        "{base}: {a:?}"
                    );
                }
            }
            // Polish help is Polish.
            assert!(pl.iter().zip(&en).any(|(p, e)| p.text != e.text));
            assert!(pl.iter().any(|l| l.text == "Interesy"));
        }
    }

    #[test]
    fn help_shows_the_keys_in_force_and_skips_unbound_actions() {
        let km = Keymap::from_text(
            "default",
            Some(("k.toml", "[normal]\nup = [\"j\"]\nrefresh = []\n")),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let lines = help_lines(&km, Lang::En);
        let up = tr(Lang::En, "action.up");
        let down = tr(Lang::En, "action.down");
        assert!(lines.iter().any(|l| l.text == up && l.keys == "j"));
        assert!(lines.iter().any(|l| l.text == down && l.keys == "Down"));
        let refresh = tr(Lang::En, "action.refresh");
        assert!(!lines.iter().any(|l| l.text == refresh));
        let first = &lines[0];
        assert_eq!(first.section, "General");
        assert_eq!(first.keys, "?, F1");
    }
}
