//! The RODO rights (issue 20 item 4) through the real binary: `contact export-personal`
//! holds everything about the person (old values too), `contact erase` leaves no trace of
//! the name, e-mail or phone in what lejek writes (an export, a new backup, lists and cards,
//! the outbox, the server log, the read model's saved copy), and every report is the same
//! before and after.

mod common;

use std::path::Path;

use common::Db;
use serde_json::Value;

const NAME: &str = "Zenobia Przykładowa";
const SECRETS: [&str; 5] = [
    "Zenobia",
    "Przykładowa",
    "zenobia@przyklad.pl",
    "zenobia.nowy",
    "601 202 303",
];
const REPORTS: [&str; 9] = [
    "contact-sources",
    "contact-end-reasons",
    "deal-sources",
    "deal-loss-reasons",
    "deal-value",
    "sales-activity",
    "funnel",
    "deal-stages",
    "forecast",
];

/// anna (admin), ewa (user). The person #1 with a changed e-mail, a won deal of 2000.00
/// with a note naming her, an e-mail sent to her (outbox); another
/// company #2 with a deal of 700.00 whose note mentions her e-mail.
fn fixture() -> Db {
    fixture_in(Db::new())
}

fn fixture_in(db: Db) -> Db {
    db.ok(&["user", "add", "ewa", "--name", "Ewa Zając"]);
    let p = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        NAME,
        "--email",
        "zenobia@przyklad.pl",
        "--phone",
        "+48 601 202 303",
        "--address",
        "ul. Polna 3",
    ]);
    assert_eq!(p, 1);
    db.ok(&["contact", "set", "1", "--email", "zenobia.nowy@przyklad.pl"]);
    let d = db.add(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Szkolenie",
        "--value",
        "2000",
    ]);
    assert_eq!(d, 1);
    db.ok(&["deal", "note", "1", "Zenobia prosi o fakturę na firmę"]);
    db.ok(&[
        "template",
        "add",
        "--kind",
        "email",
        "--name",
        "oferta",
        "--subject",
        "Oferta dla {{contact.name}}",
        "--body",
        "Dzień dobry {{contact.name}}, oferta.",
    ]);
    db.ok(&["send", "email", "--deal", "1", "--template", "oferta"]);
    db.ok(&["deal", "win", "1"]);
    let c = db.add(&["contact", "add", "--kind", "company", "--name", "Hurtownia"]);
    assert_eq!(c, 2);
    db.add(&[
        "deal",
        "add",
        "--contact",
        "2",
        "--title",
        "Papier",
        "--value",
        "700",
    ]);
    db.ok(&["deal", "note", "2", "Pisać też do zenobia@przyklad.pl"]);
    db
}

fn fails_as(db: &Db, user: &str, code: i32, args: &[&str]) -> String {
    let out = db.cmd_as(user, args).output().expect("run lejek");
    assert_eq!(out.status.code(), Some(code), "lejek {args:?} as {user}");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn export_personal_holds_the_record_its_past_its_deals_messages_and_mentions() {
    let db = fixture();
    let err = fails_as(&db, "ewa", 2, &["contact", "export-personal", "1"]);
    assert!(err.contains("only an admin may export"), "{err}");
    let v: Value =
        serde_json::from_str(&db.ok(&["contact", "export-personal", "1"])).expect("JSON");
    assert_eq!(v["contact"]["name"], NAME);
    assert_eq!(v["contact"]["email"], "zenobia.nowy@przyklad.pl");
    // The old e-mail, from the history (art. 15: what was held too).
    let history = v["history"].to_string();
    assert!(history.contains("zenobia@przyklad.pl"), "{history}");
    assert_eq!(v["deals"].as_array().expect("deals").len(), 1);
    assert_eq!(v["deals"][0]["deal"]["title"], "Szkolenie");
    assert_eq!(
        v["deals"][0]["notes"][0]["text"],
        "Zenobia prosi o fakturę na firmę"
    );
    let m = &v["messages"][0]["message"];
    assert_eq!(m["to"], "zenobia.nowy@przyklad.pl");
    assert!(m["body"].as_str().expect("body").contains(NAME));
    // The other company's note names her old address.
    assert_eq!(v["mentions"].as_array().expect("mentions").len(), 1);
    assert_eq!(
        v["mentions"][0]["note"]["text"],
        "Pisać też do zenobia@przyklad.pl"
    );

    // -o writes a file only its owner may read.
    let out = db.dir.path().join("osoba.json");
    db.ok(&[
        "contact",
        "export-personal",
        "1",
        "-o",
        &out.to_string_lossy(),
    ]);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&out).expect("file").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let again: Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("read")).expect("JSON");
    assert_eq!(again, v);
    // Never over an existing file.
    let err = db.fails(
        2,
        &[
            "contact",
            "export-personal",
            "1",
            "-o",
            &out.to_string_lossy(),
        ],
    );
    assert!(err.contains("exists"), "{err}");
}

fn reports(db: &Db) -> Vec<String> {
    REPORTS
        .iter()
        .map(|r| db.json(&["report", r]).to_string())
        .collect()
}

/// Every file under `dir`, except the sled store's own files (its log keeps old pages
/// until they are compacted: the README says so, and a new backup does not carry them).
fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n != "store") {
                files_under(&p, out);
            }
        } else if p.is_file() {
            // Regular files only: the server's socket is no file to read.
            out.push(p);
        }
    }
}

#[test]
fn erase_leaves_no_trace_of_the_person_and_no_report_changes() {
    let db = fixture();
    let err = fails_as(&db, "ewa", 2, &["contact", "erase", "1", "--yes"]);
    assert!(err.contains("only an admin may erase"), "{err}");
    let before = reports(&db);
    let won: Value = db.json(&["report", "deal-stages"]);
    assert!(
        won.to_string().contains("2000"),
        "the won 2000.00 counts: {won}"
    );

    db.ok(&["contact", "erase", "1"]);
    assert_eq!(reports(&db), before, "amounts, stages and dates stay");

    let card = db.json(&["contact", "show", "1"]);
    assert_eq!(card["name"], "[usunięto #1]");
    assert_eq!(card["email"], Value::Null);
    assert_eq!(card["phone"], Value::Null);
    // The history says the record existed and who erased it.
    let erased = card["history"]
        .as_array()
        .expect("history")
        .iter()
        .find(|e| e["change"]["Field"]["field"] == "erased")
        .expect("the erase event")
        .clone();
    assert_eq!(erased["actor"], "anna");
    // The deal keeps its value and stage; the message lost address and body.
    let deal = db.json(&["deal", "show", "1"]);
    assert_eq!(deal["value"], "2000.00");
    assert_eq!(deal["stage_kind"], "won");

    let all = db.dir.path().join("all.json");
    db.ok(&[
        "export",
        "all",
        "--format",
        "json",
        "-o",
        &all.to_string_lossy(),
    ]);
    let bak = db.dir.path().join("after.bak");
    db.ok(&["backup", &bak.to_string_lossy()]);
    let mut files = Vec::new();
    files_under(db.dir.path(), &mut files);
    let screens = [
        db.ok(&["contact", "list"]),
        db.ok(&["contact", "show", "1"]),
        db.ok(&["deal", "show", "1"]),
        db.ok(&["deal", "show", "2"]),
        db.ok(&["deal", "list"]),
    ];
    for s in SECRETS {
        for f in &files {
            let bytes = std::fs::read(f).expect("read");
            assert!(
                !bytes.windows(s.len()).any(|w| w == s.as_bytes()),
                "{} still holds {s}",
                f.display()
            );
        }
        for screen in &screens {
            assert!(!screen.contains(s), "a screen still shows {s}:\n{screen}");
        }
    }
    // The other company's note keeps its words, without her address.
    let other = db.json(&["deal", "show", "2"]);
    assert_eq!(other["notes"][0]["text"], "Pisać też do [usunięto]");
    assert!(db.ok(&["check"]).contains("no problems found"));
}

/// Without a server each command saves the read model's copy under `<db>/cache` itself:
/// the copy written after the erase holds none of her data either.
#[test]
fn erase_in_process_leaves_a_clean_saved_read_model() {
    let db = fixture_in(Db::new_in_process());
    db.ok(&["report", "funnel"]);
    let cache = db.dir.path().join("cache").join("reports.bin");
    let holds = |s: &str| {
        std::fs::read(&cache)
            .map(|b| b.windows(s.len()).any(|w| w == s.as_bytes()))
            .unwrap_or(false)
    };
    assert!(
        holds("Zenobia"),
        "control: the saved copy holds the name before"
    );
    db.ok(&["contact", "erase", "1", "--yes"]);
    db.ok(&["report", "funnel"]);
    db.ok(&["contact", "list"]);
    for s in SECRETS {
        assert!(!holds(s), "the saved read model still holds {s}");
    }
}

/// A duplicate merged into the person (issue 20 item 2) is the same person's older record,
/// kept behind its redirect: erasing the person erases it too, so a new backup holds neither.
#[test]
fn erase_also_erases_the_duplicates_merged_into_the_person() {
    let db = Db::new();
    let keep = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        NAME,
        "--email",
        "zenobia@przyklad.pl",
    ]);
    let other = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Zenobia Przykładowa-Stara",
        "--phone",
        "+48 601 202 303",
        "--email",
        "zenobia@przyklad.pl",
    ]);
    db.ok(&["contact", "merge", &keep.to_string(), &other.to_string()]);
    db.ok(&["contact", "erase", &keep.to_string()]);
    let bak = db.dir.path().join("after-merge.bak");
    db.ok(&["backup", &bak.to_string_lossy()]);
    let bytes = std::fs::read(&bak).expect("backup");
    for s in [
        "Zenobia",
        "Przykładowa",
        "zenobia@przyklad.pl",
        "601 202 303",
    ] {
        assert!(
            !bytes.windows(s.len()).any(|w| w == s.as_bytes()),
            "the backup still holds {s}"
        );
    }
    // The merged record's own card (read through its history) is anonymised as well.
    let history = db.ok(&["contact", "show", &other.to_string()]);
    assert!(!history.contains("Zenobia"), "{history}");
}

/// A contact's custom text field (issue 20 item 1) may hold anything about the person: an
/// erase clears it, now and in history; a number field is no personal data and stays.
#[test]
fn erase_clears_the_persons_custom_text_fields_and_keeps_numbers() {
    let db = Db::new();
    db.ok(&[
        "field", "add", "contact", "--name", "pesel", "--kind", "text",
    ]);
    db.ok(&[
        "field", "add", "contact", "--name", "rabat", "--kind", "number",
    ]);
    let p = db.add(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        NAME,
        "--field",
        "pesel=85010112345",
        "--field",
        "rabat=5",
    ]);
    db.ok(&[
        "contact",
        "set",
        &p.to_string(),
        "--field",
        "pesel=85010154321",
    ]);
    db.ok(&["contact", "erase", &p.to_string()]);
    let card = db.json(&["contact", "show", &p.to_string()]);
    assert_eq!(card["fields"]["rabat"], "5", "{card}");
    assert_eq!(card["fields"].get("pesel"), None, "{card}");
    let bak = db.dir.path().join("fields.bak");
    db.ok(&["backup", &bak.to_string_lossy()]);
    let bytes = std::fs::read(&bak).expect("backup");
    for s in ["85010112345", "85010154321", "Zenobia"] {
        assert!(
            !bytes.windows(s.len()).any(|w| w == s.as_bytes()),
            "the backup still holds {s}"
        );
    }
}
