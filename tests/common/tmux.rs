//! The terminal harness: `lejek tui` in real pseudo-terminals, given by a tmux server of the
//! test's own, with keys typed into them and their screens read back.
//!
//! tmux is required on CI (.ci/run installs it, and CI=true makes its absence a failure);
//! elsewhere a test without tmux says so and passes.
//!
//! Included by the terminal tests as `#[path = "common/tmux.rs"] mod tmux;`.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use tempfile::TempDir;

const BIN: &str = env!("CARGO_BIN_EXE_lejek");
const NOW: &str = "2026-11-28T12:00:00Z";

/// A tmux server of our own, on a socket in a temporary directory, with one session per
/// terminal; killed (and the socket removed) when dropped.
pub struct Tmux {
    dir: TempDir,
}

impl Tmux {
    /// A tmux server with no sessions yet, or None when there is no tmux here (a failure
    /// under CI, which must have it). `name` says which test is skipped.
    pub fn new(name: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            assert!(
                std::env::var_os("CI").is_none(),
                "tmux is missing: CI must install it (.ci/run)"
            );
            eprintln!("notice: tmux is not installed; skipping the terminal test {name}");
            return None;
        }
        Some(Tmux {
            dir: tempfile::tempdir().expect("a directory for the tmux socket"),
        })
    }

    /// Start `command` in a detached session called `session`, `width` x `height`.
    pub fn open(&self, session: &str, (width, height): (u16, u16), command: &str) {
        let out = self
            .cmd()
            .args(["-f", "/dev/null", "new-session", "-d", "-s", session])
            .args(["-x", &width.to_string(), "-y", &height.to_string(), command])
            .output()
            .expect("run tmux");
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
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

    /// Named keys (`Enter`, `Escape`, `Tab`, `j`).
    pub fn keys(&self, session: &str, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", session];
        args.extend(keys);
        self.run(&args);
    }

    /// Literal text, typed as is.
    pub fn type_text(&self, session: &str, text: &str) {
        self.run(&["send-keys", "-t", session, "-l", text]);
    }

    /// The screen as text.
    pub fn screen(&self, session: &str) -> String {
        self.run(&["capture-pane", "-p", "-t", session])
    }

    /// The screen with its attributes as escape sequences (the cursor row is reversed).
    pub fn styled(&self, session: &str) -> String {
        self.run(&["capture-pane", "-p", "-e", "-t", session])
    }

    /// A tmux format expanded for `session` (`#{alternate_on}`, `#{cursor_flag}`).
    pub fn display(&self, session: &str, format: &str) -> String {
        self.run(&["display-message", "-p", "-t", session, format])
            .trim()
            .to_owned()
    }

    /// Wait (up to `limit`) until the screen of `session` satisfies `ok`; the screen and
    /// how long it took, or a panic saying what was awaited and what was there.
    pub fn wait_for(
        &self,
        session: &str,
        limit: Duration,
        what: &str,
        ok: impl Fn(&Screen) -> bool,
    ) -> (Screen, Duration) {
        let start = Instant::now();
        loop {
            let s = Screen {
                text: self.screen(session),
                styled: self.styled(session),
            };
            if ok(&s) {
                return (s, start.elapsed());
            }
            if start.elapsed() > limit {
                panic!(
                    "{session}: waited {} s for {what}; the screen:\n{}",
                    limit.as_secs(),
                    s.text
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait (up to `limit`) until the screen of `session` shows `text`; its text.
    pub fn wait_text(&self, session: &str, limit: Duration, text: &str) -> String {
        self.wait_for(session, limit, text, |s| s.text.contains(text))
            .0
            .text
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

/// One capture of a terminal, plain and with attributes.
pub struct Screen {
    pub text: String,
    pub styled: String,
}

pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// The shell command tmux runs: `lejek --db DB ARGS... tui` in a clean environment with a
/// fixed clock and zone, a terminal type and no colour, plus `env` (each value quoted);
/// then the exit status, kept on screen for the test.
pub fn tui_command(env: &[(&str, &str)], db: &Path, args: &[&str]) -> String {
    let mut words = vec![
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color".to_owned(),
        format!("LEJEK_NOW={NOW} TZ=Europe/Warsaw NO_COLOR=1"),
    ];
    words.extend(env.iter().map(|(k, v)| format!("{k}={}", sh_quote(v))));
    words.push(sh_quote(BIN));
    words.push("--db".to_owned());
    words.push(sh_quote(&db.display().to_string()));
    words.extend(args.iter().map(|a| sh_quote(a)));
    format!("{} tui; echo EXITED:$?; sleep 60", words.join(" "))
}
