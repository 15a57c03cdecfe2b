//! Shared access (issue 6, SPEC X6) as users meet it: front ends start the server on their
//! own and end up on one; identity comes from the socket's peer credentials; the socket
//! keeps other accounts out; a database whose path is too long for a socket still works.

#[path = "common/server.rs"]
mod server_fixture;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::Value;
use server_fixture::{BIN, frozen_env, lejek_in, names_in, servers_of, stderr, stop_servers};

/// `lejek --db DB ...` with a clean environment (no LEJEK_USER: the peer credentials say
/// who we are unless a test passes --user).
fn lejek(db: &Path) -> Command {
    let mut c = lejek_in(db, "en");
    c.env("NO_COLOR", "1");
    c
}

/// A database initialised in this process (no server yet) by `login`.
fn init(db: &Path, login: &str) {
    let o = lejek(db)
        .args(["--no-server", "--user", login, "init"])
        .output()
        .expect("init");
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn front_ends_starting_together_end_up_on_one_server() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    init(&db, "anna");
    assert!(servers_of(&db).is_empty());
    // Six commands at the same moment, none running before: each may spawn a server, but
    // only one gets the database's lock and all six are served by it.
    let children: Vec<_> = (0..6)
        .map(|i| {
            lejek(&db)
                .args(["--user", "anna", "contact", "add", "--name"])
                .arg(format!("Równoległy {i}"))
                .output()
        })
        .collect();
    for (i, o) in children.into_iter().enumerate() {
        let o = o.expect("run");
        assert!(o.status.success(), "command {i}: {}", stderr(&o));
    }
    // A loser exits by itself; give it a moment to be reaped before counting.
    let started = Instant::now();
    while servers_of(&db).len() > 1 && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(servers_of(&db).len(), 1, "exactly one server");
    let list = lejek(&db)
        .args(["--user", "anna", "contact", "list", "--format", "json"])
        .output()
        .expect("list");
    let rows: Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(rows.as_array().map(Vec::len), Some(6));
    // The server logs to <db>/serve.log; group members may read it, others not.
    let log = db.join("serve.log");
    assert!(log.exists());
    let mode = std::fs::metadata(&log).expect("log").permissions().mode();
    assert_eq!(mode & 0o007, 0, "serve.log mode {mode:o}");
    // With the server running, --no-server cannot open the store: the same clear message
    // as for any other process holding it, exit 1.
    let o = lejek(&db)
        .args(["--no-server", "--user", "anna", "contact", "list"])
        .output()
        .expect("no-server");
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("in use by another lejek process"),
        "{}",
        stderr(&o)
    );
    stop_servers(&db);
}

#[test]
fn a_database_path_too_long_for_a_socket_uses_the_runtime_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tempfile::tempdir().expect("runtime dir");
    // A socket address holds 107 bytes; this path is longer.
    let mut db: PathBuf = dir.path().to_path_buf();
    while db.as_os_str().len() < 120 {
        db.push("bardzo-długa-ścieżka");
    }
    init(&db, "anna");
    let o = lejek(&db)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .args(["--user", "anna", "contact", "add", "--name", "Daleko"])
        .output()
        .expect("add");
    assert!(o.status.success(), "{}", stderr(&o));
    let sockets: Vec<_> = std::fs::read_dir(runtime.path().join("lejek"))
        .expect("the runtime directory holds lejek's sockets")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(sockets.len(), 1, "{sockets:?}");
    assert!(!db.join("lejek.sock").exists());
    // A second command finds the same server there.
    let o = lejek(&db)
        .env("XDG_RUNTIME_DIR", runtime.path())
        .args(["--user", "anna", "contact", "list", "--format", "json"])
        .output()
        .expect("list");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Daleko"));
    assert_eq!(servers_of(&db).len(), 1);
    stop_servers(&db);
}

/// Run lejek as another system account: `setpriv` with uid `uid` and group `gid`. Only
/// root can; elsewhere the identity tests say so and pass (CI runs as root).
fn as_account(uid: u32, gid: u32, db: &Path, args: &[&str]) -> Option<Output> {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc_geteuid() } == 0;
    if !root || Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("notice: not root or no setpriv; skipping the peer-credential checks");
        return None;
    }
    let mut c = Command::new("setpriv");
    frozen_env(&mut c, "en")
        .arg(format!("--reuid={uid}"))
        .arg(format!("--regid={gid}"))
        .arg("--clear-groups")
        .arg(BIN)
        .arg("--db")
        .arg(db)
        .args(args);
    Some(c.output().expect("setpriv"))
}

unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

#[test]
fn the_server_knows_who_connects_from_the_socket() {
    let dir = tempfile::tempdir().expect("temp dir");
    // The team's directory: group members (gid 0 here) get in, others do not.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o770)).expect("chmod");
    let db = dir.path().join("db");
    init(&db, "root");
    // nobody (uid 65534) is a lejek user, not an admin.
    let o = lejek(&db)
        .args(["--user", "root", "user", "add", "nobody", "--name", "Nikt"])
        .output()
        .expect("user add");
    assert!(o.status.success(), "{}", stderr(&o));

    // nobody in the database's group: acts as itself, and history says so.
    let Some(o) = as_account(65534, 0, &db, &["contact", "add", "--name", "Od nikogo"]) else {
        stop_servers(&db);
        return;
    };
    assert!(o.status.success(), "{}", stderr(&o));
    let id = String::from_utf8_lossy(&o.stdout).trim().to_owned();
    let show = lejek(&db)
        .args(["--user", "root", "contact", "show", &id, "--format", "json"])
        .output()
        .expect("show");
    let v: Value = serde_json::from_slice(&show.stdout).expect("json");
    let actors: Vec<&str> = v["history"]
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|e| e["actor"].as_str())
        .collect();
    assert_eq!(actors, ["nobody"], "{v}");

    // --user for someone else needs a lejek admin: nobody is not one. Exit 2, nothing
    // written.
    let o = as_account(
        65534,
        0,
        &db,
        &["--user", "root", "contact", "add", "--name", "Podszyty"],
    )
    .expect("ran before");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("nobody may not act as root"),
        "{}",
        stderr(&o)
    );

    // A system account that is no lejek user (daemon, uid 1) is refused by name.
    let o = as_account(1, 0, &db, &["contact", "list"]).expect("ran before");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("'daemon' is not a lejek user"),
        "{}",
        stderr(&o)
    );

    // Outside the group: the socket (0660) and the directory (0770) keep nobody out.
    let o = as_account(65534, 65534, &db, &["contact", "list"]).expect("ran before");
    assert_ne!(o.status.code(), Some(0), "{}", stderr(&o));

    let list = lejek(&db)
        .args(["--user", "root", "contact", "list", "--format", "json"])
        .output()
        .expect("list");
    let rows: Value = serde_json::from_slice(&list.stdout).expect("json");
    let names = names_in(&rows);
    assert_eq!(names, ["Od nikogo"], "only the allowed write is there");
    let sock = db.join("lejek.sock");
    let mode = std::fs::metadata(&sock)
        .expect("socket")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o660, "socket mode {mode:o}");
    stop_servers(&db);
}
