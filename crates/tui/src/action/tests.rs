//! The action table is the one source: every row complete, names unique and unchanged, and
//! the files written from it (`keymaps/*.toml`, `keymaps/README.md`) up to date.

use std::collections::HashSet;
use std::path::Path;

use super::docs::keys_markdown;
use super::*;
use crate::i18n::{Lang, tr_dynamic};
use crate::key::KeySpec;

#[test]
fn names_are_the_ones_users_keymap_files_use() {
    // Users' keymap.toml files name actions so: a rename breaks their file at start.
    let expected = [
        "quit",
        "help",
        "back",
        "open",
        "command_line",
        "refresh",
        "up",
        "down",
        "page_up",
        "page_down",
        "top",
        "bottom",
        "next_tab",
        "prev_tab",
        "next_view",
        "prev_view",
        "view_deals",
        "view_contacts",
        "view_campaigns",
        "view_tasks",
        "view_reports",
        "view_inbox",
        "jump_back",
        "jump_forward",
        "board",
        "agenda",
        "dictionaries",
        "filter",
        "my_deals",
        "sort_next",
        "sort_reverse",
        "select",
        "select_all",
        "select_none",
        "new",
        "edit",
        "change_stage",
        "set_next_activity",
        "set_value",
        "add_note",
        "add_comment",
        "attach_file",
        "win",
        "lose",
        "stage_next",
        "stage_prev",
        "assign_owner",
        "edit_tags",
        "task_done",
        "end_contact",
        "new_deal_for_contact",
        "bulk_campaign",
        "mark_read",
        "merge_duplicate",
        "send_message",
        "retry_send",
        "templates",
        "remove",
        "input_apply",
        "input_cancel",
        "form_submit",
        "form_cancel",
        "form_next_field",
        "form_prev_field",
        "form_editor",
        "help_close",
        "help_up",
        "help_down",
        "confirm_yes",
        "confirm_no",
    ];
    let names: Vec<&str> = ACTIONS.iter().map(|a| a.name()).collect();
    assert_eq!(names, expected);
}

#[test]
fn names_are_unique_and_look_up_their_action() {
    let mut seen = HashSet::new();
    for a in ACTIONS {
        assert!(seen.insert(a.name()), "{} twice", a.name());
        assert_eq!(Action::from_name(a.name()), Some(*a));
    }
    assert_eq!(Action::from_name("fly"), None);
    assert_eq!(Action::from_name("Quit"), None);
    assert_eq!(Action::from_name(""), None);
}

#[test]
fn every_action_has_its_help_text_in_both_languages() {
    for a in ACTIONS {
        assert_eq!(a.help_key(), format!("action.{}", a.name()));
        for lang in [Lang::En, Lang::Pl] {
            assert!(
                tr_dynamic(lang, a.help_key()).is_some(),
                "{} missing in {lang:?}",
                a.help_key()
            );
        }
    }
    for s in Section::ALL {
        for lang in [Lang::En, Lang::Pl] {
            assert!(
                tr_dynamic(lang, s.heading_key()).is_some(),
                "{s:?} {lang:?}"
            );
        }
    }
}

#[test]
fn every_section_and_mode_has_actions() {
    for s in Section::ALL {
        assert!(s.actions().next().is_some(), "{s:?} is empty");
    }
    for (i, m) in Mode::ALL.into_iter().enumerate() {
        assert!(ACTIONS.iter().any(|a| m.allows(*a)), "{m:?} has no action");
        assert_eq!(m.index(), i);
    }
    // Sections come in the table as they do in the help window, each in one block.
    let order: Vec<Section> = ACTIONS.iter().map(|a| a.section()).collect();
    let mut blocks = order.clone();
    blocks.dedup();
    assert_eq!(blocks, Section::ALL);
}

#[test]
fn every_key_in_the_table_is_a_key() {
    for a in ACTIONS {
        for (base, keys) in BASES.iter().zip(a.declared().keys) {
            assert!(!keys.is_empty(), "{base}: {} has no key", a.name());
            for k in keys {
                assert!(KeySpec::parse(k).is_ok(), "{base}: {} {k}", a.name());
            }
        }
    }
}

#[test]
fn a_preset_file_lists_each_action_once_in_its_section() {
    let text = preset_toml("arrows").unwrap_or_default();
    assert!(text.contains("\n[normal]\n# General.\nquit = [\"f10\", \"q\", \"ctrl-q\"]"));
    assert!(text.contains(
        "\n[confirm]\nconfirm_yes = [\"y\", \"Y\", \"t\", \"T\"]  # Yes\nconfirm_no = [\"n\", \"N\", \"esc\"]      # No\n"
    ));
    for a in ACTIONS {
        let lines = text
            .lines()
            .filter(|l| l.starts_with(&format!("{} ", a.name())))
            .count();
        assert_eq!(lines, 1, "{}", a.name());
    }
    assert_eq!(preset_toml("emacs"), None);
}

#[test]
fn the_docs_table_has_a_row_per_action() {
    let md = keys_markdown();
    assert!(md.contains("| `page_down` | `PgDn`, `Ctrl-d`, `Ctrl-f` | `PgDn` | Page down |"));
    assert!(md.contains("\n## Questions `[confirm]`\n"));
    let rows = md.lines().filter(|l| l.starts_with("| `")).count();
    assert_eq!(rows, ACTIONS.len());
}

/// The files written from the table, relative to the repository root.
fn generated() -> Vec<(&'static str, String)> {
    let mut files: Vec<(&str, String)> = vec![("keymaps/README.md", keys_markdown())];
    for (base, path) in BASES
        .iter()
        .zip(["keymaps/default.toml", "keymaps/arrows.toml"])
    {
        files.push((path, preset_toml(base).unwrap_or_default()));
    }
    files
}

#[test]
fn committed_keymaps_and_docs_are_what_the_table_writes() {
    // keymaps/ is at the repository's root, two folders above this crate.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let write = std::env::var("LEJEK_WRITE_DOCS").as_deref() == Ok("1");
    for (path, text) in generated() {
        let file = root.join(path);
        if write {
            std::fs::write(&file, &text).unwrap_or_else(|e| panic!("{path}: {e}"));
            continue;
        }
        let committed = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(
            committed == text,
            "{path} differs from what crates/tui/src/action/table.rs writes; run \
             `LEJEK_WRITE_DOCS=1 cargo test -p lejek-tui --lib action` and commit it"
        );
    }
}
