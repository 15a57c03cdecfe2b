//! The terminal's conventions for output (issue 9, items 5-8) with the real binary:
//! progress only for a person watching a terminal (cron gets one summary line, `--quiet`
//! not even that), colour in tables only when asked or on a terminal without `NO_COLOR`,
//! logging on stderr by level and `LEJEK_LOG` without ever spoiling stdout, and a version
//! that names the database format.

mod common;
#[path = "common/tmux.rs"]
mod tmux;

use std::process::Output;
use std::time::Duration;

use common::{Db, NOW};

fn run(mut c: assert_cmd::Command) -> Output {
    c.timeout(Duration::from_secs(120))
        .output()
        .expect("run lejek")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(out: &Output) -> (String, String) {
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(
        out.status.success(),
        "exit {:?}\nstdout: {stdout}\nstderr: {stderr}",
        out.status.code()
    );
    (stdout, stderr)
}

/// Nothing of a live display: no carriage returns redrawing a line, no escape codes, no
/// bar, no time left.
fn assert_no_progress(stderr: &str) {
    for sign in ["\r", "\x1b", "[=", "=>", " left"] {
        assert!(!stderr.contains(sign), "{sign:?} on stderr: {stderr:?}");
    }
}

/// Some companies to run a batch over.
fn companies(db: &Db, n: usize) {
    for i in 0..n {
        db.add(&[
            "contact",
            "add",
            "--kind",
            "company",
            "--name",
            &format!("Firma {i}"),
        ]);
    }
}

fn batch(db: &Db, extra: &[&str]) -> assert_cmd::Command {
    let mut args = vec![
        "campaign",
        "create",
        "--name",
        "Zima",
        "--contacts",
        "kind:company",
        "--deal-title",
        "Oferta",
    ];
    args.extend(extra);
    db.cmd(&args)
}

#[test]
fn demo_generate_in_a_pipe_says_only_what_it_made() {
    let db = Db::empty_in_process();
    let out = run(db.cmd(&["demo", "generate", "--contacts", "300", "--deals", "900"]));
    let (_, err) = ok(&out);
    assert_no_progress(&err);
    let lines: Vec<&str> = err.lines().collect();
    // The new database is announced, then the one summary line.
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("database ready at"), "{err}");
    assert!(
        lines[1].starts_with("generated 300 contacts and 900 deals"),
        "{err}"
    );
}

#[test]
fn import_in_a_pipe_says_only_its_account() {
    let db = Db::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("firmy.csv");
    let mut csv = String::from("name;kind;city\n");
    for i in 0..1200 {
        csv.push_str(&format!("Firma {i};company;Łódź\n"));
    }
    std::fs::write(&file, csv).unwrap();
    let out = run(db.cmd(&["import", "contacts", file.to_str().unwrap()]));
    let (_, err) = ok(&out);
    assert_no_progress(&err);
    assert_eq!(
        err.trim_end(),
        "lejek: import contacts: created 1200 records, updated 0, skipped 0, rejected 0"
    );
}

#[test]
fn a_batch_in_a_pipe_says_one_summary_line_and_nothing_with_quiet() {
    let db = Db::new();
    companies(&db, 12);
    // Several chunks: each would have moved a bar on a terminal.
    let out = run({
        let mut c = batch(&db, &["--dry-run"]);
        c.env("LEJEK_BATCH_CHUNK", "5");
        c
    });
    let (_, err) = ok(&out);
    assert_no_progress(&err);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("lejek: dry run, nothing written: campaign 'Zima'"),
        "{err}"
    );

    let out = run({
        let mut c = batch(&db, &["--quiet", "--format", "json"]);
        c.env("LEJEK_BATCH_CHUNK", "5");
        c
    });
    let (json, err) = ok(&out);
    assert_eq!(err, "", "--quiet leaves stderr empty");
    let summary: serde_json::Value = serde_json::from_str(&json).expect("JSON on stdout");
    assert_eq!(summary["created"], 12);

    // Errors still print under --quiet.
    let out = run(db.cmd(&[
        "--quiet",
        "campaign",
        "create",
        "--name",
        "Lato",
        "--contacts",
        "city:(",
        "--deal-title",
        "Oferta",
    ]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("filter"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn backup_and_check_in_a_pipe_leave_stderr_empty() {
    let db = Db::new();
    companies(&db, 3);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("lejek.bak");
    let out = run(db.cmd(&["backup", file.to_str().unwrap()]));
    let (said, err) = ok(&out);
    // The result is on stdout, as before; stderr has no spinner.
    assert!(said.contains("backup written to"), "{said}");
    assert_eq!(err, "");
    let out = run(db.cmd(&["check"]));
    let (said, err) = ok(&out);
    assert!(said.contains("no problems found"), "{said}");
    assert_eq!(err, "");
    let restored = Db::empty_in_process();
    let out = run(restored.cmd(&["restore", file.to_str().unwrap()]));
    let (said, err) = ok(&out);
    assert!(said.contains("restored"), "{said}");
    assert_eq!(err, "");
}

/// A won deal, a lost one, an open one whose next step is overdue (NOW is 2026-11-28) and
/// one whose next step is ahead.
fn deals_in_colour(db: &Db) {
    let c = db
        .add(&["contact", "add", "--kind", "company", "--name", "Alfa"])
        .to_string();
    let deal = |title: &str, next: &str| {
        db.add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            title,
            "--next",
            next,
        ])
        .to_string()
    };
    let won = deal("Wygrany", "2026-12-10");
    db.ok(&["deal", "win", &won]);
    let lost = deal("Przegrany", "2026-12-10");
    db.ok(&["deal", "lose", &lost, "--reason", "price"]);
    deal("Zaległy", "2026-11-02");
    // Winning and losing cleared the date above (issue 18 item 10): one still ahead.
    deal("Przyszły", "2026-12-10");
}

#[test]
fn tables_are_coloured_only_when_asked_or_on_a_terminal() {
    let db = Db::new();
    deals_in_colour(&db);

    // Forced into a pipe, even with NO_COLOR set (the flag wins).
    let (table, _) = ok(&run(db.cmd(&["--color", "always", "deal", "list"])));
    assert!(table.contains("\x1b[1mTitle"), "bold header: {table:?}");
    // Overdue: red and bold; a date still ahead: as it is.
    assert!(table.contains("\x1b[38;5;1m\x1b[1m2026-11-02"), "{table:?}");
    assert!(table.contains("┆ 2026-12-10"), "{table:?}");
    let stage_of = |title: &str| {
        let line = table.lines().find(|l| l.contains(title)).unwrap();
        line.to_owned()
    };
    assert!(stage_of("Wygrany").contains("\x1b[38;5;2m"), "won is green");
    assert!(
        stage_of("Przegrany").contains("\x1b[38;5;1m"),
        "lost is red"
    );

    // JSON and CSV never carry colour.
    let (json, _) =
        ok(&run(db.cmd(&[
            "--color", "always", "deal", "list", "--format", "json",
        ])));
    assert!(!json.contains('\x1b'));
    serde_json::from_str::<serde_json::Value>(&json).expect("JSON");

    // never: plain, NO_COLOR or not; auto in a pipe: plain.
    for args in [
        &["--color", "never", "deal", "list"][..],
        &["--color", "auto", "deal", "list"][..],
        &["deal", "list"][..],
    ] {
        let mut c = db.cmd(args);
        c.env_remove("NO_COLOR");
        let (table, _) = ok(&run(c));
        assert!(!table.contains('\x1b'), "{args:?}: {table:?}");
        assert!(table.contains("Zaległy"));
    }
    // NO_COLOR (the harness sets it) without the flag: plain.
    let (table, _) = ok(&run(db.cmd(&["deal", "list"])));
    assert!(!table.contains('\x1b'));
}

#[test]
fn verbose_logs_on_stderr_and_json_on_stdout_still_parses() {
    let db = Db::new();
    companies(&db, 2);
    let out = run(db.cmd(&["-v", "contact", "list", "--format", "json"]));
    let (json, err) = ok(&out);
    let list: serde_json::Value = serde_json::from_str(&json).expect("stdout is only JSON");
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    assert!(err.contains(" INFO "), "{err}");
    assert!(err.contains("lejek 0.1.0"), "which lejek: {err}");
    assert!(
        err.contains(&db.dir.path().display().to_string()),
        "which database: {err}"
    );
    assert!(!err.contains("DEBUG"), "-v is info, not debug: {err}");

    // By default: nothing but warnings and errors.
    let (_, err) = ok(&run(db.cmd(&["contact", "list", "--format", "json"])));
    assert_eq!(err, "");
}

#[test]
fn lejek_log_enables_debug_lines_and_quiet_overrules_it() {
    let db = Db::new();
    companies(&db, 4);
    let mut c = batch(&db, &["--format", "json"]);
    c.env("LEJEK_LOG", "lejek=debug")
        .env("LEJEK_BATCH_CHUNK", "2");
    let (json, err) = ok(&run(c));
    serde_json::from_str::<serde_json::Value>(&json).expect("stdout is only JSON");
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("batch: chunk committed"))
            .count(),
        2,
        "one debug line per chunk: {err}"
    );
    assert!(err.contains("DEBUG"), "{err}");

    let mut c = db.cmd(&["--quiet", "contact", "list"]);
    c.env("LEJEK_LOG", "lejek=debug");
    let (_, err) = ok(&run(c));
    assert_eq!(err, "", "--quiet beats LEJEK_LOG");

    // A module's directive names it as `lejek::<module>` (README), whichever crate holds it,
    // and the lines show that name: only the CLI's info line here, none of the server's.
    let mut c = db.cmd(&["contact", "list"]);
    c.env("LEJEK_LOG", "lejek::cli=info");
    let (_, err) = ok(&run(c));
    assert!(err.contains("INFO lejek::cli: lejek"), "{err}");
    assert!(
        !err.contains("lejek_app") && !err.contains("lejek::server"),
        "{err}"
    );

    // A filter with a typo is reported and the command goes on.
    let mut c = db.cmd(&["contact", "list"]);
    c.env("LEJEK_LOG", "lejek=loud");
    let (list, err) = ok(&run(c));
    assert!(list.contains("Firma 0"));
    assert!(err.contains("LEJEK_LOG"), "{err}");
}

#[test]
fn version_names_the_database_format_and_protocol() {
    let out = run(Db::empty().cmd(&["--version"]));
    let (said, _) = ok(&out);
    let expected = format!(
        "lejek {} (database format {}, protocol {})",
        env!("CARGO_PKG_VERSION"),
        lejek_core::store::FORMAT_VERSION,
        lejek::server::protocol::PROTOCOL_VERSION
    );
    assert_eq!(said.trim(), expected);
}

/// On a terminal a long job shows a bar with counts and the time left while it runs, and
/// clears it when done, leaving the summary.
#[test]
fn a_terminal_shows_a_progress_bar_while_demo_generate_runs() {
    let Some(t) = tmux::Tmux::new("a_terminal_shows_a_progress_bar_while_demo_generate_runs")
    else {
        return;
    };
    let db = tempfile::tempdir().unwrap();
    let command = format!(
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color LEJEK_NOW={NOW} TZ=Europe/Warsaw \
         NO_COLOR=1 LEJEK_USER=anna LEJEK_LANG=en {} --db {} demo generate --contacts 8000 \
         --deals 16000; echo EXITED:$?; sleep 60",
        tmux::sh_quote(env!("CARGO_BIN_EXE_lejek")),
        tmux::sh_quote(&db.path().display().to_string()),
    );
    t.open("gen", (100, 20), &command);
    let (bar, _) = t.wait_for("gen", Duration::from_secs(120), "a progress bar", |s| {
        s.text.contains("/24000 (") || s.text.contains("EXITED")
    });
    assert!(
        bar.text.contains("records [") && bar.text.contains(" left"),
        "{}",
        bar.text
    );
    let done = t.wait_text("gen", Duration::from_secs(120), "EXITED:0");
    assert!(
        done.contains("generated 8000 contacts and 16000 deals"),
        "{done}"
    );
    assert!(!done.contains("records ["), "the bar is cleared: {done}");
}

/// Log lines written while the TUI has the terminal would be drawn over its screen; they
/// wait until it gives the terminal back.
#[test]
fn log_lines_wait_until_the_tui_gives_the_terminal_back() {
    let Some(t) = tmux::Tmux::new("log_lines_wait_until_the_tui_gives_the_terminal_back") else {
        return;
    };
    let db = Db::new();
    let env = [("LEJEK_USER", "anna"), ("LEJEK_LANG", "en")];
    t.open(
        "tui",
        (100, 30),
        &tmux::tui_command(&env, db.dir.path(), &["-v"]),
    );
    t.wait_text("tui", Duration::from_secs(30), "Deals");
    // The TUI connects again for change notices once it shows: an info line each time.
    std::thread::sleep(Duration::from_millis(1500));
    let screen = t.screen("tui");
    assert!(!screen.contains("INFO"), "a log line on the TUI:\n{screen}");
    t.keys("tui", &["q"]);
    let done = t.wait_text("tui", Duration::from_secs(30), "EXITED:0");
    assert!(
        done.contains("INFO lejek::cli: lejek"),
        "held lines after:\n{done}"
    );
}
