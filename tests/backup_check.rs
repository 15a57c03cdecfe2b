//! Backup, restore and check (X5, issue 7) with the real binary: a restored demo database is
//! equal to the original in every key and value of every tree and in its files; a backup is
//! taken while a server holds the database and writers are busy; damaged backups and
//! non-empty targets are refused without writing anything; `check` finds broken indexes,
//! holes in the history and missing or altered files, and `--repair` rebuilds the indexes.

mod common;
#[path = "common/server.rs"]
mod server_fixture;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::Db;
use lejek::model::{EntityKind, EntityRef};
use lejek::server::protocol::Request;
use lejek::service::{Clock, Command as Cmd, DealDraft, Service};
use lejek_core::store::{T, event_log, id_set, keys};
use serde_json::Value;
use server_fixture::{Server, apply_new, lejek_as, new_contact};

type Trees = BTreeMap<&'static str, Vec<(Vec<u8>, Vec<u8>)>>;

/// Every key and value of every tree, read through the service as lejek opens a database.
fn trees(dir: &Path) -> Trees {
    let svc = Service::open(dir, false, Clock::from_env()).expect("open the database");
    T::ALL
        .into_iter()
        .map(|t| {
            let pairs = svc
                .store()
                .tree(t)
                .iter()
                .map(|kv| {
                    let (k, v) = kv.expect("read the tree");
                    (k.to_vec(), v.to_vec())
                })
                .collect();
            (t.name(), pairs)
        })
        .collect()
}

/// Change the store directly, as a disk error or a bug would: the service is closed after.
fn with_store(db: &Db, change: impl FnOnce(&lejek_core::store::Store)) {
    let svc = Service::open(db.dir.path(), false, Clock::from_env()).expect("open");
    change(svc.store());
    svc.store().db.flush().expect("flush");
}

fn demo() -> Db {
    let db = Db::empty_in_process();
    db.ok(&["init", "--demo"]);
    db
}

/// A file to attach, with content of its own.
fn attachment(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).expect("write the attachment");
    p
}

fn check_json(db: &Db, args: &[&str], code: i32) -> Value {
    let mut all = vec!["check"];
    all.extend(args);
    all.extend(["--format", "json"]);
    let out = db.cmd(&all).output().expect("run check");
    assert_eq!(
        out.status.code(),
        Some(code),
        "check {args:?}: {} {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("check prints JSON")
}

/// (kind, tree, key) of each problem a report lists.
fn problems(report: &Value) -> Vec<(String, String, String)> {
    report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .map(|p| {
            let s = |f: &str| p[f].as_str().unwrap_or_default().to_owned();
            (s("kind"), s("tree"), s("key"))
        })
        .collect()
}

fn is_empty_dir(p: &Path) -> bool {
    std::fs::read_dir(p).expect("read dir").next().is_none()
}

#[test]
fn a_restored_demo_database_equals_the_original_in_every_tree_and_file() {
    let db = demo();
    let work = tempfile::tempdir().unwrap();
    let content = "Oferta dla Fundacji – cennik 2027\n"
        .repeat(500)
        .into_bytes();
    let file = attachment(work.path(), "oferta.txt", &content);
    db.ok(&["deal", "attach", "1", file.to_str().unwrap()]);
    let backup = work.path().join("demo.bak");
    let said = db.ok(&["backup", backup.to_str().unwrap()]);
    assert!(said.contains("backup written to"), "{said}");
    assert!(
        !work.path().join("demo.bak.tmp").exists(),
        "no temporary left"
    );

    // Restored into an existing empty directory, as an admin would after `mktemp -d`.
    let restored = Db::empty_in_process();
    restored.ok(&["restore", backup.to_str().unwrap()]);

    let (a, b) = (trees(db.dir.path()), trees(restored.dir.path()));
    for t in T::ALL {
        let (x, y) = (&a[t.name()], &b[t.name()]);
        assert_eq!(x.len(), y.len(), "{} has as many records", t.name());
        assert!(x == y, "{} differs after restore", t.name());
    }
    // The demo is not trivially small: the comparison covered real data.
    assert!(a["history"].len() > 1000 && a["deals"].len() > 100 && a["inbox"].len() > 10);
    assert_eq!(a["attachments"].len(), 1);

    // The attachment as the restored database shows it, with the same content on disk.
    let shown = restored.json(&["deal", "show", "1"]);
    let files = shown["files"].as_array().expect("files");
    assert_eq!(files.len(), 1);
    assert_eq!(files[0]["name"], "oferta.txt");
    let sha = files[0]["sha256"].as_str().expect("sha256");
    assert_eq!(shown["files"], db.json(&["deal", "show", "1"])["files"]);
    let back = std::fs::read(restored.dir.path().join("files").join(sha)).expect("restored file");
    assert_eq!(back, content);
    // And it is sound by check's standards.
    restored.ok(&["check"]);
}

#[test]
fn a_backup_is_taken_through_a_running_server_while_others_write() {
    let server = Server::start();
    let db = server.db();
    // A connected front end listening for changes, as a TUI is.
    let mut tui = server.client("anna");
    tui.request(&Request::Subscribe).expect("subscribe");
    let work = tempfile::tempdir().unwrap();
    let writing = std::sync::atomic::AtomicBool::new(true);
    let mut backups = Vec::new();

    std::thread::scope(|s| {
        // A writer busy with contacts, each with a deal, all the while.
        let writer = s.spawn(|| {
            let mut c = server.client("anna");
            for i in 0..60 {
                let contact = new_contact(&mut c, &format!("Klient {i}"));
                let deal = DealDraft {
                    contact_id: contact,
                    title: format!("Ulotki {i}"),
                    ..Default::default()
                };
                apply_new(&mut c, Cmd::AddDeal(deal));
            }
            writing.store(false, std::sync::atomic::Ordering::SeqCst);
        });
        // Backups one after another for as long as it writes.
        while writing.load(std::sync::atomic::Ordering::SeqCst) || backups.len() < 3 {
            let b = work.path().join(format!("{}.bak", backups.len()));
            let out = lejek_as(db, "anna")
                .arg("backup")
                .arg(&b)
                .output()
                .expect("run backup");
            assert!(out.status.success(), "{}", server_fixture::stderr(&out));
            backups.push(b);
        }
        writer.join().expect("writer");
    });

    // Each backup is one moment's state: every deal taken has its contact, its index
    // entries and its events, the history has no hole, and the counters (the first tree
    // read) are ahead of every record (read later): a command committing in between would
    // break one of these.
    for b in &backups {
        let restored = Db::empty_in_process();
        restored.ok(&["restore", b.to_str().unwrap()]);
        let report = check_json(&restored, &[], 0);
        assert_eq!(report["problems"], serde_json::json!([]), "{}", b.display());
    }
    // Taken after the writer: everything it wrote.
    let last = work.path().join("last.bak");
    let out = lejek_as(db, "anna")
        .arg("backup")
        .arg(&last)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", server_fixture::stderr(&out));
    let restored = Db::empty_in_process();
    restored.ok(&["restore", last.to_str().unwrap()]);
    assert_eq!(restored.count("deal"), 60);
    assert_eq!(restored.count("contact"), 60);
}

#[test]
fn restore_refuses_a_directory_that_is_not_empty_and_writes_nothing() {
    let db = Db::new_in_process();
    let work = tempfile::tempdir().unwrap();
    let backup = work.path().join("b.bak");
    db.ok(&["backup", backup.to_str().unwrap()]);

    let target = Db::empty_in_process();
    let keep = target.dir.path().join("notes.txt");
    std::fs::write(&keep, "mine").unwrap();
    let err = target.fails(2, &["restore", backup.to_str().unwrap()]);
    assert!(err.contains("is not an empty directory"), "{err}");
    let names: Vec<_> = std::fs::read_dir(target.dir.path())
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(names.len(), 1, "only what was there");
    assert_eq!(std::fs::read_to_string(&keep).unwrap(), "mine");

    // An existing database is not overwritten either.
    let err = db.fails(2, &["restore", backup.to_str().unwrap()]);
    assert!(err.contains("is not an empty directory"), "{err}");
}

#[test]
fn restore_refuses_damaged_truncated_foreign_and_newer_backups_and_writes_nothing() {
    let db = demo();
    let work = tempfile::tempdir().unwrap();
    let file = attachment(work.path(), "a.txt", b"zawartosc");
    db.ok(&["deal", "attach", "2", file.to_str().unwrap()]);
    let backup = work.path().join("b.bak");
    db.ok(&["backup", backup.to_str().unwrap()]);
    let bytes = std::fs::read(&backup).unwrap();
    assert_eq!(&bytes[..8], b"LEJEKBAK");

    let variant = |name: &str, b: &[u8]| {
        let p = work.path().join(name);
        std::fs::write(&p, b).unwrap();
        p
    };
    let truncated = variant("cut.bak", &bytes[..bytes.len() / 2]);
    // A bit of the attached file's content: only the checksum can notice.
    let mut flipped = bytes.clone();
    let at = bytes
        .windows(9)
        .position(|w| w == b"zawartosc")
        .expect("the file's content in the backup");
    flipped[at] ^= 0x20;
    let flipped = variant("flip.bak", &flipped);
    let mut trailing = bytes.clone();
    trailing.push(b'\n');
    let trailing = variant("trail.bak", &trailing);
    let mut newer = bytes.clone();
    newer[8..12].copy_from_slice(&2u32.to_be_bytes());
    let newer = variant("newer.bak", &newer);
    let foreign = variant("foreign.bak", b"name;kind\nZakl;company\n");

    for (file, said) in [
        (&truncated, "ends early"),
        (&flipped, "does not match its checksum"),
        (&trailing, "unexpected bytes after its end"),
        (&newer, "newer than this lejek knows"),
        (&foreign, "is not a lejek backup"),
    ] {
        // Into an existing empty directory: it stays empty.
        let target = Db::empty_in_process();
        let err = target.fails(2, &["restore", file.to_str().unwrap()]);
        assert!(err.contains(said), "{}: {err}", file.display());
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(
            is_empty_dir(target.dir.path()),
            "{} wrote something",
            file.display()
        );
        // Into a new directory: it is not created.
        let parent = tempfile::tempdir().unwrap();
        let new = parent.path().join("new");
        let out = lejek_as(&new, "anna")
            .env("LEJEK_NO_SERVER", "1")
            .arg("restore")
            .arg(file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(!new.exists(), "{} created the directory", file.display());
    }
    let missing = work.path().join("nope.bak");
    let err = Db::empty_in_process().fails(2, &["restore", missing.to_str().unwrap()]);
    assert!(err.contains("no backup file"), "{err}");
}

#[test]
fn backup_refuses_an_existing_file_and_a_missing_directory() {
    let db = Db::new_in_process();
    let work = tempfile::tempdir().unwrap();
    let old = work.path().join("old.bak");
    std::fs::write(&old, "last week's backup").unwrap();
    let err = db.fails(2, &["backup", old.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(std::fs::read_to_string(&old).unwrap(), "last week's backup");
    let nowhere = work.path().join("no/such/dir/b.bak");
    let err = db.fails(2, &["backup", nowhere.to_str().unwrap()]);
    assert!(err.contains("directory does not exist"), "{err}");
    assert_eq!(
        std::fs::read_dir(work.path()).unwrap().count(),
        1,
        "nothing new"
    );
}

#[test]
fn check_passes_on_a_healthy_demo_database() {
    let db = demo();
    let report = check_json(&db, &[], 0);
    assert_eq!(report["problems"], serde_json::json!([]));
    assert!(report["records"].as_u64().unwrap() > 10_000, "{report}");
    let out = db.ok(&["check"]);
    assert!(out.starts_with("no problems found"), "{out}");
}

#[test]
fn check_reports_a_broken_index_exactly_and_repair_rebuilds_it() {
    let db = demo();
    let shown = |db: &Db| -> Vec<u64> {
        db.json(&["contact", "show", "1"])["deals"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_u64().unwrap())
            .collect()
    };
    let deals_before = shown(&db);
    let deal = deals_before[0];
    // The deal's creation event: the first under its record.
    let (seq, log_key) = {
        let mut found = None;
        with_store(&db, |s| {
            let e = EntityRef {
                kind: EntityKind::Deal,
                id: deal,
            };
            let (k, _) = s
                .tree(T::Events)
                .scan_prefix(keys::entity_prefix(e))
                .next()
                .expect("an event of the deal")
                .unwrap();
            let seq = keys::u64_at(&k, 9).unwrap();
            found = Some((seq, event_log::key(seq)));
            edit_set(s, 1, |set| set.retain(|d| *d != deal));
        });
        found.unwrap()
    };
    // The broken index has a real effect: the contact's card lost the deal.
    assert!(!shown(&db).contains(&deal));

    let report = check_json(&db, &[], 1);
    let key = format!("(1, {deal})");
    assert_eq!(
        problems(&report),
        vec![("missing_index".into(), "contact_deals".into(), key.clone())]
    );
    assert_eq!(report["problems"][0]["detail"], format!("deal {deal}"));
    let table = db.cmd(&["check"]).output().unwrap();
    assert_eq!(table.status.code(), Some(1));
    let text = String::from_utf8_lossy(&table.stdout);
    assert_eq!(
        text.lines().next().unwrap(),
        format!("contact_deals {key}: index entry missing for deal {deal}")
    );
    assert!(text.contains("1 problem found"), "{text}");

    // Now the event's place in the log too, and a deal listed under another contact.
    with_store(&db, |s| {
        let log = s.tree(T::EventLog);
        let value = log.get(log_key).unwrap().expect("the log key");
        let mut entries = event_log::entries(&value).expect("a well-formed log value");
        entries.retain(|(s, _)| *s != seq);
        log.insert(log_key, event_log::value_of(&entries)).unwrap();
        edit_set(s, 2, |set| set.push(deal));
    });
    let report = check_json(&db, &[], 1);
    let mut found = problems(&report);
    found.sort();
    assert_eq!(
        found,
        vec![
            ("missing_index".into(), "contact_deals".into(), key),
            (
                "missing_index".into(),
                "event_log".into(),
                format!("(deal, {deal}, {seq})")
            ),
            (
                "stray_index".into(),
                "contact_deals".into(),
                format!("(2, {deal})")
            ),
        ]
    );

    let repaired = check_json(&db, &["--repair"], 0);
    assert_eq!(repaired["repaired"], 3);
    assert_eq!(repaired["problems"], serde_json::json!([]));
    check_json(&db, &[], 0);
    assert_eq!(shown(&db), deals_before, "the card shows the deal again");
    with_store(&db, |s| {
        assert!(set_of(s, 1).contains(&deal));
        assert!(!set_of(s, 2).contains(&deal));
        let value = s.tree(T::EventLog).get(log_key).unwrap().unwrap();
        let entries = event_log::entries(&value).unwrap();
        assert!(entries.iter().any(|(s, on)| *s == seq && on.id == deal));
    });
}

/// The deal ids stored for `contact` (`contact_deals`).
fn set_of(s: &lejek_core::store::Store, contact: u64) -> Vec<u64> {
    s.tree(T::DealsByContact)
        .get(keys::id(contact))
        .unwrap()
        .map(|v| id_set::ids(&v).expect("a well-formed set"))
        .unwrap_or_default()
}

/// Change the deal ids stored for `contact` behind the service's back.
fn edit_set(s: &lejek_core::store::Store, contact: u64, change: impl FnOnce(&mut Vec<u64>)) {
    let mut set = set_of(s, contact);
    change(&mut set);
    set.sort_unstable();
    s.tree(T::DealsByContact)
        .insert(keys::id(contact), id_set::value_of(&set))
        .unwrap();
}

/// The packed trees of format 4 (issue 2): the event log lost whole, a contact's set
/// damaged and another's gone are rebuilt by a repair byte for byte as the service wrote
/// them (the log in seq order and the sets ascending, whatever order the repair walks in).
#[test]
fn repair_rebuilds_the_packed_trees_exactly_when_lost_or_damaged() {
    let db = demo();
    let before = trees(db.dir.path());
    let (log, sets) = (&before["event_log"], &before["contact_deals"]);
    assert!(log.len() > 50 && sets.len() > 100, "the demo fills both");
    let (damaged, gone) = (sets[0].0.clone(), sets[1].0.clone());
    with_store(&db, |s| {
        s.tree(T::EventLog).clear().unwrap();
        // Not whole ids after the version byte.
        s.tree(T::DealsByContact)
            .insert(&damaged, &[1u8, 0, 0][..])
            .unwrap();
        s.tree(T::DealsByContact).remove(&gone).unwrap();
    });
    let report = check_json(&db, &[], 1);
    let kinds: std::collections::BTreeSet<(String, String)> = problems(&report)
        .into_iter()
        .map(|(kind, tree, _)| (kind, tree))
        .collect();
    let expected: std::collections::BTreeSet<(String, String)> = [
        ("malformed_index", "contact_deals"),
        ("missing_index", "contact_deals"),
        ("missing_index", "event_log"),
    ]
    .into_iter()
    .map(|(k, t)| (k.to_owned(), t.to_owned()))
    .collect();
    assert_eq!(kinds, expected, "{report}");
    // One missing entry per event of the log, listed up to the cap.
    assert!(
        report["problems"].as_array().unwrap().len() > 900,
        "{report}"
    );

    let repaired = check_json(&db, &["--repair"], 0);
    assert_eq!(repaired["problems"], serde_json::json!([]));
    let after = trees(db.dir.path());
    for t in ["event_log", "contact_deals"] {
        assert!(after[t] == before[t], "{t} rebuilt as the service wrote it");
    }
}

#[test]
fn check_reports_missing_and_altered_files_which_repair_cannot_fix() {
    let db = Db::new_in_process();
    let c = db
        .add(&["contact", "add", "--name", "Fundacja Sokół"])
        .to_string();
    let d = db
        .add(&["deal", "add", "--contact", &c, "--title", "Plakaty"])
        .to_string();
    let work = tempfile::tempdir().unwrap();
    let a = attachment(work.path(), "umowa.pdf", b"umowa podpisana");
    let b = attachment(work.path(), "cennik.pdf", b"cennik 2027");
    let ida = db.add(&["deal", "attach", &d, a.to_str().unwrap()]);
    let idb = db.add(&["deal", "attach", &d, b.to_str().unwrap()]);
    check_json(&db, &[], 0);
    let sha = |id: u64| -> String {
        let shown = db.json(&["deal", "show", &d]);
        let files = shown["files"].as_array().unwrap().clone();
        let f = files
            .iter()
            .find(|f| f["id"] == id)
            .expect("the attachment");
        f["sha256"].as_str().unwrap().to_owned()
    };
    let (sha_a, sha_b) = (sha(ida), sha(idb));
    let files = db.dir.path().join("files");
    std::fs::remove_file(files.join(&sha_a)).unwrap();
    std::fs::write(files.join(&sha_b), b"cennik 2028").unwrap();

    let report = check_json(&db, &[], 1);
    assert_eq!(
        problems(&report),
        vec![
            ("missing_file".into(), "attachments".into(), ida.to_string()),
            ("damaged_file".into(), "attachments".into(), idb.to_string()),
        ]
    );
    assert_eq!(report["problems"][0]["detail"], sha_a);
    assert_eq!(report["problems"][1]["detail"], sha_b);
    // Content cannot be rebuilt from records: still reported after a repair.
    let after = check_json(&db, &["--repair"], 1);
    assert_eq!(after["repaired"], 0);
    assert_eq!(problems(&after).len(), 2);
}

#[test]
fn check_finds_a_hole_in_the_history_and_a_record_that_does_not_decode() {
    let db = Db::new_in_process();
    let c = db
        .add(&["contact", "add", "--name", "Fundacja Sokół"])
        .to_string();
    db.ok(&["contact", "set", &c, "--city", "Łódź"]);
    db.ok(&["contact", "set", &c, "--city", "Kraków"]);
    let mut lost = 0;
    with_store(&db, |s| {
        // The middle event of the contact's three.
        let e = EntityRef {
            kind: EntityKind::Contact,
            id: c.parse().unwrap(),
        };
        let (k, _) = s
            .tree(T::Events)
            .scan_prefix(keys::entity_prefix(e))
            .nth(1)
            .unwrap()
            .unwrap();
        lost = keys::u64_at(&k, 9).unwrap();
        s.tree(T::Events).remove(k).unwrap();
        s.tree(T::Contacts)
            .insert(keys::id(99), &b"\x01garbage"[..])
            .unwrap();
    });
    let report = check_json(&db, &[], 1);
    let mut found = problems(&report);
    found.sort();
    let entry = format!("(contact, {c}, {lost})");
    assert_eq!(
        found,
        vec![
            ("event_gap".into(), "history".into(), lost.to_string()),
            ("stray_index".into(), "event_log".into(), entry),
            ("undecodable".into(), "contacts".into(), "99".into()),
        ]
    );
    // A repair removes the entry of the lost event; the hole and the record stay.
    let after = check_json(&db, &["--repair"], 1);
    assert_eq!(after["repaired"], 1);
    let mut left: Vec<String> = problems(&after).into_iter().map(|p| p.0).collect();
    left.sort();
    assert_eq!(left, ["event_gap", "undecodable"]);
}

#[test]
fn only_an_admin_repairs_through_the_server() {
    let db = Db::new();
    db.ok(&["user", "add", "piotr"]);
    let out = db.cmd_as("piotr", &["check", "--repair"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("only a lejek admin may run check --repair"),
        "{err}"
    );
    // Checking is for everyone; the admin repairs.
    db.ok_as("piotr", &["check"]);
    let out = db.ok(&["check", "--repair"]);
    assert!(out.contains("indexes rebuilt: 0 entries"), "{out}");
}

/// A contact with two deals in one campaign stays a member when one deal leaves it: the
/// membership makes batch re-runs skip the contact (B2), and `check` found it dropped.
#[test]
fn a_contact_stays_in_a_campaign_while_one_of_its_deals_is_there() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Dwa Interesy sp. z o.o."])
        .to_string();
    db.ok(&["campaign", "create", "--name", "Jesień"]);
    let first = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "Pierwszy",
            "--campaign",
            "Jesień",
        ])
        .to_string();
    db.add(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "Drugi",
        "--campaign",
        "Jesień",
    ]);
    db.ok(&["deal", "set", &first, "--clear", "campaign"]);
    let report = check_json(&db, &[], 0);
    assert_eq!(report["problems"], serde_json::json!([]));
    // Still a member: adding the contact's deals again creates nothing.
    let v = db.json(&[
        "campaign",
        "add-deals",
        "Jesień",
        "--contacts",
        "Dwa",
        "--deal-title",
        "X",
    ]);
    assert_eq!(v["created"], 0, "{v}");
    assert_eq!(v["skipped"], 1, "{v}");
}
