//! Format compatibility (DESIGN.md storage): bytes written by the first record format and a
//! small database made by the first build are committed under fixtures/compat/ and must be
//! readable by every later version. When a struct changes, its old layout moves to a compat
//! decoder and the expectations below change shape, but the fixture files never change.

mod common;

use chrono::{NaiveDate, TimeZone, Utc};
use common::copy_dir;
use lejek::model::*;
use lejek_core::store::{decode, encode};

const RECORDS: &str = include_str!("../fixtures/compat/v1-records.hex");

fn at(y: i32, m: u32, d: u32, h: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0)
        .single()
        .expect("valid time")
}

fn deal_ref(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Deal,
        id,
    }
}

/// The records the fixture holds, by name, encoded with the current codec.
fn expected() -> Vec<(&'static str, Vec<u8>)> {
    let pln = |minor| Money {
        minor,
        currency: "PLN".into(),
    };
    let contact = Contact {
        id: 7,
        kind: ContactKind::Person,
        name: "Żaneta Łódzka".into(),
        company_id: Some(3),
        email: Some("zaneta@firma.pl".into()),
        phone: Some("+48 600 100 200".into()),
        city: Some("Łódź".into()),
        address: Some("ul. Piotrkowska 1".into()),
        nip: Some("7251832919".into()),
        tags: vec!["vip".into(), "xmas".into()],
        roles: vec![21],
        status: Some(2),
        source: Some(5),
        end_reason: Some(11),
        ended: NaiveDate::from_ymd_opt(2026, 3, 15),
        created: at(2025, 1, 2, 9),
        // Record format 3 (issue 20): an older contact reads with no custom values.
        fields: Default::default(),
    };
    let deal = Deal {
        id: 42,
        contact_id: 7,
        title: "Ulotki A5".into(),
        offer: Some("Druk".into()),
        description: Some("Dwie wersje\nkolorystyczne".into()),
        owner: "anna".into(),
        stage: 31,
        source: Some(40),
        value: Some(pln(123_456)),
        next_activity: NaiveDate::from_ymd_opt(2026, 12, 1),
        tags: vec!["druk".into()],
        campaign_id: Some(2),
        loss_reason: None,
        created: at(2026, 1, 5, 10),
        closed: None,
        last_activity: at(2026, 11, 28, 12),
        // Record format 2 (issue 19): a version-1 deal reads with no expected close date.
        expected_close: None,
        // Record format 3 (issue 20): an older deal reads with no custom values.
        fields: Default::default(),
    };
    let campaign = Campaign {
        id: 2,
        name: "Boże Narodzenie 2026".into(),
        goals: Some("20 klientów".into()),
        rules: Some("Bez telefonów po 18".into()),
        description: None,
        tags: vec!["xmas".into()],
        created: at(2026, 10, 1, 8),
    };
    let task = Task {
        id: 5,
        kind: TaskKind::Meeting,
        title: "Spotkanie".into(),
        assignee: "piotr".into(),
        due: NaiveDate::from_ymd_opt(2026, 11, 30).and_then(|d| d.and_hms_opt(9, 15, 0)),
        done_at: Some(at(2026, 11, 30, 10)),
        deal_id: Some(42),
        campaign_id: None,
        created: at(2026, 11, 20, 8),
    };
    let note = Note {
        id: 1,
        on: deal_ref(42),
        author: "anna".into(),
        text: "Klient prosi o próbki".into(),
        created: at(2026, 11, 21, 8),
    };
    let comment = Comment {
        id: 1,
        on: EntityRef {
            kind: EntityKind::Campaign,
            id: 2,
        },
        author: "piotr".into(),
        text: "Materiały gotowe".into(),
        created: at(2026, 11, 22, 8),
    };
    let attachment = Attachment {
        id: 1,
        on: deal_ref(42),
        name: "oferta.pdf".into(),
        sha256: "ab".repeat(32),
        size: 1234,
        added_by: "anna".into(),
        created: at(2026, 11, 23, 8),
    };
    let user = User {
        login: "anna".into(),
        name: "Anna Kowalska".into(),
        admin: true,
        created: at(2025, 1, 1, 8),
    };
    let dict = DictEntry {
        id: 31,
        kind: DictKind::DealStage,
        name: "oferta".into(),
        position: 2,
        stage_kind: Some(StageKind::Open),
        retired: false,
        // Record format 2: a version-1 stage reads with neither set.
        probability: None,
        rot_days: None,
    };
    let changes = vec![
        Change::Created {
            summary: "Ulotki A5".into(),
        },
        Change::Field {
            field: "title".into(),
            old: Some("Ulotki".into()),
            new: Some("Ulotki A5".into()),
        },
        Change::DictField {
            field: "source".into(),
            old: None,
            new: Some(40),
        },
        Change::Stage {
            from: Some(30),
            to: 31,
        },
        Change::Value {
            old: None,
            new: Some(pln(123_456)),
        },
        Change::NoteAdded {
            note_id: 1,
            text: "n".into(),
        },
        Change::CommentAdded {
            comment_id: 1,
            text: "c".into(),
        },
        Change::FileAttached {
            attachment_id: 1,
            name: "oferta.pdf".into(),
        },
        Change::TaskAdded {
            task_id: 5,
            title: "t".into(),
        },
        Change::TaskDone {
            task_id: 5,
            title: "t".into(),
        },
        Change::Linked {
            to: EntityRef {
                kind: EntityKind::Campaign,
                id: 2,
            },
        },
    ];
    let mut out = vec![
        ("contact", encode(&contact)),
        ("deal", encode(&deal)),
        ("campaign", encode(&campaign)),
        ("task", encode(&task)),
        ("note", encode(&note)),
        ("comment", encode(&comment)),
        ("attachment", encode(&attachment)),
        ("user", encode(&user)),
        ("dict", encode(&dict)),
        (
            "notification",
            encode(&Notification {
                seq: 9,
                event_seq: 9,
                login: "anna".into(),
                at: at(2026, 11, 28, 12),
                read: false,
            }),
        ),
    ];
    for (i, change) in changes.into_iter().enumerate() {
        let ev = Event {
            seq: 100 + i as u64,
            at: at(2026, 11, 28, 12),
            actor: "piotr".into(),
            entity: deal_ref(42),
            change,
        };
        out.push(("event", encode(&ev)));
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex"))
        .collect()
}

/// Decode `bytes` as `T` and re-encode: the current build must read the v1 bytes as the
/// values `expected` holds, so both encode to the very same (current-format) bytes.
fn round<T: serde::de::DeserializeOwned + serde::Serialize + 'static>(bytes: &[u8]) -> Vec<u8> {
    let value: T = decode(bytes).expect("v1 record decodes");
    encode(&value)
}

#[test]
fn v1_record_bytes_decode_forever() {
    let fixture: Vec<(&str, Vec<u8>)> = RECORDS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (name, h) = l.split_once('\t').expect("name<TAB>hex");
            (name, unhex(h.trim()))
        })
        .collect();
    let expected = expected();
    assert_eq!(fixture.len(), expected.len());
    for ((name, bytes), (ename, ebytes)) in fixture.iter().zip(&expected) {
        assert_eq!(name, ename);
        assert_eq!(bytes[0], 1, "{name}: format version 1");
        let again = match *name {
            "contact" => round::<Contact>(bytes),
            "deal" => round::<Deal>(bytes),
            "campaign" => round::<Campaign>(bytes),
            "task" => round::<Task>(bytes),
            "note" => round::<Note>(bytes),
            "comment" => round::<Comment>(bytes),
            "attachment" => round::<Attachment>(bytes),
            "user" => round::<User>(bytes),
            "dict" => round::<DictEntry>(bytes),
            "notification" => round::<Notification>(bytes),
            "event" => round::<Event>(bytes),
            other => panic!("unknown record kind {other}"),
        };
        assert_eq!(
            &again, ebytes,
            "{name}: decoded value differs from the expected record"
        );
    }
}

/// Writes fixtures/compat/v1-records.hex. Run once, when the fixture was made:
/// `LEJEK_WRITE_COMPAT=1 cargo test --test compat -- --ignored write_v1_fixture`. Never rerun for a new format:
/// the point of the file is that it holds old bytes.
#[test]
#[ignore]
fn write_v1_fixture() {
    // A guard beyond #[ignore]: `cargo test -- --ignored` must not rewrite old bytes.
    if std::env::var("LEJEK_WRITE_COMPAT").as_deref() != Ok("1") {
        return;
    }
    let mut text = String::from("# Records written by lejek record format 1. Never regenerate.\n");
    for (name, bytes) in expected() {
        text.push_str(&format!("{name}\t{}\n", hex(&bytes)));
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/compat/v1-records.hex"
    );
    std::fs::write(path, text).expect("write fixture");
}

/// A whole database made by the first build (see fixtures/compat/README.md for how):
/// it opens, and its records read back with the values the script put in.
#[test]
fn v1_database_opens_and_reads() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/compat/v1-db");
    let tmp = tempfile::tempdir().expect("temp dir");
    copy_dir(&src, tmp.path());
    let bin = assert_cmd::cargo::cargo_bin("lejek");
    let run = |args: &[&str]| -> serde_json::Value {
        let out = std::process::Command::new(&bin)
            .env("LEJEK_USER", "anna")
            .env("TZ", "Europe/Warsaw")
            .env("LEJEK_LANG", "en")
            .arg("--db")
            .arg(tmp.path())
            .args(args)
            .args(["--format", "json"])
            .output()
            .expect("run lejek");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).expect("json")
    };
    let deal = run(&["deal", "show", "1"]);
    assert_eq!(deal["title"], "Ulotki A5");
    assert_eq!(deal["value"], "1234.56");
    assert_eq!(deal["stage"], "negocjacje");
    assert_eq!(deal["contact"], "Łódzka Drukarnia");
    assert_eq!(deal["campaign"], "Boże Narodzenie");
    assert_eq!(deal["notes"][0]["text"], "Próbki papieru");
    assert_eq!(deal["comments"][0]["text"], "Klient dzwonił");
    let history: Vec<String> = deal["history"]
        .as_array()
        .expect("history")
        .iter()
        .map(|e| e["text"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(
        history.iter().any(|h| h == "stage: nowy -> negocjacje"),
        "{history:?}"
    );
    let lost = run(&["deal", "show", "2"]);
    assert_eq!(lost["loss_reason"], "cena");
    let contact = run(&["contact", "show", "1"]);
    assert_eq!(contact["nip"], "7251832919");
    let inbox = run(&["inbox"]);
    assert_eq!(
        inbox.as_array().map(Vec::len),
        Some(1),
        "piotr's comment notified anna"
    );
    let tasks = run(&["task", "list"]);
    assert_eq!(tasks[0]["kind"], "meeting");
    // Writing into the v1 database adds format-2 events beside the v1 ones; both read.
    let added = run(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Nowy po v1",
        "--value",
        "10",
    ]);
    let id = added["id"].as_u64().expect("new deal id").to_string();
    let new = run(&["deal", "show", &id]);
    let first = new["history"][0]["text"].as_str().unwrap_or("");
    assert!(first.contains("(stage nowy, value PLN 10.00)"), "{first}");
    let deals = run(&["deal", "list"]);
    assert_eq!(
        deals.as_array().map(Vec::len),
        Some(3),
        "two v1 deals and the new one"
    );
}
