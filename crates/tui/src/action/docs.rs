//! `keymaps/README.md`, the keymap docs, written from the action table: every action with its
//! name, its keys in both presets and what it does. A test compares the committed file with
//! this text, so the docs cannot drift from the keys in force.

use crate::i18n::{Lang, tr};
use crate::key::KeySpec;

use super::{BASES, Section};

const INTRO: &str = "# Keys of the terminal interface

<!-- Written from crates/tui/src/action/table.rs by `LEJEK_WRITE_DOCS=1 cargo test -p lejek-tui --lib action`; do not edit. -->

The two built-in keymaps are [`default`](default.toml) (vim-style) and [`arrows`](arrows.toml)
(arrows and function keys); choose one with `--keymap` or `LEJEK_KEYMAP`. Your own
`$XDG_CONFIG_HOME/lejek/keymap.toml` (else `~/.config/lejek/keymap.toml`) is merged over it: it
lists actions by the names below, under their mode's section (`[normal]`, `[input]`, `[form]`,
`[help]`, `[confirm]`), for example `down = [\"j\", \"down\", \"ctrl-n\"]`. `?` in the TUI shows
the keys in force.
";

/// The whole markdown file.
pub fn keys_markdown() -> String {
    let mut out = String::from(INTRO);
    for section in Section::ALL {
        out.push_str(&format!(
            "\n## {} `[{}]`\n\n",
            tr(Lang::En, section.heading_key()),
            section.mode().as_str()
        ));
        out.push_str(&format!(
            "| action | {} | what it does |\n",
            BASES.join(" | ")
        ));
        out.push_str(&format!("|---|{}---|\n", "---|".repeat(BASES.len())));
        for action in section.actions() {
            let keys: Vec<String> = action
                .declared()
                .keys
                .iter()
                .map(|keys| shown(keys))
                .collect();
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                action.name(),
                keys.join(" | "),
                cell(tr(Lang::En, action.help_key()))
            ));
        }
    }
    out
}

/// Keys as the help window spells them (`Ctrl-u`, `PgDn`), each in code quotes.
fn shown(keys: &[&str]) -> String {
    keys.iter()
        .map(|k| {
            let k = KeySpec::parse(k).map_or_else(|_| (*k).to_owned(), |s| s.to_string());
            format!("`{}`", cell(&k))
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Text safe inside a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
