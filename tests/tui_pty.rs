//! The real binary in a real terminal: tmux gives `lejek tui` a pseudo-terminal of 100x30,
//! types keys into it and reads the screen back. One test creates a deal through the form,
//! finds it through the filter line, quits and checks the terminal was restored (alternate
//! screen left, cursor shown); another starts with a broken user keymap.
//!
//! tmux is required on CI (.ci/run installs it); elsewhere the tests say so and pass.

mod common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{Db, NOW};

const BIN: &str = env!("CARGO_BIN_EXE_lejek");

/// A tmux server of our own, on a socket in a temporary directory; killed (and the socket
/// removed) when dropped.
struct Tmux {
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Start `command` in a detached 100x30 session, or None when there is no tmux here.
    fn start(name: &str, command: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is missing: CI must install it (.ci/run)"
            );
            eprintln!("notice: tmux is not installed; skipping the terminal test {name}");
            return None;
        }
        let tmux = Tmux {
            dir: tempfile::tempdir().expect("a directory for the tmux socket"),
        };
        let out = tmux
            .cmd()
            .args(["-f", "/dev/null", "new-session", "-d", "-s", "t"])
            .args(["-x", "100", "-y", "30", command])
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(tmux)
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-S").arg(self.dir.path().join("tmux.sock"));
        c
    }

    fn run(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("run tmux");
        assert!(
            out.status.success(),
            "tmux {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Named keys (`Enter`, `Escape`, `Tab`, `n`).
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend(keys);
        self.run(&args);
    }

    /// Literal text, typed as is.
    fn type_text(&self, text: &str) {
        self.run(&["send-keys", "-t", "t", "-l", text]);
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
    }

    fn display(&self, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", "t", format])
            .trim()
            .to_owned()
    }

    /// Wait (up to 10 s) until the screen satisfies `ok`; the screen, or a panic saying
    /// what was awaited and what was there.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("waited 10 s for {what}; the screen:\n{s}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_text(&self, text: &str) -> String {
        self.wait_for(text, |s| s.contains(text))
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The shell command tmux runs: lejek with a fixed clock, zone, language and no colour,
/// a config directory of its own; then the exit status, kept on screen for the test.
fn tui_command(db: &Path, config: &Path) -> String {
    format!(
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color LEJEK_NOW={NOW} TZ=Europe/Warsaw \
         NO_COLOR=1 LEJEK_USER=anna LEJEK_LANG=pl XDG_CONFIG_HOME={} {} --db {} tui; \
         echo EXITED:$?; sleep 60",
        sh_quote(&config.display().to_string()),
        sh_quote(BIN),
        sh_quote(&db.display().to_string()),
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
    let Some(t) = Tmux::start("form", &tui_command(db.dir.path(), config.path())) else {
        return;
    };
    // The list arrives from the background load.
    t.wait_text("Interesy 1/1");
    assert_eq!(
        t.display("#{alternate_on}"),
        "1",
        "the TUI uses the alternate screen"
    );

    t.keys(&["n"]);
    t.wait_text("Nowy interes");
    t.type_text("1");
    t.keys(&["Tab"]);
    t.type_text("Ulotki testowe PTY");
    t.keys(&["Tab", "Tab"]);
    t.type_text("1500");
    t.wait_text("1 500,00 zł");
    t.keys(&["Enter"]);
    // A frame arrives in pieces (stdout is flushed in chunks), so wait for all of it.
    t.wait_for("the new deal in the list, the form closed", |s| {
        s.contains("Interesy 2/2")
            && s.contains("Ulotki testowe PTY")
            && s.contains("Zapisano (1)")
            && !s.contains("Nowy interes")
            && !s.contains("Enter: zapisz")
    });

    t.keys(&["/"]);
    t.type_text("testowe");
    t.wait_for("the list narrowed to the new deal", |s| {
        s.contains("Interesy 1/2")
            && s.contains("/testowe")
            && s.contains("Ulotki testowe PTY")
            && !s.contains("Katalog zimowy")
    });

    t.keys(&["Escape"]);
    t.wait_text("Interesy 2/2");
    t.keys(&["Escape"]);
    t.keys(&["q"]);
    t.wait_text("EXITED:0");
    assert_eq!(
        t.display("#{alternate_on}"),
        "0",
        "the alternate screen was left"
    );
    assert_eq!(
        t.display("#{cursor_flag}"),
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
    let Some(t) = Tmux::start("clash", &tui_command(db.dir.path(), config.path())) else {
        return;
    };
    let s = t.wait_text("EXITED:2");
    assert!(s.contains("keymap.toml:4:"), "{s}");
    assert_eq!(t.display("#{alternate_on}"), "0");
    assert_eq!(t.display("#{cursor_flag}"), "1");
}
