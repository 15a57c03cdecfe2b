//! Who may do what (issue 15, the README's permission table): every row run as a lejek
//! admin, a plain lejek user and a system account that is no lejek user, through the server
//! and with `--no-server`, each a real system account (`setpriv`, as root; elsewhere the test
//! says so and passes). Also: a client's clock does not date a plain user's writes, and an
//! admin's backdated write is marked in history.

#[path = "common/server.rs"]
mod server_fixture;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;
use server_fixture::{BIN, frozen_env, lejek_in, stderr, stop_servers};

/// The accounts: `bin` (uid 2) is made a lejek admin, `nobody` a plain user, and `daemon`
/// (uid 1) stays a system account only. All in group 0, the database directory's group.
const ADMIN: (u32, &str) = (2, "bin");
const PLAIN: (u32, &str) = (65534, "nobody");
const STRANGER: (u32, &str) = (1, "daemon");

/// Who may run a row: everyone who is a lejek user, or admins only.
#[derive(Clone, Copy, PartialEq, Debug)]
enum May {
    Users,
    Admins,
}

/// The permission table, one row a command (arguments after `--db DB`). `{n}` is replaced
/// by a number unique to the run, so each row can be run by several accounts.
const TABLE: &[(&[&str], May)] = &[
    (&["contact", "list"], May::Users),
    (&["contact", "add", "--name", "Firma {n}"], May::Users),
    (&["deal", "list"], May::Users),
    (&["deal", "note", "1", "notatka {n}"], May::Users),
    (&["deal", "set", "1", "--next", "2026-12-01"], May::Users),
    (
        &["campaign", "create", "--name", "Kampania {n}"],
        May::Users,
    ),
    (&["task", "add", "--title", "Zadanie {n}"], May::Users),
    (
        &[
            "template", "add", "--kind", "sms", "--name", "t{n}", "--body", "Hej",
        ],
        May::Users,
    ),
    (&["report", "funnel"], May::Users),
    (&["inbox"], May::Users),
    (&["user", "list"], May::Users),
    (&["dict", "list", "deal-source"], May::Users),
    (&["export", "all", "--format", "json"], May::Users),
    (&["check"], May::Users),
    (&["contact", "export-personal", "1"], May::Admins),
    (&["user", "add", "u{n}"], May::Admins),
    (
        &["user", "set", "nobody", "--name", "Nikt {n}"],
        May::Admins,
    ),
    (&["user", "set", "nobody", "--admin"], May::Admins),
    (&["dict", "add", "deal-source", "Źródło {n}"], May::Admins),
    (
        &["dict", "rename", "deal-source", "Targi", "Targi {n}"],
        May::Admins,
    ),
    // The pipeline's dictionary commands (issue 19).
    (
        &[
            "dict",
            "move",
            "deal-source",
            "Targi",
            "--before",
            "referral",
        ],
        May::Admins,
    ),
    (
        &["dict", "set", "deal-stage", "proposal", "--rot-days", "14"],
        May::Admins,
    ),
    (&["dict", "unretire", "deal-source", "Targi"], May::Admins),
    (&["check", "--repair"], May::Admins),
    // The agenda and the digest (issue 19 items 6, 7).
    (&["agenda"], May::Users),
    (&["agenda", "--of", "nobody", "--format", "ics"], May::Users),
    (&["digest"], May::Users),
    (&["digest", "--all"], May::Admins),
    (
        &["user", "set", "nobody", "--email", "n{n}@firma.pl"],
        May::Admins,
    ),
    (&["--user", "root", "contact", "list"], May::Admins),
    // Custom fields (issue 20 item 1).
    (&["field", "list"], May::Users),
    (
        &["field", "add", "deal", "--name", "f{n}", "--kind", "text"],
        May::Admins,
    ),
];

fn am_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc_geteuid() == 0 }
}

unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

fn can_switch_accounts() -> bool {
    if !am_root() || Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("notice: not root or no setpriv; skipping the permission table");
        return false;
    }
    true
}

/// lejek as system account `uid` (group 0) on `db`, with `env` added (the test clock is
/// frozen unless `env` sets LEJEK_NOW to "": then the system clock runs).
fn as_account(uid: u32, db: &Path, env: &[(&str, &str)], args: &[String]) -> Output {
    let mut c = Command::new("setpriv");
    frozen_env(&mut c, "en").env("NO_COLOR", "1").args([
        &format!("--reuid={uid}"),
        "--regid=0",
        "--clear-groups",
    ]);
    for (k, v) in env {
        match *v {
            "" => c.env_remove(k),
            v => c.env(k, v),
        };
    }
    c.arg(BIN).arg("--db").arg(db).args(args);
    c.output().expect("setpriv")
}

/// A team database in a directory only group 0 may enter: root its first admin, `bin` a
/// second admin, `nobody` a plain user; contact 1 and its deal 1 to act on.
fn team_db(dir: &Path) -> std::path::PathBuf {
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o770)).expect("chmod");
    let db = dir.join("db");
    let root = |args: &[&str]| {
        let o = lejek_in(&db, "en")
            .args(["--no-server"])
            .args(args)
            .output()
            .expect("lejek");
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    };
    root(&["init"]);
    root(&["user", "add", ADMIN.1, "--admin"]);
    root(&["user", "add", PLAIN.1]);
    root(&["contact", "add", "--name", "Klient"]);
    root(&["deal", "add", "--contact", "1", "--title", "Umowa"]);
    root(&["dict", "add", "deal-source", "Targi"]);
    db
}

/// Run every row as every account; `no_server` adds the flag. Returns the failures.
fn run_table(db: &Path, no_server: bool) -> Vec<String> {
    let mut wrong = Vec::new();
    // Names made unique across both runs.
    let mut n = if no_server { 1000 } else { 0 };
    for (args, may) in TABLE {
        for (account, is_user, is_admin) in [
            (ADMIN, true, true),
            (PLAIN, true, false),
            (STRANGER, false, false),
        ] {
            n += 1;
            let mut argv: Vec<String> = Vec::new();
            if no_server {
                argv.push("--no-server".into());
            }
            argv.extend(args.iter().map(|a| a.replace("{n}", &n.to_string())));
            // The system clock: a frozen one is for admins only (its own test below).
            let o = as_account(account.0, db, &[("LEJEK_NOW", "")], &argv);
            let allowed = match may {
                May::Users => is_user,
                May::Admins => is_admin,
            };
            let code = o.status.code();
            // A refusal is bad input (exit 2) with one line naming the rule, never a crash.
            let ok = if allowed {
                code == Some(0)
            } else {
                code == Some(2) && stderr(&o).lines().count() == 1
            };
            if !ok {
                wrong.push(format!(
                    "{} {:?} (no_server={no_server}): exit {code:?}, want {}: {}",
                    account.1,
                    argv,
                    if allowed { "0" } else { "2" },
                    stderr(&o).trim()
                ));
            }
            if *args == ["user", "set", "nobody", "--admin"] && allowed {
                // Put nobody back to a plain user for the rows after this one.
                let mut c = lejek_in(db, "en");
                if no_server {
                    c.arg("--no-server");
                }
                let o = c
                    .args(["user", "set", "nobody", "--no-admin"])
                    .output()
                    .expect("lejek");
                assert!(o.status.success(), "{}", stderr(&o));
            }
        }
    }
    wrong
}

#[test]
fn every_row_of_the_permission_table_holds_through_the_server_and_without_it() {
    if !can_switch_accounts() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = team_db(dir.path());
    let mut wrong = run_table(&db, false);
    stop_servers(&db);
    wrong.extend(run_table(&db, true));
    stop_servers(&db);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));

    // What the refused rows did not do: no user u.., nobody still a plain user, no source
    // added by nobody (each admin row ran once as bin through the server and once without).
    let users: Value = serde_json::from_slice(
        &lejek_in(&db, "en")
            .args(["--no-server", "user", "list", "--format", "json"])
            .output()
            .expect("users")
            .stdout,
    )
    .expect("json");
    let logins: Vec<&str> = users
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|u| u["login"].as_str())
        .collect();
    // root, bin and nobody, and the two users bin added (once through the server, once
    // without): nobody's and daemon's `user add` added none.
    let added = logins.iter().filter(|l| l.starts_with('u')).count();
    assert_eq!((logins.len(), added), (5, 2), "{logins:?}");
    let nobody = users
        .as_array()
        .expect("array")
        .iter()
        .find(|u| u["login"] == "nobody")
        .expect("nobody");
    assert_eq!(nobody["admin"], false, "{nobody}");
}

#[test]
fn a_plain_users_clock_does_not_date_history_and_an_admins_is_marked() {
    if !can_switch_accounts() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = team_db(dir.path());
    let past = [("LEJEK_NOW", "2001-01-01T00:00:00Z")];
    // Through the server, started by root at the frozen test clock (2026-11-28 12:00 UTC),
    // which root may: that is the server's clock.
    let o = lejek_in(&db, "en")
        .args(["deal", "list"])
        .output()
        .expect("list");
    assert!(o.status.success(), "{}", stderr(&o));
    let note = |uid, env: &[(&str, &str)], text: &str| {
        as_account(
            uid,
            &db,
            env,
            &["deal".into(), "note".into(), "1".into(), text.into()],
        )
    };
    let o = note(PLAIN.0, &past, "cofnięta");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("writes are dated by the server"),
        "{}",
        stderr(&o)
    );
    let o = note(ADMIN.0, &past, "z datą wsteczną");
    assert!(o.status.success(), "{}", stderr(&o));
    // The same clock as the server's: fine for anyone.
    let o = note(PLAIN.0, &[], "zwykła");
    assert!(o.status.success(), "{}", stderr(&o));

    let show = lejek_in(&db, "en")
        .args(["deal", "show", "1", "--format", "json"])
        .output()
        .expect("show");
    stop_servers(&db);
    let v: Value = serde_json::from_slice(&show.stdout).expect("json");
    let text = v["history"].to_string();
    assert!(
        !text.contains("cofnięta"),
        "the refused note is not there: {text}"
    );
    // The admin's note is dated 2001 and followed by the mark with the server's time; the
    // plain user's is dated by the server's clock (the frozen 2026-11-28 12:00 UTC).
    let events: Vec<&Value> = v["history"].as_array().expect("history").iter().collect();
    let admin_note = events
        .iter()
        .position(|e| e.to_string().contains("z datą wsteczną"))
        .expect("admin's note");
    assert!(
        events[admin_note]["at"]
            .as_str()
            .unwrap_or("")
            .starts_with("2001-01-01")
    );
    let mark = events[admin_note + 1].to_string();
    assert!(mark.contains("2026-11-28T12:00:00"), "{mark}");
    let plain = events
        .iter()
        .find(|e| e.to_string().contains("zwykła"))
        .expect("plain user's note");
    assert!(
        plain["at"]
            .as_str()
            .unwrap_or("")
            .starts_with("2026-11-28T12:00:00"),
        "{plain}"
    );
}

#[test]
fn a_plain_user_cannot_freeze_the_clock_without_a_server_or_by_starting_one() {
    if !can_switch_accounts() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = team_db(dir.path());
    let args = |extra: &[&str]| -> Vec<String> {
        extra
            .iter()
            .chain(["deal", "note", "1", "z przeszłości"].iter())
            .map(|a| a.to_string())
            .collect()
    };
    let past = [("LEJEK_NOW", "2001-01-01T00:00:00Z")];
    // Without a server: the write is refused, a read with the same clock still works.
    let o = as_account(PLAIN.0, &db, &past, &args(&["--no-server"]));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = as_account(
        PLAIN.0,
        &db,
        &past,
        &["--no-server".into(), "deal".into(), "list".into()],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    // Starting the server with that clock: the server runs on the real one, so the write
    // that started it is refused as well.
    let o = as_account(PLAIN.0, &db, &past, &args(&[]));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("writes are dated by the server"),
        "{}",
        stderr(&o)
    );
    stop_servers(&db);
    let log = std::fs::read_to_string(db.join("serve.log")).unwrap_or_default();
    assert!(
        log.contains("LEJEK_NOW ignored: nobody is not a lejek admin"),
        "{log}"
    );
    let export = lejek_in(&db, "en")
        .args(["--no-server", "export", "all", "--format", "json"])
        .output()
        .expect("export");
    assert!(!String::from_utf8_lossy(&export.stdout).contains("2001-01-01"));
}

#[test]
fn a_backup_through_the_server_is_made_with_the_clients_own_permissions() {
    if !can_switch_accounts() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let db = team_db(dir.path());
    // The server runs as root.
    let o = lejek_in(&db, "en")
        .args(["deal", "list"])
        .output()
        .expect("list");
    assert!(o.status.success(), "{}", stderr(&o));
    let backup = |path: &Path| {
        as_account(
            PLAIN.0,
            &db,
            &[],
            &["backup".into(), path.display().to_string()],
        )
    };
    // Where nobody may not write, root's server does not write for it either.
    let forbidden = Path::new("/root").join(format!("lejek-{}.bak", std::process::id()));
    let o = backup(&forbidden);
    assert_ne!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!forbidden.exists() && !forbidden.with_extension("bak.tmp").exists());
    // Nor can it have the server replace one of the database's own files.
    let o = backup(&db.join("serve.log"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // Where it may, the file is its own, and a whole backup.
    let mine = dir.path().join("nobody.bak");
    let o = backup(&mine);
    assert!(o.status.success(), "{}", stderr(&o));
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&mine).expect("backup").uid(), PLAIN.0);
    stop_servers(&db);
    let o = lejek_in(&dir.path().join("restored"), "en")
        .args(["restore"])
        .arg(&mine)
        .output()
        .expect("restore");
    assert!(o.status.success(), "{}", stderr(&o));
}
