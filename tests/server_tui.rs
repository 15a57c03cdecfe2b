//! Shared access seen from the terminal (issue 6): `lejek tui` in real pseudo-terminals
//! (tmux), going through the database's server that the first of them starts, while other
//! processes write through the CLI. Without a key pressed, each TUI must show what the
//! others wrote: a batch's new deals in the list and its header count, a changed deal's new
//! value and stage in its row, with the cursor still on that deal.
//!
//! Nothing here asserts how fast the refresh is (the product aims at about a second): the
//! waits have generous limits so that only a TUI that never refreshes fails, and the latency
//! observed is printed (`cargo test --test server_tui -- --nocapture`).
//!
//! tmux is required on CI (.ci/run installs it); elsewhere the tests say so and pass.

#[path = "common/server.rs"]
mod server_fixture;
#[path = "common/tmux.rs"]
mod tmux;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

use server_fixture::{lejek_in, servers_of, stderr, stop_servers};
use tempfile::TempDir;
use tmux::{Screen, Tmux};

/// Each TUI's terminal size.
const SIZE: (u16, u16) = (120, 35);
/// How long a TUI may take to start (and start the server) and show the demo's deals.
const START: Duration = Duration::from_secs(20);
/// How long a TUI may take to show someone else's change; the target is about 1 s.
const REFRESH: Duration = Duration::from_secs(10);

/// What the deal list and its detail pane show on a captured screen.
impl Screen {
    /// The deal list's header count, "Deals 593/593" or "Interesy 593/593": shown/all.
    fn deal_count(&self) -> Option<(usize, usize)> {
        self.text.lines().find_map(|line| {
            let rest = ["┌ Deals ", "┌ Interesy "]
                .iter()
                .find_map(|h| line.trim_start().strip_prefix(h))?;
            let (shown, all) = rest.split_whitespace().next()?.split_once('/')?;
            Some((shown.parse().ok()?, all.parse().ok()?))
        })
    }

    /// All deals loaded and none filtered out: their number.
    fn loaded(&self) -> Option<usize> {
        self.deal_count()
            .filter(|(shown, all)| shown == all && *all > 0)
            .map(|(_, all)| all)
    }

    /// The rows of the deal list on screen (under its column header), as plain text without
    /// borders, each with whether it is the cursor row (drawn reversed).
    fn rows(&self) -> Vec<(bool, String)> {
        let mut lines = self.styled.lines();
        let top = lines.by_ref().position(|l| {
            let l = strip_escapes(l);
            l.starts_with("┌ Deals ") || l.starts_with("┌ Interesy ")
        });
        if top.is_none() {
            return Vec::new();
        }
        lines
            .skip(1)
            .take_while(|l| strip_escapes(l).starts_with('│'))
            .map(|l| {
                let plain = strip_escapes(l);
                let text = plain.trim_matches(|c: char| c == '│' || c.is_whitespace());
                (l.contains("\x1b[7m"), text.to_owned())
            })
            .collect()
    }

    /// The row under the cursor and its place in the list on screen (0 for the first).
    fn cursor(&self) -> Option<(usize, String)> {
        self.rows()
            .into_iter()
            .enumerate()
            .find_map(|(i, (on, text))| on.then_some((i, text)))
    }

    fn cursor_row(&self) -> Option<String> {
        self.cursor().map(|(_, text)| text)
    }

    /// The detail pane's title under the list: "┌ #596 Oferta na żywo ───" as (596, title).
    fn detail(&self) -> Option<(u64, String)> {
        self.text.lines().find_map(|line| {
            let rest = line.trim_start().strip_prefix("┌ #")?;
            let (id, rest) = rest.split_once(' ')?;
            let title = rest.trim_end_matches(['─', '┐']).trim();
            Some((id.parse().ok()?, title.to_owned()))
        })
    }

    /// The value of a field in the detail pane ("Etap               nowy (otwarty)").
    fn field(&self, label: &str) -> Option<String> {
        self.text.lines().find_map(|line| {
            let inner = line.trim_matches(|c: char| c == '│' || c.is_whitespace());
            let rest = inner.strip_prefix(label)?;
            rest.starts_with(' ').then(|| rest.trim().to_owned())
        })
    }
}

/// The text of a line captured with `-e`, without its SGR (and any other CSI) sequences.
fn strip_escapes(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a list row is the deal titled `title` (whose column may cut a long title short).
fn shows_title(row: &str, title: &str) -> bool {
    // The title column is at least 20 wide at 120 columns (more columns may narrow it).
    let head: String = title.chars().take(20).collect();
    row.starts_with(&head)
}

/// A demo database in a temporary directory, with a home directory of its own for the
/// processes run on it.
struct Demo {
    db: TempDir,
    home: TempDir,
}

impl Demo {
    fn new() -> Demo {
        let demo = Demo {
            db: tempfile::tempdir().expect("a database directory"),
            home: tempfile::tempdir().expect("a home directory"),
        };
        let out = demo.lejek("anna", "pl", &["init", "--demo"]);
        assert!(out.status.success(), "init --demo: {}", stderr(&out));
        demo
    }

    fn db(&self) -> &Path {
        self.db.path()
    }

    /// `lejek --db DIR --user USER ARGS...` in a clean environment with a fixed clock, zone
    /// and language, through the database's server (no `--no-server`).
    fn lejek(&self, user: &str, lang: &str, args: &[&str]) -> Output {
        lejek_in(self.db(), lang)
            .env("PATH", "/usr/bin:/bin")
            .env("HOME", self.home.path())
            .env("NO_COLOR", "1")
            .args(["--user", user])
            .args(args)
            .output()
            .expect("run lejek")
    }

    /// The shell command tmux runs: the TUI of `user` in `lang`, in the same environment
    /// as `lejek`; then the exit status, kept on screen.
    fn tui_command(&self, user: &str, lang: &str) -> String {
        let home = self.home.path().display().to_string();
        tmux::tui_command(
            &[("HOME", &home), ("LEJEK_LANG", lang)],
            self.db(),
            &["--user", user],
        )
    }

    /// Exactly one server for this database, its socket there and closed to others.
    fn assert_one_server(&self) {
        let servers = servers_of(self.db());
        assert_eq!(
            servers.len(),
            1,
            "one `lejek serve` for {}: {servers:?}",
            self.db().display()
        );
        let socket = lejek::server::socket_path(self.db());
        assert_eq!(socket, self.db().join("lejek.sock"));
        let meta = std::fs::metadata(&socket).expect("the server's socket");
        assert!(meta.file_type().is_socket(), "{}", socket.display());
        let mode = meta.permissions().mode();
        assert_eq!(mode & 0o007, 0, "others may not use the socket: {mode:o}");
    }
}

impl Drop for Demo {
    /// The server would go on its own once its socket is removed with the directory; stop
    /// it now, and wait for it, so no test leaves a process behind.
    fn drop(&mut self) {
        stop_servers(self.db());
    }
}

/// Issue 6: "Two TUIs running in pseudo-terminals and a batch `campaign create` running at
/// the same time: the batch succeeds, and both TUIs show the new deals without a key
/// pressed."
#[test]
fn two_tuis_show_the_deals_of_a_concurrent_batch_without_a_key_pressed() {
    let demo = Demo::new();
    let Some(t) = Tmux::new("two TUIs and a batch") else {
        return;
    };
    // Anna in English and Piotr in Polish, started together: both go through one server.
    t.open("anna", SIZE, &demo.tui_command("anna", "en"));
    t.open("piotr", SIZE, &demo.tui_command("piotr", "pl"));
    // The list and the card of the deal under the cursor (drawn a moment after the list).
    let (anna, _) = t.wait_for("anna", START, "the deal list", |s| {
        s.loaded().is_some() && s.text.contains("┌ Deals ") && s.detail().is_some()
    });
    let (piotr, _) = t.wait_for("piotr", START, "the deal list", |s| {
        s.loaded().is_some() && s.text.contains("┌ Interesy ") && s.detail().is_some()
    });
    let before = anna.loaded().expect("anna's count");
    let anna_on = anna.detail().expect("the deal under anna's cursor");
    let piotr_on = piotr.detail().expect("the deal under piotr's cursor");
    assert_eq!(piotr.loaded(), Some(before), "{}", piotr.text);
    assert!(!anna.text.contains("Oferta na żywo"), "{}", anna.text);
    demo.assert_one_server();

    // Kasia's batch, in a process of its own, while both TUIs are open.
    let out = demo.lejek(
        "kasia",
        "pl",
        &[
            "campaign",
            "create",
            "--name",
            "Kampania na żywo",
            "--contacts",
            "kind:company",
            "--deal-title",
            "Oferta na żywo",
            "--format",
            "json",
        ],
    );
    let done = Instant::now();
    assert!(out.status.success(), "the batch: {}", stderr(&out));
    let summary: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("the batch's JSON summary");
    let created = summary["created"].as_u64().expect("created") as usize;
    assert!(created > 0, "{summary}");
    assert_eq!(summary["deal_ids"].as_array().map(Vec::len), Some(created));

    // No key pressed from here on. The new deals were last active today, the newest date
    // in the demo, so under the default sort (last activity, newest first) they show at
    // the top, under the deal the cursor is on.
    let after = before + created;
    for (session, header) in [("anna", "Deals"), ("piotr", "Interesy")] {
        let (s, waited) = t.wait_for(
            session,
            REFRESH,
            &format!("\"{header} {after}/{after}\" and the new deals"),
            |s| s.deal_count() == Some((after, after)) && s.text.contains("Oferta na żywo"),
        );
        let since_batch = done.elapsed();
        eprintln!(
            "{session}: {created} new deals shown {} ms after the batch ended \
             (poll: {} ms)",
            since_batch.as_millis(),
            waited.as_millis()
        );
        assert!(
            s.text.contains(&format!("{header} {after}/{after}")),
            "{}",
            s.text
        );
        // The cursor stayed on the deal it was on.
        let on = if session == "anna" {
            &anna_on
        } else {
            &piotr_on
        };
        assert_eq!(s.detail().as_ref(), Some(on), "{}", s.text);
        assert!(
            s.cursor_row().is_some_and(|r| shows_title(&r, &on.1)),
            "{}",
            s.text
        );
    }
    // Still one server; neither TUI nor the batch started another.
    demo.assert_one_server();
    for session in ["anna", "piotr"] {
        assert!(
            !t.screen(session).contains("EXITED"),
            "{session} still runs"
        );
    }
}

/// A deal changed by someone else through the CLI while it is under the cursor of a TUI:
/// the TUI shows the new value, then the new stage, in the same row, with the cursor still
/// on that deal, without a key pressed.
#[test]
fn a_tui_shows_a_cli_change_to_the_deal_under_its_cursor() {
    let demo = Demo::new();
    let Some(t) = Tmux::new("a deal changed under the cursor") else {
        return;
    };
    t.open("anna", SIZE, &demo.tui_command("anna", "pl"));
    let (first, _) = t.wait_for("anna", START, "the deal list", |s| {
        s.loaded().is_some() && s.detail().is_some() && s.cursor_row().is_some()
    });
    demo.assert_one_server();
    let (top, _) = first.detail().expect("the first deal");

    // Down to the fourth row (keys are fine before the change).
    t.keys("anna", &["j", "j", "j"]);
    let (s, _) = t.wait_for("anna", REFRESH, "the cursor on the fourth row", |s| {
        s.cursor().is_some_and(|(at, row)| {
            at == 3
                && s.detail()
                    .is_some_and(|(id, title)| id != top && shows_title(&row, &title))
        })
    });
    let (id, title) = s.detail().expect("the deal under the cursor");
    let row_before = s.cursor_row().expect("the cursor row");
    let stage_before = s.field("Etap").expect("the stage in the detail pane");
    let rows_before = s.deal_count();

    // The deal's owner changes it from the CLI, in a process of her own.
    let shown = demo.lejek(
        "kasia",
        "pl",
        &["deal", "show", &id.to_string(), "--format", "json"],
    );
    assert!(shown.status.success(), "{}", stderr(&shown));
    let deal: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    assert_eq!(deal["title"], title.as_str(), "{deal}");
    assert_eq!(deal["stage_kind"], "open", "an open deal to win: {deal}");
    let owner = deal["owner"].as_str().expect("an owner").to_owned();
    assert_ne!(owner, "anna", "someone else's deal: {deal}");
    assert!(
        !row_before.contains("4 321,00 zł"),
        "the value is new: {row_before}"
    );

    let out = demo.lejek(
        &owner,
        "pl",
        &["deal", "set", &id.to_string(), "--value", "4321"],
    );
    let done = Instant::now();
    assert!(out.status.success(), "deal set: {}", stderr(&out));
    let (s, _) = t.wait_for("anna", REFRESH, "the new value in the cursor row", |s| {
        s.cursor_row()
            .is_some_and(|r| shows_title(&r, &title) && r.contains("4 321,00 zł"))
            && s.field("Wartość").as_deref() == Some("4 321,00 zł")
    });
    eprintln!(
        "anna: the new value shown {} ms after `deal set` ended",
        done.elapsed().as_millis()
    );
    assert_eq!(s.detail(), Some((id, title.clone())), "{}", s.text);
    assert_eq!(s.deal_count(), rows_before, "{}", s.text);

    let out = demo.lejek(&owner, "pl", &["deal", "win", &id.to_string()]);
    let done = Instant::now();
    assert!(out.status.success(), "deal win: {}", stderr(&out));
    let shown = demo.lejek(
        &owner,
        "pl",
        &["deal", "show", &id.to_string(), "--format", "json"],
    );
    let deal: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    assert_eq!(deal["stage_kind"], "won", "{deal}");
    let won = deal["stage"].as_str().expect("the stage's name").to_owned();
    assert!(!stage_before.starts_with(&won), "{stage_before} / {won}");

    let (s, _) = t.wait_for("anna", REFRESH, "the won stage in the cursor row", |s| {
        s.cursor_row().is_some_and(|r| {
            shows_title(&r, &title) && r.contains("4 321,00 zł") && r.contains(&format!(" {won} "))
        }) && s.field("Etap").is_some_and(|f| f.starts_with(&won))
    });
    eprintln!(
        "anna: the won stage shown {} ms after `deal win` ended",
        done.elapsed().as_millis()
    );
    assert_eq!(s.detail(), Some((id, title.clone())), "{}", s.text);
    assert_eq!(s.deal_count(), rows_before, "{}", s.text);
    assert!(!s.text.contains("EXITED"), "the TUI still runs");
}
