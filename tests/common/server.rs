//! The shared-access fixture (issue 6): the real `lejek` binary in a clean environment with
//! the clock frozen (LEJEK_NOW) and the time zone fixed, a `lejek serve` process on a
//! temporary database, the `lejek serve` processes of a database found (and stopped) through
//! /proc, the socket protocol's frames, and the client requests the server tests share.
//!
//! Included by the server tests as `#[path = "common/server.rs"] mod server_fixture;`.
#![allow(dead_code)]

use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use lejek::i18n::Lang;
use lejek::model::Id;
use lejek::server::client::{Client, ClientError};
use lejek::server::protocol::{Hello, ListArgs, PROTOCOL_VERSION, Query, Request, Response};
use lejek::service::{Command as Cmd, ContactDraft, Outcome};
use tempfile::TempDir;

pub const BIN: &str = env!("CARGO_BIN_EXE_lejek");
pub const NOW: &str = "2026-11-28T12:00:00Z";

/// A limit on waits that should take well under a second; only a hung server reaches it.
pub const PATIENCE: Duration = Duration::from_secs(60);

/// `c` in a clean environment with only the frozen clock, the zone and the language `lang`.
pub fn frozen_env<'c>(c: &'c mut Command, lang: &str) -> &'c mut Command {
    c.env_clear()
        .env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("LEJEK_LANG", lang)
}

/// `lejek --db DB` in that environment, in `lang`, with no LEJEK_USER: the socket's peer
/// credentials (or a `--user` the caller adds) say who acts.
pub fn lejek_in(db: &Path, lang: &str) -> Command {
    let mut c = Command::new(BIN);
    frozen_env(&mut c, lang).arg("--db").arg(db);
    c
}

/// `lejek --db DB` in English, acting as `user` through LEJEK_USER.
pub fn lejek_as(db: &Path, user: &str) -> Command {
    let mut c = lejek_in(db, "en");
    c.env("LEJEK_USER", user);
    c
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The `name` of every row of a `contact list --format json`.
pub fn names_in(rows: &serde_json::Value) -> Vec<&str> {
    rows.as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["name"].as_str())
        .collect()
}

/// `lejek serve --idle IDLE` on `db` as anna, its output thrown away.
pub fn spawn_serve(db: &Path, idle: u64) -> Child {
    lejek_as(db, "anna")
        .args(["serve", "--idle", &idle.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn lejek serve")
}

/// A database initialised by anna and a `lejek serve` on it; the server is killed on drop.
pub struct Server {
    pub dir: TempDir,
    pub child: Child,
}

impl Server {
    /// A new database and a server that never exits on its own.
    pub fn start() -> Server {
        Server::start_idle(0)
    }

    /// A new database and a server that exits after `idle` seconds without clients.
    pub fn start_idle(idle: u64) -> Server {
        let dir = tempfile::tempdir().expect("temp dir");
        let out = lejek_as(dir.path(), "anna")
            .arg("init")
            .output()
            .expect("run lejek init");
        assert!(out.status.success(), "init: {}", stderr(&out));
        let child = spawn_serve(dir.path(), idle);
        let server = Server { dir, child };
        server.wait_until_serving();
        server
    }

    pub fn db(&self) -> &Path {
        self.dir.path()
    }

    /// Connected as `login` (the test runs as root, which may act as any lejek user).
    pub fn client(&self, login: &str) -> Client {
        Client::connect(self.db(), Some(login), Lang::En)
            .unwrap_or_else(|e| panic!("connect as {login}: {e}"))
    }

    /// A bare connection to the server's socket: no handshake, bytes as the test sends them.
    pub fn socket(&self) -> UnixStream {
        UnixStream::connect(lejek::server::socket_path(self.db())).expect("raw connect")
    }

    /// SIGKILL: no destructor, no flush, no socket clean-up runs in the server.
    pub fn kill_9(&mut self) {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("reap the killed server");
    }

    /// Kill the server if it still runs, and reap it.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// A new server process on the same database (after `kill_9`).
    pub fn restart(&mut self) {
        self.child = spawn_serve(self.dir.path(), 0);
        self.wait_until_serving();
    }

    /// Until a handshake succeeds: a killed server leaves its socket file behind, so the
    /// file existing says nothing; an answered handshake does.
    pub fn wait_until_serving(&self) {
        let started = Instant::now();
        loop {
            match Client::connect(self.db(), Some("anna"), Lang::En) {
                Ok(_) => return,
                Err(ClientError::Connect { .. }) => {}
                Err(e) => panic!("server refused the handshake: {e}"),
            }
            assert!(started.elapsed() < PATIENCE, "the server never listened");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The ids of the `lejek serve` processes for database `db` (from /proc/*/cmdline).
pub fn servers_of(db: &Path) -> Vec<i32> {
    let want = db.as_os_str().as_encoded_bytes();
    let mut pids = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse().ok()) else {
            continue;
        };
        let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
        if args.contains(&&b"serve"[..]) && args.contains(&want) {
            pids.push(pid);
        }
    }
    pids
}

/// Stop the servers of `db` (SIGTERM) and wait (up to 5 s) for them to go, so no test
/// leaves a process behind. A server whose socket vanished with its temporary directory
/// would exit by itself; this is just tidier.
pub fn stop_servers(db: &Path) {
    for pid in servers_of(db) {
        // SAFETY: kill(2) with a pid read from /proc and SIGTERM has no memory effects.
        unsafe {
            libc::kill(pid, libc::SIGTERM);
        }
    }
    let start = Instant::now();
    while !servers_of(db).is_empty() && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// `body` as a frame: its length (4 bytes, big-endian), then the body.
pub fn frame(body: &[u8]) -> Vec<u8> {
    let len = u32::try_from(body.len()).expect("a small frame");
    let mut v = len.to_be_bytes().to_vec();
    v.extend_from_slice(body);
    v
}

/// The handshake as a frame, acting as anna.
pub fn hello_frame() -> Vec<u8> {
    frame(
        &lejek::server::protocol::encode(&Hello {
            version: PROTOCOL_VERSION,
            act_as: Some("anna".into()),
            lang: "en".into(),
            now: None,
        })
        .expect("encode hello"),
    )
}

/// Apply a command that must succeed.
pub fn apply(c: &mut Client, cmd: Cmd) -> Outcome {
    match c
        .request(&Request::Apply {
            cmd,
            id: lejek::server::protocol::new_request_id(),
        })
        .expect("apply request")
    {
        Response::Done(out) => out,
        other => panic!("apply answered {other:?}"),
    }
}

/// Apply a command that must succeed and create a record: the record's id.
pub fn apply_new(c: &mut Client, cmd: Cmd) -> Id {
    apply(c, cmd).id.expect("an id")
}

pub fn add_contact(c: &mut Client, name: &str) -> Outcome {
    apply(
        c,
        Cmd::AddContact(ContactDraft {
            name: name.into(),
            ..Default::default()
        }),
    )
}

/// A new contact called `name`: its id.
pub fn new_contact(c: &mut Client, name: &str) -> Id {
    add_contact(c, name).id.expect("an id")
}

pub fn contact_names(c: &mut Client) -> Vec<String> {
    match c
        .request(&Request::Query(Query::ListContacts(ListArgs::default())))
        .expect("list contacts query")
    {
        Response::Contacts(cs) => cs.into_iter().map(|c| c.name).collect(),
        other => panic!("list contacts answered {other:?}"),
    }
}
