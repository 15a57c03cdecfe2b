//! Removal with history (issue 20 item 3), through the real binary: each removal and who
//! may do it, the history after it, `show` of a removed id, and lists, campaign totals and
//! reports after it with figures worked out by hand.

mod common;

use common::Db;
use serde_json::Value;

/// Run as `user` and expect exit `code`; stderr.
fn fails_as(db: &Db, user: &str, code: i32, args: &[&str]) -> String {
    let out = db.cmd_as(user, args).output().expect("run lejek");
    assert_eq!(
        out.status.code(),
        Some(code),
        "lejek {args:?} as {user}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// anna (admin) and ewa (user); a company, a person of it, a campaign with two deals of
/// 1000.00 and 500.00, a task on the second.
fn fixture() -> Db {
    let db = Db::new();
    db.ok(&["user", "add", "ewa", "--name", "Ewa Zając"]);
    db.ok(&["user", "add", "piotr", "--name", "Piotr Nowak"]);
    let company = db.add(&["contact", "add", "--kind", "company", "--name", "Drukarnia"]);
    let person = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Jan Kowalski",
        "--company",
        "1",
    ]);
    assert_eq!((company, person), (1, 2));
    db.ok(&["campaign", "create", "--name", "Zima"]);
    let d1 = db.add(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Kalendarze",
        "--value",
        "1000",
        "--campaign",
        "Zima",
    ]);
    let d2 = db.add(&[
        "deal",
        "add",
        "--contact",
        "2",
        "--title",
        "Ulotki",
        "--value",
        "500",
        "--campaign",
        "Zima",
    ]);
    assert_eq!((d1, d2), (1, 2));
    let t = db.add(&[
        "task",
        "add",
        "--title",
        "Zadzwonić",
        "--deal",
        "2",
        "--assignee",
        "ewa",
    ]);
    assert_eq!(t, 1);
    db
}

fn ids(v: &Value) -> Vec<u64> {
    v.as_array()
        .expect("a list")
        .iter()
        .map(|x| x["id"].as_u64().expect("id"))
        .collect()
}

fn history_changes(db: &Db, what: &str, id: &str) -> Vec<Value> {
    db.json(&[what, "show", id])["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["change"].clone())
        .collect()
}

#[test]
fn deal_note_remove_takes_the_note_off_its_deal_and_keeps_the_text_in_history() {
    let db = fixture();
    let n = db.add(&["deal", "note", "1", "Do usunięcia"]);
    // Not on deal 2: refused, nothing written.
    let err = db.fails(2, &["deal", "note-remove", "2", &n.to_string()]);
    assert!(
        err.contains(&format!("note #{n} is not on deal #2")),
        "{err}"
    );
    db.ok(&["deal", "note-remove", "1", &n.to_string()]);
    let d = db.json(&["deal", "show", "1"]);
    assert_eq!(d["notes"], serde_json::json!([]));
    let removed = history_changes(&db, "deal", "1")
        .into_iter()
        .find(|c| c.get("NoteRemoved").is_some())
        .expect("a NoteRemoved event");
    assert_eq!(removed["NoteRemoved"]["text"], "Do usunięcia");
}

#[test]
fn only_an_admin_removes_a_deal_and_then_it_is_gone_from_lists_and_totals() {
    let db = fixture();
    let before = db.snapshot();
    let err = fails_as(&db, "ewa", 2, &["deal", "remove", "2"]);
    assert!(err.contains("only an admin may remove deals"), "{err}");
    assert_eq!(db.snapshot(), before, "a refused removal writes nothing");

    let c = db.json(&["campaign", "list"]);
    assert_eq!(c[0]["open_value"], "1500.00", "1000.00 + 500.00");
    db.ok(&["deal", "remove", "2"]);
    assert_eq!(ids(&db.json(&["deal", "list"])), vec![1]);
    let c = db.json(&["campaign", "list"]);
    assert_eq!(c[0]["deals"], 1);
    assert_eq!(c[0]["open_value"], "1000.00", "only deal 1 is left");
    // Its task went with it; the contact has no deal any more.
    assert!(
        db.json(&["task", "list"])
            .as_array()
            .expect("list")
            .is_empty()
    );
    let p = db.json(&["contact", "show", "2"]);
    assert_eq!(p["deals"], serde_json::json!([]));
    // Show says who removed it and when (the frozen clock: 13:00 in Warsaw), exit 2 as a
    // missing id always was.
    let err = db.fails(2, &["deal", "show", "2"]);
    assert!(
        err.contains("deal #2 was removed by anna on 2026-11-28 13:00"),
        "{err}"
    );
    // The store is consistent afterwards.
    assert!(db.ok(&["check"]).contains("no problems found"));
}

#[test]
fn a_report_after_a_removal_counts_only_what_is_left() {
    let db = fixture();
    db.ok(&["deal", "win", "1"]);
    db.ok(&["deal", "win", "2"]);
    let won = |db: &Db| -> Value {
        db.json(&[
            "report",
            "deal-value",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
        ])
    };
    let before = won(&db).to_string();
    assert!(before.contains("1500"), "won 1000.00 + 500.00: {before}");
    db.ok(&["deal", "remove", "2"]);
    let after = won(&db).to_string();
    assert!(after.contains("1000") && !after.contains("1500"), "{after}");
}

#[test]
fn a_contact_with_deals_or_persons_is_refused_unless_asked() {
    let db = fixture();
    let err = fails_as(&db, "ewa", 2, &["contact", "remove", "2"]);
    assert!(err.contains("only an admin"), "{err}");
    let err = db.fails(2, &["contact", "remove", "2"]);
    // One deal: the noun in the singular (Fluent plural, issue 21).
    assert!(
        err.contains("contact #2 has 1 deal: remove it first"),
        "{err}"
    );
    db.ok(&["contact", "remove", "2", "--with-deals"]);
    assert_eq!(ids(&db.json(&["deal", "list"])), vec![1]);
    assert_eq!(ids(&db.json(&["contact", "list"])), vec![1]);
    let err = db.fails(2, &["contact", "show", "2"]);
    assert!(err.contains("contact #2 was removed by anna"), "{err}");

    // A company with a person: the person stays, without the company.
    let p = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Ola",
        "--company",
        "1",
    ]);
    let err = db.fails(2, &["contact", "remove", "1", "--with-deals"]);
    assert!(err.contains("company #1 has 1 person: give"), "{err}");
    db.ok(&["contact", "remove", "1", "--with-deals", "--detach-persons"]);
    let ola = db.json(&["contact", "show", &p.to_string()]);
    assert_eq!(ola["company_id"], Value::Null);
    assert!(
        db.json(&["deal", "list"])
            .as_array()
            .expect("list")
            .is_empty()
    );
    assert!(db.ok(&["check"]).contains("no problems found"));
}

#[test]
fn a_task_is_removed_by_its_assignee_or_an_admin() {
    let db = fixture();
    let err = fails_as(&db, "piotr", 2, &["task", "remove", "1"]);
    assert!(err.contains("assigned to ewa"), "{err}");
    db.ok_as("ewa", &["task", "remove", "1"]);
    assert!(
        db.json(&["task", "list"])
            .as_array()
            .expect("list")
            .is_empty()
    );
    // The deal's history says the task went.
    let gone = history_changes(&db, "deal", "2")
        .into_iter()
        .any(|c| c["Field"]["field"] == "task" && c["Field"]["old"] == "Zadzwonić");
    assert!(gone, "the deal's history names the removed task");
    // An admin may remove anyone's.
    let t = db.add(&[
        "task",
        "add",
        "--title",
        "Wysłać próbki",
        "--assignee",
        "ewa",
    ]);
    db.ok(&["task", "remove", &t.to_string()]);
}

#[test]
fn a_file_is_removed_by_who_attached_it_or_an_admin_and_its_content_when_unused() {
    let db = fixture();
    let src = db.dir.path().join("oferta.pdf");
    std::fs::write(&src, b"%PDF oferta").expect("write");
    let src = src.to_string_lossy().into_owned();
    db.ok_as("ewa", &["deal", "attach", "1", &src]);
    db.ok_as("ewa", &["deal", "attach", "2", &src]);
    let files = db.dir.path().join("files");
    let stored = || std::fs::read_dir(&files).map(|d| d.count()).unwrap_or(0);
    assert_eq!(stored(), 1, "one content for both attachments");

    let err = fails_as(
        &db,
        "piotr",
        2,
        &["deal", "file", "remove", "1", "oferta.pdf"],
    );
    assert!(err.contains("attached by ewa"), "{err}");
    db.ok_as("ewa", &["deal", "file", "remove", "1", "oferta.pdf"]);
    assert!(
        db.json(&["deal", "file", "list", "1"])
            .as_array()
            .expect("list")
            .is_empty()
    );
    assert_eq!(stored(), 1, "deal 2 still refers to the content");
    // An admin removes the other; nothing refers to the content any more.
    db.ok(&["deal", "file", "remove", "2", "oferta.pdf"]);
    assert_eq!(stored(), 0, "the content went with its last attachment");
    let gone = history_changes(&db, "deal", "2")
        .into_iter()
        .any(|c| c["Field"]["field"] == "file" && c["Field"]["old"] == "oferta.pdf");
    assert!(gone, "the deal's history names the removed file");
    let err = db.fails(2, &["deal", "file", "remove", "2", "nie-ma.pdf"]);
    assert!(err.contains("#2 has no files"), "{err}");
}

#[test]
fn a_campaign_file_can_be_removed() {
    let db = fixture();
    let src = db.dir.path().join("plakat.pdf");
    std::fs::write(&src, b"plakat").expect("write");
    db.ok(&["campaign", "attach", "Zima", &src.to_string_lossy()]);
    db.ok(&["campaign", "file", "remove", "Zima", "plakat.pdf"]);
    let list = db.json(&["campaign", "file", "list", "Zima"]);
    assert!(list.as_array().expect("list").is_empty());
}

/// An import carries only creating commands: a crafted file that wraps a removal in one is
/// refused by the service, whoever sends it.
#[test]
fn an_import_cannot_remove() {
    use lejek::service::command::Imported;
    use lejek::service::{Clock, Command, Service};
    // In process: the test opens the store itself, no server holds it.
    let db = Db::new_in_process();
    db.add(&["contact", "add", "--kind", "person", "--name", "Jan"]);
    db.add(&["deal", "add", "--contact", "1", "--title", "Ulotki"]);
    db.add(&["task", "add", "--title", "Zadzwonić", "--deal", "1"]);
    let at = chrono::DateTime::parse_from_rfc3339(common::NOW)
        .expect("time")
        .with_timezone(&chrono::Utc);
    let svc = Service::open(db.dir.path(), false, Clock::fixed(at)).expect("open");
    let actor = svc.actor("anna");
    for cmd in [
        Command::RemoveDeal { id: 1 },
        Command::RemoveTask { id: 1 },
        Command::EraseContact { id: 1 },
    ] {
        let wrapped = Command::Import(Imported::At {
            at,
            by: None,
            cmd: Box::new(cmd),
        });
        assert!(svc.apply(&actor, wrapped).is_err());
    }
    assert!(svc.deal(1).is_ok() && svc.task(1).is_ok());
}
