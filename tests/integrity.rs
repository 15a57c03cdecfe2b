//! No bad data in (issue 15 items 9, 11, 14) with the real binary: `import all` checks the
//! whole file before it writes and takes back an export without contacts; restore refuses
//! a backup whose checksum is right but whose content the service would refuse; `check`
//! reports such records; attachments take the umask; duplicate CSV headers are refused;
//! byte-order marks inside a file are stripped; an account without permission to the
//! database is told so rather than told to create one.

mod common;
#[path = "common/server.rs"]
mod server_fixture;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{TimeZone, Utc};
use common::Db;
use lejek::model::{Contact, ContactKind};
use lejek::service::{Clock, Service};
use lejek_core::store::{T, encode, keys};
use serde_json::Value;
use sha2::{Digest, Sha256};

fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

fn is_empty_dir(p: &Path) -> bool {
    std::fs::read_dir(p).expect("read dir").next().is_none()
}

/// `export all` of `db` as JSON, in a file under `dir`.
fn export_all(db: &Db, dir: &Path, name: &str) -> PathBuf {
    let file = dir.join(name);
    db.ok(&["export", "all", "--format", "json", "-o", path(&file)]);
    file
}

fn read_json(p: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(p).expect("read")).expect("JSON")
}

#[test]
fn an_export_without_contacts_imports_back_whole_and_exports_the_same() {
    let work = tempfile::tempdir().unwrap();
    let a = Db::new_in_process();
    a.ok(&["campaign", "create", "--name", "Kampania K"]);
    a.ok(&["task", "add", "--title", "Zadanie Z"]);
    a.ok(&[
        "template",
        "add",
        "--kind",
        "sms",
        "--name",
        "szablon",
        "--body",
        "Dzień dobry",
    ]);
    let first = export_all(&a, work.path(), "a.json");
    let doc = read_json(&first);
    assert_eq!(doc["contacts"], serde_json::json!([]));
    assert_eq!(doc["deals"], serde_json::json!([]));

    let c = Db::new_in_process();
    c.ok(&["import", "all", path(&first)]);
    // The clock is frozen and both were made by the same `init`: every id and time is the
    // same, so the whole document is.
    let again = export_all(&c, work.path(), "c.json");
    assert_eq!(read_json(&again), doc);
    // A second run finds everything there and adds nothing.
    c.ok(&["import", "all", path(&first)]);
    assert_eq!(read_json(&export_all(&c, work.path(), "c2.json")), doc);
}

/// A database with one of everything `import all` writes, and its export.
fn rich_export(dir: &Path) -> Value {
    let a = Db::new_in_process();
    let firm = a.add(&["contact", "add", "--name", "Drukarnia Sp. z o.o."]);
    let deal = a.add(&[
        "deal",
        "add",
        "--title",
        "Ulotki",
        "--contact",
        &firm.to_string(),
    ]);
    a.ok(&["campaign", "create", "--name", "Wiosna"]);
    a.ok(&[
        "task",
        "add",
        "--title",
        "Zadzwonić",
        "--deal",
        &deal.to_string(),
    ]);
    a.ok(&["deal", "note", &deal.to_string(), "Klient prosi o wycenę"]);
    read_json(&export_all(&a, dir, "rich.json"))
}

/// Import `doc` into a fresh database: (exit code, stderr, the database).
fn import_doc(dir: &Path, name: &str, doc: &Value) -> (i32, String, Db) {
    let file = dir.join(name);
    std::fs::write(&file, serde_json::to_vec_pretty(doc).unwrap()).unwrap();
    let db = Db::new_in_process();
    let out = db.cmd(&["import", "all", path(&file)]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), err, db)
}

#[test]
fn import_all_refuses_a_file_with_one_bad_record_and_writes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let good = rich_export(work.path());
    let (code, err, _) = import_doc(work.path(), "good.json", &good);
    assert_eq!(code, 0, "the unchanged export imports: {err}");

    // The last record of the file is the bad one: everything before it would have been
    // written by an import that checks as it goes.
    let mut osc = good.clone();
    osc["notes"][0]["text"] = Value::from("wycena\u{1b}]52;c;cGF5bG9hZA==\u{7}");
    let mut dangling = good.clone();
    dangling["tasks"][0]["deal_id"] = Value::from(77);
    let mut unknown = good.clone();
    unknown["templates"] = serde_json::json!([{
        "id": 1, "name": "x", "kind": "fax", "subject": null, "body": "b",
        "attachments": [], "created": "2026-11-28T12:00:00Z", "created_by": "anna"
    }]);
    let mut bad_user = good.clone();
    bad_user["users"][0]["name"] = Value::from("Anna\u{202e}\u{1b}[2J");
    for (name, doc, said) in [
        ("osc.json", &osc, "notes record 1 would be refused"),
        (
            "dangling.json",
            &dangling,
            "tasks record 1 refers to deal 77",
        ),
        ("unknown.json", &unknown, "unknown kind 'fax'"),
        ("user.json", &bad_user, "users record 1 would be refused"),
    ] {
        let (code, err, db) = import_doc(work.path(), name, doc);
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(said), "{name}: {err}");
        assert!(err.contains("nothing was imported"), "{name}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        for what in ["contact", "deal", "campaign", "task"] {
            assert_eq!(db.count(what), 0, "{name} wrote {what}s");
        }
        let users = db.json(&["user", "list"]);
        assert_eq!(users.as_array().map(Vec::len), Some(1), "{name}: {users}");
    }
}

/// One entry of a backup file (src/store/backup.rs has the layout).
enum Entry {
    Record(String, Vec<u8>, Vec<u8>),
    File(String, Vec<u8>),
}

fn backup_entries(bytes: &[u8]) -> Vec<Entry> {
    assert_eq!(&bytes[..8], b"LEJEKBAK");
    let mut at = 12;
    let mut take = |n: usize| {
        let s = bytes[at..at + n].to_vec();
        at += n;
        s
    };
    let mut out = Vec::new();
    loop {
        let tag = take(1)[0];
        match tag {
            b'R' => {
                let n = take(1)[0] as usize;
                let tree = String::from_utf8(take(n)).unwrap();
                let k = u32::from_be_bytes(take(4).try_into().unwrap()) as usize;
                let key = take(k);
                let v = u32::from_be_bytes(take(4).try_into().unwrap()) as usize;
                out.push(Entry::Record(tree, key, take(v)));
            }
            b'F' => {
                let n = take(1)[0] as usize;
                let name = String::from_utf8(take(n)).unwrap();
                let len = u64::from_be_bytes(take(8).try_into().unwrap()) as usize;
                out.push(Entry::File(name, take(len)));
            }
            b'E' => return out,
            other => panic!("tag {other}"),
        }
    }
}

/// A backup of `entries` with right counts and a right checksum: what someone who edits
/// a backup and recomputes its checksum makes.
fn backup_of(entries: &[Entry]) -> Vec<u8> {
    let mut b = b"LEJEKBAK".to_vec();
    b.extend(1u32.to_be_bytes());
    let (mut records, mut files) = (0u64, 0u64);
    for e in entries {
        match e {
            Entry::Record(tree, key, value) => {
                records += 1;
                b.push(b'R');
                b.push(tree.len() as u8);
                b.extend(tree.as_bytes());
                b.extend((key.len() as u32).to_be_bytes());
                b.extend(key);
                b.extend((value.len() as u32).to_be_bytes());
                b.extend(value);
            }
            Entry::File(name, content) => {
                files += 1;
                b.push(b'F');
                b.push(name.len() as u8);
                b.extend(name.as_bytes());
                b.extend((content.len() as u64).to_be_bytes());
                b.extend(content);
            }
        }
    }
    b.push(b'E');
    b.extend(records.to_be_bytes());
    b.extend(files.to_be_bytes());
    let digest = Sha256::digest(&b);
    b.extend(digest);
    b
}

fn contact_named(id: u64, name: &str) -> Contact {
    Contact {
        id,
        kind: ContactKind::Company,
        name: name.into(),
        company_id: None,
        email: None,
        phone: None,
        city: None,
        address: None,
        nip: None,
        tags: Vec::new(),
        roles: Vec::new(),
        status: None,
        source: None,
        end_reason: None,
        ended: None,
        created: Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap(),
        fields: Default::default(),
    }
}

#[test]
fn restore_refuses_a_backup_with_a_recomputed_checksum_over_content_lejek_would_refuse() {
    let work = tempfile::tempdir().unwrap();
    let db = Db::new_in_process();
    let firm = db.add(&["contact", "add", "--name", "Drukarnia"]);
    let deal = db.add(&[
        "deal",
        "add",
        "--title",
        "Ulotki",
        "--contact",
        &firm.to_string(),
    ]);
    let file = work.path().join("oferta.txt");
    std::fs::write(&file, "oferta").unwrap();
    db.ok(&["deal", "attach", &deal.to_string(), path(&file)]);
    let backup = work.path().join("b.bak");
    db.ok(&["backup", path(&backup)]);
    let entries = backup_entries(&std::fs::read(&backup).unwrap());
    assert!(entries.iter().any(|e| matches!(e, Entry::File(..))));

    // The rewriter itself is sound: the same entries, rewritten, restore.
    let same = work.path().join("same.bak");
    std::fs::write(&same, backup_of(&entries)).unwrap();
    Db::empty_in_process().ok(&["restore", path(&same)]);

    let edited = |name: &str, change: &dyn Fn(Entry) -> Entry| {
        let all: Vec<Entry> = backup_entries(&std::fs::read(&backup).unwrap())
            .into_iter()
            .map(change)
            .collect();
        let p = work.path().join(name);
        std::fs::write(&p, backup_of(&all)).unwrap();
        p
    };
    let content = edited("content.bak", &|e| match e {
        Entry::File(name, _) => Entry::File(name, b"podmieniona".to_vec()),
        e => e,
    });
    let version = edited("version.bak", &|e| match e {
        Entry::Record(t, k, _) if t == "meta" && k == b"format_version" => {
            Entry::Record(t, k, 0u32.to_be_bytes().to_vec())
        }
        e => e,
    });
    let osc = edited("osc.bak", &|e| match e {
        Entry::Record(t, k, _) if t == "contacts" && k == keys::id(firm) => Entry::Record(
            t,
            k,
            encode(&contact_named(firm, "Drukarnia\u{1b}]0;pwned\u{7}")),
        ),
        e => e,
    });
    for (file, said) in [
        (&content, "does not match its SHA-256 name"),
        (&version, "database format version is 0"),
        (&osc, "(contacts 1): Name contains control characters"),
    ] {
        let target = Db::empty_in_process();
        let err = target.fails(2, &["restore", path(file)]);
        assert!(err.contains(said), "{}: {err}", file.display());
        assert!(err.contains("nothing was restored"), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
        assert!(is_empty_dir(target.dir.path()), "{} wrote", file.display());
    }
}

#[test]
fn check_reports_records_the_service_would_refuse() {
    let db = Db::new_in_process();
    let firm = db.add(&["contact", "add", "--name", "Drukarnia"]);
    let report = |code| {
        let out = db.cmd(&["check", "--format", "json"]).output().unwrap();
        assert_eq!(out.status.code(), Some(code));
        serde_json::from_slice::<Value>(&out.stdout).unwrap()
    };
    assert_eq!(report(0)["problems"], serde_json::json!([]));
    {
        let svc = Service::open(db.dir.path(), false, Clock::from_env()).unwrap();
        let bad = contact_named(firm, "Drukarnia\u{1b}[2J");
        svc.store()
            .tree(T::Contacts)
            .insert(keys::id(firm), encode(&bad))
            .unwrap();
        svc.store().db.flush().unwrap();
    }
    let found = report(1);
    let problems = found["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{found}");
    assert_eq!(problems[0]["kind"], "refused_record");
    assert_eq!(problems[0]["tree"], "contacts");
    assert_eq!(problems[0]["key"], firm.to_string());
    // The line for people names the field in their language.
    let out = db.cmd(&["check"]).env("LEJEK_LANG", "pl").output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("contacts 1"), "{text}");
    assert!(
        text.contains("pole Nazwa zawiera znaki sterujące"),
        "{text}"
    );
    // And the service will not write it back as it is: a change to the contact is refused.
    let err = db.fails(2, &["contact", "set", &firm.to_string(), "--city", "Łódź"]);
    assert!(err.contains("control characters"), "{err}");
}

#[test]
fn attachments_take_the_umask_not_the_source_files_mode() {
    let work = tempfile::tempdir().unwrap();
    let db = Db::new_in_process();
    let firm = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    let deal = db
        .add(&["deal", "add", "--title", "Ulotki", "--contact", &firm])
        .to_string();
    for (name, mode) in [("private.txt", 0o600), ("loose.sh", 0o777)] {
        let f = work.path().join(name);
        std::fs::write(&f, name).unwrap();
        std::fs::set_permissions(&f, std::fs::Permissions::from_mode(mode)).unwrap();
        db.ok(&["deal", "attach", &deal, path(&f)]);
        let sha: String = Sha256::digest(name.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let stored = db.dir.path().join("files").join(sha);
        let got = std::fs::metadata(&stored).unwrap().permissions().mode() & 0o7777;
        // lejek runs with umask 007 (src/main.rs): a new file is 0666 & !0007.
        assert_eq!(got, 0o660, "{name} (source {mode:o}) stored as {got:o}");
    }
}

#[test]
fn duplicate_csv_headers_are_refused_naming_both_columns() {
    let work = tempfile::tempdir().unwrap();
    let db = Db::new_in_process();
    let csv = work.path().join("dup.csv");
    std::fs::write(&csv, "name;email;Name\nFirma A;a@firma.pl;Firma B\n").unwrap();
    let err = db.fails(2, &["import", "contacts", path(&csv)]);
    assert!(
        err.contains("columns 1 and 3 are both named 'Name'"),
        "{err}"
    );
    assert_eq!(db.count("contact"), 0);
    // The same in a batch's contact list.
    let firm = db.add(&["contact", "add", "--name", "Firma A"]);
    let list = work.path().join("list.csv");
    std::fs::write(&list, format!("id;name;ID\n{firm};Firma A;2\n")).unwrap();
    let err = db.fails(
        2,
        &[
            "campaign",
            "create",
            "--name",
            "K",
            "--csv",
            path(&list),
            "--deal-title",
            "Oferta",
        ],
    );
    assert!(err.contains("columns 1 and 3 are both named 'ID'"), "{err}");
    assert_eq!(db.count("campaign"), 0);
    assert_eq!(db.count("deal"), 0);
}

#[test]
fn byte_order_marks_inside_a_file_do_not_stay_in_names() {
    let work = tempfile::tempdir().unwrap();
    let db = Db::new_in_process();
    // Two exports concatenated, and a cell pasted with a BOM of its own.
    let csv = work.path().join("two.csv");
    let text =
        "\u{feff}name;city\nFirma A;Łódź\n\u{feff}Firma B;Kraków\nFirma\u{feff} C;\u{feff}Gdańsk\n";
    std::fs::write(&csv, text).unwrap();
    db.ok(&["import", "contacts", path(&csv)]);
    let list = db.json(&["contact", "list"]);
    let mut names: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let s = |f: &str| c[f].as_str().unwrap_or_default().to_owned();
            (s("name"), s("city"))
        })
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            ("Firma A".to_owned(), "Łódź".to_owned()),
            ("Firma B".into(), "Kraków".into()),
            ("Firma C".into(), "Gdańsk".into()),
        ]
    );
}

unsafe extern "C" {
    #[link_name = "geteuid"]
    fn libc_geteuid() -> u32;
}

#[test]
fn an_account_without_permission_is_told_so_not_told_to_create_a_database() {
    // SAFETY: geteuid has no preconditions.
    let root = unsafe { libc_geteuid() } == 0;
    if !root || Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("notice: not root or no setpriv; skipping the other-account check");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let db = dir.path().join("db");
    let init = server_fixture::lejek_as(&db, "root")
        .args(["--no-server", "init"])
        .output()
        .unwrap();
    assert!(init.status.success(), "{}", server_fixture::stderr(&init));
    // The database directory is the group's (2770, root's group): nobody is outside it.
    for extra in [&["--no-server"][..], &[][..]] {
        let mut c = Command::new("setpriv");
        server_fixture::frozen_env(&mut c, "en")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(server_fixture::BIN)
            .arg("--db")
            .arg(&db)
            .args(extra)
            .args(["deal", "list"]);
        let out = c.output().unwrap();
        let err = server_fixture::stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{extra:?}: {err}");
        assert!(err.contains("permission denied"), "{extra:?}: {err}");
        assert!(err.contains(path(&db)), "{extra:?}: {err}");
        assert!(!err.contains("no database"), "{extra:?}: {err}");
    }
    server_fixture::stop_servers(&db);
}
