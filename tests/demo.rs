//! The demo data (`init --demo`, `lejek demo`) and the scale generator (`demo generate`):
//! enough data of every kind, dated in the past, the same on every run.

mod common;

use chrono::{DateTime, Utc};
use common::{Db, NOW};
use serde_json::Value;

fn now() -> DateTime<Utc> {
    NOW.parse().expect("NOW is RFC 3339")
}

fn demo_db() -> Db {
    // In process: a test reads every event from the store itself.
    let db = Db::empty_in_process();
    db.ok(&["init", "--demo"]);
    db
}

fn list(db: &Db, what: &str) -> Vec<Value> {
    db.json(&[what, "list"])
        .as_array()
        .cloned()
        .unwrap_or_default()
}

fn time(v: &Value) -> Option<DateTime<Utc>> {
    v.as_str().and_then(|s| s.parse().ok())
}

fn field<'a>(v: &'a Value, name: &str) -> Option<&'a str> {
    v.get(name).and_then(Value::as_str)
}

#[test]
fn demo_has_two_years_of_every_kind_of_record() {
    let db = demo_db();
    let deals = list(&db, "deal");
    let contacts = list(&db, "contact");
    let campaigns = list(&db, "campaign");
    assert!(deals.len() >= 500, "{} deals", deals.len());
    assert!(contacts.len() >= 150, "{} contacts", contacts.len());
    assert!(campaigns.len() >= 5, "{} campaigns", campaigns.len());

    // D6: won and lost deals, every lost one with its reason; recent ones still open.
    let kind = |d: &Value| field(d, "stage_kind").unwrap_or("").to_owned();
    let won = deals.iter().filter(|d| kind(d) == "won").count();
    let lost: Vec<&Value> = deals.iter().filter(|d| kind(d) == "lost").collect();
    let open = deals.iter().filter(|d| kind(d) == "open").count();
    assert!(
        won >= 50 && lost.len() >= 50 && open >= 50,
        "{won} won, {} lost, {open} open",
        lost.len()
    );
    assert!(lost.iter().all(|d| field(d, "loss_reason").is_some()));
    // D9: some values are still unknown; D4: deals in campaigns.
    assert!(deals.iter().any(|d| d["value"].is_null()));
    assert!(deals.iter().filter(|d| d["campaign_id"].is_u64()).count() >= 50);

    // Spread over two years: the oldest deal is more than 20 months old.
    let created: Vec<DateTime<Utc>> = deals.iter().filter_map(|d| time(&d["created"])).collect();
    let oldest = created.iter().min().copied().unwrap_or_else(now);
    assert!(
        now() - oldest > chrono::Duration::days(600),
        "oldest deal {oldest}"
    );

    // C1-C4: companies with valid NIPs (the service validates them), persons at companies
    // with roles, Polish cities, ended cooperation with reason and date.
    let companies = contacts
        .iter()
        .filter(|c| field(c, "kind") == Some("company"))
        .count();
    let persons_at_firms = contacts.iter().filter(|c| c["company_id"].is_u64()).count();
    assert!(companies >= 80 && persons_at_firms >= 50);
    assert!(contacts.iter().any(|c| c["nip"].is_string()));
    assert!(
        contacts
            .iter()
            .any(|c| c["roles"].as_array().is_some_and(|r| !r.is_empty()))
    );
    let ended: Vec<&Value> = contacts.iter().filter(|c| c["ended"].is_string()).collect();
    assert!(ended.len() >= 3, "{} ended", ended.len());
    assert!(ended.iter().all(|c| field(c, "end_reason").is_some()));
    let cities: Vec<&str> = contacts.iter().filter_map(|c| field(c, "city")).collect();
    assert!(cities.contains(&"Łódź") || cities.contains(&"Kraków") || cities.contains(&"Gdańsk"));

    // X3: the filter language finds Polish text without diacritics.
    let lodz = db.json(&["contact", "list", "--filter", "city:lodz"]);
    assert_eq!(
        lodz.as_array().map(Vec::len),
        Some(cities.iter().filter(|c| **c == "Łódź").count())
    );

    // D13: tasks and meetings, some done.
    let tasks = list(&db, "task");
    assert!(tasks.len() >= 50);
    assert!(tasks.iter().any(|t| t["done_at"].is_string()));
    assert!(tasks.iter().any(|t| t["done_at"].is_null()));
    assert!(tasks.iter().any(|t| field(t, "kind") == Some("meeting")));
}

#[test]
fn demo_is_reproducible_and_nothing_is_in_the_future() {
    let (a, b) = (demo_db(), demo_db());
    for what in ["deal", "contact", "campaign", "task"] {
        assert_eq!(
            a.json(&[what, "list"]),
            b.json(&[what, "list"]),
            "{what} list differs"
        );
    }

    let now = now();
    for d in list(&a, "deal") {
        for f in ["created", "last_activity", "closed"] {
            if let Some(t) = time(&d[f]) {
                assert!(t <= now, "deal {} {f} {t} is after {now}", d["id"]);
            }
        }
    }
    for c in list(&a, "contact") {
        assert!(
            time(&c["created"]).is_some_and(|t| t <= now),
            "contact {}",
            c["id"]
        );
    }
    for t in list(&a, "task") {
        if let Some(done) = time(&t["done_at"]) {
            assert!(done <= now, "task {}", t["id"]);
        }
    }
    // Every event, read from the database itself.
    let svc = lejek::service::Service::open(a.dir.path(), false, lejek::service::Clock::fixed(now))
        .expect("open the demo database");
    let mut events = 0;
    for ev in svc.events() {
        let ev = ev.expect("event decodes");
        assert!(
            ev.at <= now,
            "event {} at {} is in the future",
            ev.seq,
            ev.at
        );
        events += 1;
    }
    assert!(events > 3_000, "{events} events");
}

#[test]
fn demo_inboxes_fill_from_colleagues_work() {
    let db = demo_db();
    // The admin (anna in the harness) is also a salesperson; the others are created.
    let users = list(&db, "user");
    for login in ["anna", "piotr", "kasia", "tomek"] {
        assert!(
            users.iter().any(|u| field(u, "login") == Some(login)),
            "{login}"
        );
    }
    for login in ["piotr", "kasia"] {
        let inbox = db.json_as(login, &["inbox", "--all"]);
        assert!(
            inbox.as_array().is_some_and(|n| n.len() >= 5),
            "{login}'s inbox: {inbox}"
        );
    }
}

#[test]
fn lejek_demo_creates_its_own_database_once() {
    let home = tempfile::tempdir().expect("temp dir");
    let real = tempfile::tempdir().expect("temp dir");
    let run = || {
        let mut c = assert_cmd::Command::cargo_bin("lejek").expect("binary");
        c.env_clear()
            .env("LEJEK_NOW", NOW)
            .env("TZ", "Europe/Warsaw")
            .env("LEJEK_USER", "anna")
            .env("LEJEK_LANG", "en")
            .env("XDG_DATA_HOME", home.path())
            // The user's real database must not be touched by `lejek demo`.
            .env("LEJEK_DB", real.path().join("db"))
            .arg("demo");
        c.output().expect("run lejek demo")
    };
    let first = run();
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    assert!(home.path().join("lejek-demo").join("store").exists());
    assert!(!real.path().join("db").exists());
    let second = run();
    assert!(second.status.success());
    // The same data, not a second copy.
    assert_eq!(first.stdout, second.stdout);
    let out = String::from_utf8_lossy(&first.stdout);
    assert!(out.contains("Ulotki") || out.contains("Wizytówki") || out.contains("Katalog"));
    assert!(String::from_utf8_lossy(&second.stderr).contains("lejek-demo"));
}

#[test]
fn generate_is_deterministic_for_a_seed() {
    let generated = || {
        let db = Db::empty();
        db.ok(&[
            "demo",
            "generate",
            "--contacts",
            "2000",
            "--deals",
            "6000",
            "--seed",
            "7",
        ]);
        db
    };
    let (a, b) = (generated(), generated());
    let deals = a.json(&["deal", "list"]);
    assert_eq!(deals.as_array().map(Vec::len), Some(6000));
    assert_eq!(deals, b.json(&["deal", "list"]));
    let contacts = a.json(&["contact", "list"]);
    assert_eq!(contacts.as_array().map(Vec::len), Some(2000));
    assert_eq!(contacts, b.json(&["contact", "list"]));
    let lost = deals
        .as_array()
        .into_iter()
        .flatten()
        .filter(|d| field(d, "stage_kind") == Some("lost"))
        .count();
    assert!(
        lost > 0
            && deals
                .as_array()
                .into_iter()
                .flatten()
                .all(|d| { time(&d["last_activity"]).is_some_and(|t| t <= now()) })
    );

    // Another seed, other data.
    let c = Db::empty();
    c.ok(&[
        "demo",
        "generate",
        "--contacts",
        "20",
        "--deals",
        "30",
        "--seed",
        "8",
    ]);
    let other = c.json(&["deal", "list"]);
    let first_titles = |v: &Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .take(30)
            .filter_map(|d| field(d, "title").map(str::to_owned))
            .collect()
    };
    assert_ne!(first_titles(&other), first_titles(&deals));
}

#[test]
fn generate_refuses_deals_without_contacts() {
    let db = Db::empty();
    db.fails(2, &["demo", "generate", "--contacts", "0", "--deals", "5"]);
}
