//! Shared test harness: the real `lejek` binary on a temporary database, with the clock
//! frozen (LEJEK_NOW) and the time zone fixed, so every run sees the same dates.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub const NOW: &str = "2026-11-28T12:00:00Z";

pub struct Db {
    pub dir: TempDir,
    /// Run every command with `--no-server` (LEJEK_NO_SERVER): for tests that also open
    /// the store in the test process, which a running server would hold. Otherwise the
    /// commands go through the database's server, started by the first of them (X6).
    pub in_process: bool,
}

impl Db {
    /// A fresh database initialised by `anna` (who becomes its admin), English dictionaries.
    pub fn new() -> Db {
        let db = Db::empty();
        db.ok(&["init"]);
        db
    }

    /// A directory without a database.
    pub fn empty() -> Db {
        Db {
            dir: tempfile::tempdir().expect("temp dir"),
            in_process: false,
        }
    }

    /// Like `empty`, but every command opens the store itself (`--no-server`).
    pub fn empty_in_process() -> Db {
        Db {
            in_process: true,
            ..Db::empty()
        }
    }

    /// Like `new`, but every command opens the store itself (`--no-server`).
    pub fn new_in_process() -> Db {
        let db = Db::empty_in_process();
        db.ok(&["init"]);
        db
    }

    /// `lejek --db DIR ARGS...` as `anna`, in English.
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_as("anna", args)
    }

    pub fn cmd_as(&self, user: &str, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("lejek").expect("binary");
        c.env_clear()
            .env("LEJEK_NOW", NOW)
            .env("TZ", "Europe/Warsaw")
            .env("NO_COLOR", "1")
            .env("LEJEK_USER", user)
            .env("LEJEK_LANG", "en")
            .arg("--db")
            .arg(self.dir.path())
            .args(args);
        if self.in_process {
            c.env("LEJEK_NO_SERVER", "1");
        }
        c
    }

    /// Run and expect success; stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        self.ok_as("anna", args)
    }

    pub fn ok_as(&self, user: &str, args: &[&str]) -> String {
        let out = self.cmd_as(user, args).output().expect("run lejek");
        assert!(
            out.status.success(),
            "lejek {args:?} failed ({:?}): {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Run and expect exit code `code`; stderr.
    pub fn fails(&self, code: i32, args: &[&str]) -> String {
        let out = self.cmd(args).output().expect("run lejek");
        assert_eq!(
            out.status.code(),
            Some(code),
            "lejek {args:?}: stdout {} stderr {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let s = self.ok(&a);
        serde_json::from_str(&s).unwrap_or_else(|e| panic!("not JSON from {args:?}: {e}\n{s}"))
    }

    pub fn json_as(&self, user: &str, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        let s = self.ok_as(user, &a);
        serde_json::from_str(&s).unwrap_or_else(|e| panic!("not JSON from {args:?}: {e}\n{s}"))
    }

    /// Add a record and return the id it printed.
    pub fn add(&self, args: &[&str]) -> u64 {
        let out = self.ok(args);
        out.trim()
            .parse()
            .unwrap_or_else(|_| panic!("{args:?} printed no id: {out}"))
    }

    pub fn count(&self, what: &str) -> usize {
        self.json(&[what, "list"])
            .as_array()
            .map(|a| a.len())
            .unwrap_or(0)
    }

    /// A snapshot of everything a bad command must not change.
    pub fn snapshot(&self) -> Vec<Value> {
        ["deal", "contact", "campaign", "task"]
            .iter()
            .map(|w| self.json(&[w, "list"]))
            .collect()
    }

    /// The files in `<db>/outbox` with this extension (`eml`, `sms`), in name order, which is
    /// the order they were written (D12).
    pub fn outbox(&self, ext: &str) -> Vec<std::path::PathBuf> {
        let mut v: Vec<std::path::PathBuf> = std::fs::read_dir(self.dir.path().join("outbox"))
            .map(|d| {
                d.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == ext))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    /// The sends in a deal's history: (seq, the entry's `change.MessageSent`).
    pub fn sends(&self, deal: u64) -> Vec<(u64, Value)> {
        let d = self.json(&["deal", "show", &deal.to_string()]);
        d["history"]
            .as_array()
            .expect("history")
            .iter()
            .filter_map(|e| {
                let m = e["change"].get("MessageSent")?;
                Some((e["seq"].as_u64().expect("seq"), m.clone()))
            })
            .collect()
    }
}

/// Copy a directory tree (a fixture database) into `to`.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("fixture dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy");
        }
    }
}
