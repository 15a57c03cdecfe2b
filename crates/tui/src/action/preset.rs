//! The built-in keymaps written as keymap files from the action table. The loader reads this
//! text exactly as it reads a user's `keymap.toml`; `keymaps/default.toml` and
//! `keymaps/arrows.toml` are the same text committed for users to read and copy from (a test
//! fails when they differ from the table).

use crate::i18n::{Lang, tr};

use super::{Mode, Section};

/// The presets `Keymap::load` accepts as its base, indexed like `Declared::keys`.
pub const BASES: [&str; 2] = ["default", "arrows"];

/// What each preset's file says at its top (with a `#` before each line).
const HEADERS: [&str; 2] = [
    "lejek default keymap (vim-style), built into the binary.

The keys of DESIGN.md's contract are the defaults here: q quit, ? help, / filter, Esc back,
Enter open, j/k and arrows move, Tab and 1-6 switch views, Space select, n new, e edit,
: command line.",
    "lejek keymap for people who do not use vim: arrows, PgUp/PgDn, Home/End and function keys
(F1 help, F2 edit, F3 filter, F4 new, F5 refresh, F10 quit), plus the mnemonic letters.
A complete map on its own, chosen instead of the default one (--keymap arrows).",
];

/// Said at the top of both presets after their own header.
const COMMON_HEADER: &str = "Written from src/tui/action/table.rs: edit the table, then run
`LEJEK_WRITE_DOCS=1 cargo test -p lejek-tui --lib action` (a test fails until then).

Your own changes go in $XDG_CONFIG_HOME/lejek/keymap.toml (else ~/.config/lejek/keymap.toml),
which is merged over this file: list only what you change, in the same format.
  [normal]
  up = [\"k\", \"up\", \"ctrl-p\"]    # replaces the keys of `up` in [normal]
  refresh = []                  # unbinds `refresh`
  quit = [\"Q\"]                  # `Q` is taken from whatever had it here; `q` is freed

Keys: a single character as typed (`q`, `Q`, `?`, `ą`), or a name (case does not matter):
enter, esc, tab, backtab (= shift-tab), space, up, down, left, right, pgup, pgdown, home,
end, insert, delete, backspace, f1..f12; with modifiers ctrl-, alt-, shift-: `ctrl-u`.
Within one section a key may belong to one action only.";

/// The comment above a mode's `[section]`.
fn mode_comment(mode: Mode) -> &'static str {
    match mode {
        Mode::Normal => "Lists and the detail pane.",
        Mode::Input => {
            "The filter line and the `:` command line: other keys are typed into the line."
        }
        Mode::Form => "Forms: other keys are typed into the focused field.",
        Mode::Help => "The help window.",
        Mode::Confirm => "Yes/no questions: y or t (tak) for yes.",
    }
}

/// The keymap file of preset `base` ("default" or "arrows"), `None` for any other name. Each
/// binding carries what the action does (in English) as a comment.
pub fn preset_toml(base: &str) -> Option<String> {
    let index = BASES.iter().position(|b| *b == base)?;
    let mut out = String::new();
    comment_lines(&mut out, &format!("{}\n\n{COMMON_HEADER}", HEADERS[index]));
    for mode in Mode::ALL {
        let sections: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| s.mode() == mode)
            .collect();
        out.push('\n');
        comment_lines(&mut out, mode_comment(mode));
        out.push_str(&format!("[{}]\n", mode.as_str()));
        for (i, section) in sections.iter().enumerate() {
            if sections.len() > 1 {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(&format!("# {}.\n", tr(Lang::En, section.heading_key())));
            }
            let rows: Vec<(String, &str)> = section
                .actions()
                .map(|a| {
                    let keys: Vec<String> = a.declared().keys[index]
                        .iter()
                        .map(|k| toml_string(k))
                        .collect();
                    let binding = format!("{} = [{}]", a.name(), keys.join(", "));
                    (binding, tr(Lang::En, a.help_key()))
                })
                .collect();
            let width = rows.iter().map(|(b, _)| b.chars().count()).max();
            for (binding, what) in &rows {
                let width = width.unwrap_or(0);
                out.push_str(&format!("{binding:<width$}  # {what}\n"));
            }
        }
    }
    Some(out)
}

/// `text` as TOML comment lines.
fn comment_lines(out: &mut String, text: &str) {
    for line in text.lines() {
        if line.is_empty() {
            out.push_str("#\n");
        } else {
            out.push_str(&format!("# {line}\n"));
        }
    }
}

/// A TOML basic string.
fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}
