//! The real binary in a real terminal: tmux gives `lejek tui` a pseudo-terminal of 100x30,
//! types keys into it and reads the screen back. One test creates a deal through the form,
//! finds it through the filter line, quits and checks the terminal was restored (alternate
//! screen left, cursor shown); another starts with a broken user keymap.
//!
//! tmux is required on CI (.ci/run installs it); elsewhere the tests say so and pass.

mod common;
#[path = "common/tmux.rs"]
mod tmux;

use std::path::Path;
use std::time::Duration;

use common::Db;
use tmux::Tmux;

/// The one terminal of each test: its tmux session and size.
const T: &str = "t";
const SIZE: (u16, u16) = (100, 30);
/// How long the TUI may take to show what a test waits for.
const WAIT: Duration = Duration::from_secs(10);

/// The shell command tmux runs: lejek as anna, in Polish, with a config directory of its
/// own (see `tmux::tui_command` for the rest of its environment).
fn tui_command(db: &Path, config: &Path) -> String {
    let config = config.display().to_string();
    tmux::tui_command(
        &[
            ("LEJEK_USER", "anna"),
            ("LEJEK_LANG", "pl"),
            ("XDG_CONFIG_HOME", &config),
        ],
        db,
        &[],
    )
}

/// A Polish database with one company and one deal already there.
fn polish_db() -> Db {
    let db = Db::empty();
    let out = db
        .cmd(&["init"])
        .env("LEJEK_LANG", "pl")
        .output()
        .expect("init");
    assert!(out.status.success(), "{out:?}");
    db.add(&[
        "contact",
        "add",
        "--kind",
        "company",
        "--name",
        "Drukarnia Testowa",
    ]);
    db.add(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Katalog zimowy",
        "--value",
        "900",
    ]);
    db
}

#[test]
fn create_a_deal_in_the_form_find_it_with_the_filter_and_quit_restored() {
    let db = polish_db();
    let config = tempfile::tempdir().expect("config dir");
    let Some(t) = Tmux::new("form") else {
        return;
    };
    t.open(T, SIZE, &tui_command(db.dir.path(), config.path()));
    // The list arrives from the background load.
    t.wait_text(T, WAIT, "Interesy 1/1");
    assert_eq!(
        t.display(T, "#{alternate_on}"),
        "1",
        "the TUI uses the alternate screen"
    );

    t.keys(T, &["n"]);
    t.wait_text(T, WAIT, "Nowy interes");
    t.type_text(T, "1");
    t.keys(T, &["Tab"]);
    t.type_text(T, "Ulotki testowe PTY");
    t.keys(T, &["Tab", "Tab"]);
    t.type_text(T, "1500");
    t.wait_text(T, WAIT, "1 500,00 zł");
    t.keys(T, &["Enter"]);
    // A frame arrives in pieces (stdout is flushed in chunks), so wait for all of it.
    t.wait_for(T, WAIT, "the new deal in the list, the form closed", |s| {
        s.text.contains("Interesy 2/2")
            && s.text.contains("Ulotki testowe PTY")
            && s.text.contains("Zapisano 1 rekord")
            && !s.text.contains("Nowy interes")
            && !s.text.contains("Enter: zapisz")
    });

    t.keys(T, &["/"]);
    t.type_text(T, "testowe");
    t.wait_for(T, WAIT, "the list narrowed to the new deal", |s| {
        s.text.contains("Interesy 1/2")
            && s.text.contains("/testowe")
            && s.text.contains("Ulotki testowe PTY")
            && !s.text.contains("Katalog zimowy")
    });

    t.keys(T, &["Escape"]);
    t.wait_text(T, WAIT, "Interesy 2/2");
    // No key right after an Escape that the screen does not show was read: a terminal
    // delivers "Esc q" read together as Alt-q, and the TUI would not quit.
    t.keys(T, &["q"]);
    t.wait_text(T, WAIT, "EXITED:0");
    assert_eq!(
        t.display(T, "#{alternate_on}"),
        "0",
        "the alternate screen was left"
    );
    assert_eq!(
        t.display(T, "#{cursor_flag}"),
        "1",
        "the cursor is visible again"
    );
    drop(t);

    let deals = db.json(&["deal", "list"]);
    let made: Vec<_> = deals
        .as_array()
        .expect("a list")
        .iter()
        .filter(|d| d["title"] == "Ulotki testowe PTY")
        .collect();
    assert_eq!(made.len(), 1, "{deals}");
    assert_eq!(made[0]["contact_id"], 1);
    assert_eq!(made[0]["value"], "1500.00");
    assert_eq!(made[0]["owner"], "anna");
}

const CLASHING_KEYMAP: &str = "# my keys\n[normal]\nquit = [\"q\"]\nhelp = [\"q\"]\n";

fn config_with_clash() -> tempfile::TempDir {
    let config = tempfile::tempdir().expect("config dir");
    std::fs::create_dir_all(config.path().join("lejek")).expect("mkdir");
    std::fs::write(config.path().join("lejek/keymap.toml"), CLASHING_KEYMAP).expect("write");
    config
}

/// `tui::load_keymap` with a user file: a clash stops the TUI before it starts, naming the
/// file and the line, in the user's language. The keymap is checked before the terminal, so
/// this needs no terminal (a script can check a keymap with `lejek tui </dev/null`).
#[test]
fn a_clash_in_the_user_keymap_is_reported_with_file_and_line() {
    let db = polish_db();
    let config = config_with_clash();
    let file = config.path().join("lejek").join("keymap.toml");
    for (lang, words) in [("pl", "jest już przypisany"), ("en", "already bound")] {
        let out = db
            .cmd(&["tui"])
            .env("XDG_CONFIG_HOME", config.path())
            .env("LEJEK_LANG", lang)
            .output()
            .expect("run lejek tui");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(&format!("{}:4:", file.display())), "{err}");
        assert!(err.contains(words) && err.contains("'quit'"), "{err}");
        assert_eq!(err.lines().count(), 1, "one clear line: {err}");
    }
    // Without a keymap problem, the missing terminal is what is reported.
    let empty = tempfile::tempdir().expect("config dir");
    let out = db
        .cmd(&["tui"])
        .env("XDG_CONFIG_HOME", empty.path())
        .output()
        .expect("run lejek tui");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("terminal"));
}

/// The same on a terminal: the message, exit 2, and the terminal never switched.
#[test]
fn a_clash_in_the_user_keymap_stops_the_tui_on_a_terminal_too() {
    let db = polish_db();
    let config = config_with_clash();
    let Some(t) = Tmux::new("clash") else {
        return;
    };
    t.open(T, SIZE, &tui_command(db.dir.path(), config.path()));
    let s = t.wait_text(T, WAIT, "EXITED:2");
    assert!(s.contains("keymap.toml:4:"), "{s}");
    assert_eq!(t.display(T, "#{alternate_on}"), "0");
    assert_eq!(t.display(T, "#{cursor_flag}"), "1");
}

/// Issue 18 item 5: a note of several lines is written in the user's editor. The "editor"
/// is a script that writes two lines into the file it is given, as a person would in vi.
#[test]
fn ctrl_e_in_the_note_form_writes_the_note_in_the_editor() {
    let db = polish_db();
    let config = tempfile::tempdir().expect("config dir");
    let editor = config.path().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'Klient prosi o próbki.\\nOddzwonić w piątek.\\n' > \"$1\"\n",
    )
    .expect("the editor script");
    let Some(t) = Tmux::new("editor") else {
        return;
    };
    let command = tmux::tui_command(
        &[
            ("LEJEK_USER", "anna"),
            ("LEJEK_LANG", "pl"),
            ("XDG_CONFIG_HOME", &config.path().display().to_string()),
            ("EDITOR", &format!("sh {}", editor.display())),
        ],
        db.dir.path(),
        &[],
    );
    t.open(T, SIZE, &command);
    t.wait_text(T, WAIT, "Interesy 1/1");
    t.keys(T, &["o"]);
    t.wait_text(T, WAIT, "Dodaj notatkę");
    // The form says how: its footer names the key.
    t.wait_text(T, WAIT, "Ctrl-e: edytor");
    t.keys(T, &["C-e"]);
    // Back from the editor, the form shows the first line of what was written.
    t.wait_text(T, WAIT, "Klient prosi o próbki.");
    t.keys(T, &["Enter"]);
    t.wait_text(T, WAIT, "Zapisano 1 rekord");
    t.keys(T, &["q"]);
    t.wait_text(T, WAIT, "EXITED:0");
    drop(t);
    let deal = db.json(&["deal", "show", "1"]);
    let notes = deal["notes"].to_string();
    assert!(
        notes.contains(r#"Klient prosi o próbki.\nOddzwonić w piątek."#),
        "both lines, as the editor wrote them: {notes}"
    );
}
