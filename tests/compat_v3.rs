//! Format 3 -> 4 (issue 2): a database and a backup made by the last format-3 build
//! (`fixtures/compat/make-v3-db.sh`, commit 920749c) are upgraded when first opened and
//! read as they did; an upgrade a crash interrupted is finished, or thrown away and redone.
//! Like `compat.rs`, this must keep passing in every later version.

mod common;

use std::path::Path;

use common::{Db, copy_dir};
use serde_json::Value;

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/compat")
        .join(name)
}

/// The format-3 database, copied into a fresh directory; commands open it themselves, so
/// the upgrade's notice comes to the command's stderr.
fn v3_db() -> Db {
    let db = Db::empty_in_process();
    copy_dir(&fixture("v3-db"), db.dir.path());
    db
}

fn ids(v: &Value) -> Vec<u64> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|d| d["id"].as_u64().expect("an id"))
        .collect()
}

fn history(db: &Db, deal: &str) -> Vec<String> {
    db.json(&["deal", "show", deal])["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["text"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// What the fixture holds, as make-v3-db.sh made it: deal 1 (Ulotki A5) and deal 3 were
/// added on company 1, deal 2 on person 2; deal 3 then moved to company 3.
fn reads_as_made(db: &Db) {
    let deals_of = |c: &str| ids(&db.json(&["contact", "show", c])["deals"]);
    assert_eq!(deals_of("1"), [1], "deal 3 moved away from contact 1");
    assert_eq!(deals_of("2"), [2]);
    assert_eq!(deals_of("3"), [3]);
    // Deal 3: created (anna, for piotr), moved to contact 3, then commented on, in that order.
    let h = history(db, "3");
    assert_eq!(h.len(), 3, "{h:?}");
    assert!(h[0].contains("Katalog"), "{h:?}");
    assert!(h[1].contains("1 -> 3"), "{h:?}");
    assert!(h[2].contains("Przeniesione do hurtowni"), "{h:?}");
    // Deal 1: created, stage to negotiation, a note, a sent e-mail.
    let h = history(db, "1");
    assert_eq!(h.len(), 4, "{h:?}");
    assert!(h[1].contains("negocjacje"), "{h:?}");
    assert_eq!(
        db.json(&["send", "log", "--deal", "1"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    // Anna created piotr's deal 3, moved it and commented on it: three notifications for
    // him, newest first, each finding its event through the event log.
    let inbox = db.json_as("piotr", &["inbox"]);
    let texts: Vec<&str> = inbox
        .as_array()
        .expect("notifications")
        .iter()
        .map(|n| n["text"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(texts.len(), 3, "{inbox}");
    assert!(texts[0].contains("Przeniesione"), "{texts:?}");
    assert!(texts[1].contains("1 -> 3"), "{texts:?}");
    assert!(texts[2].contains("Katalog"), "{texts:?}");
    // Every index the upgrade wrote is what the records imply.
    let report = db.json(&["check"]);
    assert_eq!(report["problems"], serde_json::json!([]), "{report}");
}

fn left_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("store"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_format_3_database_is_upgraded_once_and_reads_as_before() {
    let db = v3_db();
    let out = db
        .cmd(&["deal", "list", "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("upgrading the database to format 4"), "{err}");
    assert_eq!(
        left_in(db.dir.path()),
        ["store"],
        "nothing of the upgrade left"
    );
    let again = db.cmd(&["deal", "list"]).output().expect("run");
    assert!(
        String::from_utf8_lossy(&again.stderr).is_empty(),
        "upgraded only once"
    );
    reads_as_made(&db);
    // Writing after the upgrade: a new deal joins contact 1's packed set and its history.
    let id = db.add(&["deal", "add", "--contact", "1", "--title", "Kalendarze"]);
    assert_eq!(ids(&db.json(&["contact", "show", "1"])["deals"]), [1, id]);
    assert_eq!(history(&db, &id.to_string()).len(), 1);
    assert_eq!(db.json(&["check"])["problems"], serde_json::json!([]));
}

#[test]
fn a_format_3_backup_restores_and_is_upgraded() {
    // Into an existing empty directory, as an admin would after `mktemp -d`.
    let restored = Db::empty_in_process();
    let bak = fixture("v3.bak");
    restored.ok(&["restore", bak.to_str().expect("a UTF-8 path")]);
    assert_eq!(left_in(restored.dir.path()), ["store"]);
    reads_as_made(&restored);
}

#[test]
fn an_interrupted_upgrade_is_finished_or_redone() {
    // A finished copy, to play the part of the one a crash left behind.
    let upgraded = v3_db();
    upgraded.ok(&["deal", "list"]);
    // Crash after the copy was marked finished, before the swap: the copy is swapped in.
    let db = v3_db();
    copy_dir(
        &upgraded.dir.path().join("store"),
        &db.dir.path().join("store.new"),
    );
    std::fs::write(db.dir.path().join("store.new.done"), b"").expect("marker");
    let out = db.cmd(&["deal", "list"]).output().expect("run");
    assert!(out.status.success());
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("upgrading"),
        "the marked copy was used, not made again"
    );
    assert_eq!(left_in(db.dir.path()), ["store"]);
    reads_as_made(&db);
    // Crash in the middle of the copy (no marker): the half copy goes, the upgrade reruns.
    let db = v3_db();
    std::fs::create_dir_all(db.dir.path().join("store.new")).expect("dir");
    std::fs::write(db.dir.path().join("store.new/db"), b"half a copy").expect("junk");
    let out = db.cmd(&["deal", "list"]).output().expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("upgrading"));
    assert_eq!(left_in(db.dir.path()), ["store"]);
    reads_as_made(&db);
}
