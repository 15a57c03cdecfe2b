//! `lejek import` (X5, issue 7) through the real binary: spreadsheets as Excel saves them
//! on Polish Windows (Windows-1250, `;`) and as UTF-8 with a BOM, broken rows and their
//! rejects file, deals with history counted by the reports in the periods the file gives,
//! dedupe and `--update`, `--dry-run`, `--create-missing`, exit codes, chunks a bad row
//! does not spoil, and `import all` of an `export all`.
//!
//! The fixtures in fixtures/import/ are written by `write_fixtures` (run it with
//! `cargo test --test import -- --ignored`); `fixtures_are_what_the_generator_writes`
//! keeps the committed bytes and the generator in step.

mod common;
use common::Db;

use std::path::{Path, PathBuf};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/import")
        .join(name)
}

fn arg(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// Contacts as Excel on Polish Windows saves "CSV": Windows-1250, `;`, CRLF, Polish
/// headers, an extra column lejek does not know, and a person listed before their firm.
const EXCEL_CONTACTS: &str = "\
Nazwa;Typ;NIP;E-mail;Telefon;Miasto;Adres;Status;Źródło;Tagi;Firma;Uwagi\r
Jan Kowalski;osoba;;jan.kowalski@drukarnia.pl;600 700 800;Łódź;;;;;Łódzka Drukarnia Sp. z o.o.;Decyduje o zakupach\r
Łódzka Drukarnia Sp. z o.o.;firma;725-183-29-19;biuro@drukarnia.pl;+48 42 600 100 200;Łódź;ul. Piotrkowska 1;potencjalny;targi;vip druk;;Klient z targów\r
Zakład Usług Różnych „Żuraw”;firma;5261048221;zuraw@example.pl;;Świętochłowice;;aktualny;polecenie;;;\r
Ślusarnia Źdźbło;firma;7792403302;slusarnia@example.pl;;Gdańsk;ul. Długa 5;;;;;Zapłacić do środy\r
";

/// The JSON field names as headers, `,`, UTF-8 with a BOM, creation dates.
const BOM_CONTACTS: &str = "\u{feff}name,kind,nip,email,phone,city,status,source,tags,company,created
Hurtownia Papieru Kraft,company,9512345675,kraft@example.pl,+48 12 400 500 600,Kraków,current,referral,paper,,2016-03-14
Anna Zielińska,person,,anna.z@example.pl,,Kraków,,,,Hurtownia Papieru Kraft,2016-03-15
\"Drukarnia \"\"Pod Wagą\"\"\",company,6723001238,,,Poznań,potential,website,\"vip,druk\",,
";

/// Rows that must be rejected, each for one reason, between two good ones.
const BROKEN_CONTACTS: &str = "\
nazwa;typ;nip;e-mail;miasto;status;utworzono
Dobra Firma;firma;;dobra@example.pl;Kraków;potencjalny;2020-05-01
Zła Firma;firma;7251832918;zla@example.pl;Kraków;potencjalny;2020-05-01
Za Krótki Wiersz;firma;;krotki@example.pl
Zła Data;firma;;data@example.pl;Kraków;potencjalny;2020-02-30
Nieznany Status;firma;;status@example.pl;Kraków;zagubiony;
Też Nieznany;firma;;tez@example.pl;Gdańsk;zagubiony;
;firma;;;;;
Druga Dobra;firma;8441122334;druga@example.pl;Gdańsk;;
";

/// Deals with their history: created, stage, value, owner, source, closed, loss reason.
const DEALS_HISTORY: &str = "\
Tytuł;Klient;Właściciel;Etap;Wartość;Źródło;Utworzono;Zamknięto;Powód utraty
Ulotki A5;Łódzka Drukarnia Sp. z o.o.;anna;wygrany;1 200,00 zł;polecenie;2016-10-20;2017-03-01;
Katalog produktów;Zakład Usług Różnych „Żuraw”;anna;przegrany;5 000,00;targi;2016-11-05;2017-01-15;cena
Plakaty B1;Ślusarnia Źdźbło;anna;oferta;800;;2017-02-10;;
Wizytówki;Jan Kowalski;anna;wygrany;300,00;;20.05.2017;30.06.2017;
Banery;Łódzka Drukarnia Sp. z o.o.;anna;wygrany;999,00;;2015-12-01;2016-02-01;
";

/// Deal rows with an unknown stage, bad money, a bad date, an unknown contact, too few
/// columns, and an owner who is not a user.
const BROKEN_DEALS: &str = "\
tytuł;klient;etap;wartość;utworzono;opiekun
Dobry;Ślusarnia Źdźbło;oferta;100;2017-01-01;anna
Zły etap;Ślusarnia Źdźbło;zamrożony;100;2017-01-01;anna
Zła kwota;Ślusarnia Źdźbło;oferta;12,5,0;2017-01-01;anna
Zła data;Ślusarnia Źdźbło;oferta;100;31.02.2017;anna
Brak klienta;Nieistniejąca Sp. z o.o.;oferta;100;2017-01-01;anna
Za mało;Ślusarnia Źdźbło
Nowy opiekun;Ślusarnia Źdźbło;oferta;100;2017-01-01;Piotr Nowak
Drugi etap;Ślusarnia Źdźbło;zamrożony;200;2017-01-02;anna
";

/// Every fixture: its name and bytes.
fn fixtures() -> Vec<(&'static str, Vec<u8>)> {
    let cp1250 = |s: &str| {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1250.encode(s);
        assert!(!unmappable, "not in Windows-1250: {s}");
        bytes.into_owned()
    };
    vec![
        ("kontakty-excel-cp1250.csv", cp1250(EXCEL_CONTACTS)),
        ("contacts-utf8-bom.csv", BOM_CONTACTS.as_bytes().to_vec()),
        ("kontakty-bledne.csv", BROKEN_CONTACTS.as_bytes().to_vec()),
        ("interesy-historia.csv", DEALS_HISTORY.as_bytes().to_vec()),
        ("interesy-bledne.csv", BROKEN_DEALS.as_bytes().to_vec()),
    ]
}

#[test]
#[ignore = "writes fixtures/import/; run when the fixtures change"]
fn write_fixtures() {
    let dir = fixture("");
    std::fs::create_dir_all(&dir).expect("fixtures dir");
    for (name, bytes) in fixtures() {
        std::fs::write(dir.join(name), bytes).expect("write fixture");
    }
}

#[test]
fn fixtures_are_what_the_generator_writes() {
    for (name, bytes) in fixtures() {
        let on_disk = std::fs::read(fixture(name)).expect("fixture exists");
        assert!(on_disk == bytes, "{name} differs from write_fixtures");
    }
    // The Excel file really is Windows-1250: not UTF-8, and „ ” ś ź are the 0x80-0x9F bytes.
    let excel = std::fs::read(fixture("kontakty-excel-cp1250.csv")).expect("fixture");
    assert!(std::str::from_utf8(&excel).is_err());
    assert!(excel.contains(&0x84) && excel.contains(&0x9C) && excel.contains(&0x9F));
}

/// A database initialised in Polish (Polish dictionaries), admin `anna`.
fn polish_db() -> Db {
    let db = Db::empty();
    db.ok(&["--lang", "pl", "init"]);
    db
}

/// Run an import with `--format json`: (exit code, summary, stderr).
fn import(db: &Db, args: &[&str]) -> (i32, Value, String) {
    let mut a = vec!["import"];
    a.extend(args);
    a.extend(["--format", "json"]);
    let out = db.cmd(&a).output().expect("run lejek");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary = serde_json::from_str(&stdout).unwrap_or(Value::Null);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), summary, stderr)
}

fn counts(s: &Value) -> [u64; 4] {
    ["created", "updated", "skipped", "rejected"].map(|k| s[k].as_u64().unwrap_or(u64::MAX))
}

fn by_name<'a>(list: &'a Value, name: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|c| c["name"] == name))
        .unwrap_or_else(|| panic!("no {name} in {list}"))
}

#[test]
fn an_excel_windows_1250_file_imports_with_its_polish_letters() {
    let db = polish_db();
    let file = fixture("kontakty-excel-cp1250.csv");
    let (code, s, err) = import(&db, &["contacts", arg(&file)]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [4, 0, 0, 0]);
    // The column lejek has no field for is named once, not silently dropped.
    assert!(err.contains("columns ignored: Uwagi"), "{err}");
    assert_eq!(s["ignored_columns"], serde_json::json!(["Uwagi"]));

    let list = db.json(&["contact", "list"]);
    let firm = by_name(&list, "Łódzka Drukarnia Sp. z o.o.");
    assert_eq!(firm["city"], "Łódź");
    assert_eq!(firm["nip"], "7251832919");
    assert_eq!(firm["status"], "potencjalny");
    assert_eq!(firm["source"], "targi");
    assert_eq!(firm["tags"], serde_json::json!(["vip", "druk"]));
    assert_eq!(firm["address"], "ul. Piotrkowska 1");
    // Listed before his firm, Jan still works there: companies are written first.
    let jan = by_name(&list, "Jan Kowalski");
    assert_eq!(jan["kind"], "person");
    assert_eq!(jan["company_id"], firm["id"]);
    assert_eq!(jan["phone"], "600 700 800");
    let zuraw = by_name(&list, "Zakład Usług Różnych „Żuraw”");
    assert_eq!(zuraw["city"], "Świętochłowice");
    assert_eq!(by_name(&list, "Ślusarnia Źdźbło")["city"], "Gdańsk");
    // Diacritic-insensitive search finds what was imported.
    let found = db.json(&["contact", "list", "--filter", "swietochlowice"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1));
}

#[test]
fn a_utf8_file_with_a_bom_imports_and_its_json_reads_back() {
    let db = Db::new();
    let (code, s, err) = import(&db, &["contacts", arg(&fixture("contacts-utf8-bom.csv"))]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [3, 0, 0, 0]);
    let list = db.json(&["contact", "list"]);
    let kraft = by_name(&list, "Hurtownia Papieru Kraft");
    // 2016-03-14 in the file: local noon in Warsaw (UTC+1 in March).
    assert_eq!(kraft["created"], "2016-03-14T11:00:00Z");
    assert_eq!(kraft["status"], "current");
    assert_eq!(by_name(&list, "Anna Zielińska")["company_id"], kraft["id"]);
    let waga = by_name(&list, "Drukarnia \"Pod Wagą\"");
    assert_eq!(waga["tags"], serde_json::json!(["vip", "druk"]));
    // Created now when the file does not say.
    assert_eq!(waga["created"], common::NOW);

    // `contact list --format json` (= `export contacts --format json`) into another
    // database gives the same contacts, dates included.
    let json = db.dir.path().join("contacts.json");
    std::fs::write(&json, db.ok(&["contact", "list", "--format", "json"])).expect("write");
    let other = Db::new();
    let (code, s, err) = import(&other, &["contacts", arg(&json)]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [3, 0, 0, 0]);
    let strip = |v: Value| -> Vec<Value> {
        let mut all: Vec<Value> = v.as_array().cloned().unwrap_or_default();
        for c in &mut all {
            for k in ["id", "company_id"] {
                c.as_object_mut().map(|o| o.remove(k));
            }
        }
        all.sort_by_key(|c| c["name"].to_string());
        all
    };
    assert_eq!(
        strip(other.json(&["contact", "list"])),
        strip(db.json(&["contact", "list"]))
    );
}

#[test]
fn broken_rows_are_rejected_with_their_line_and_reason_and_the_rest_imported() {
    let db = polish_db();
    let rejects = db.dir.path().join("odrzucone.csv");
    let file = fixture("kontakty-bledne.csv");
    let (code, s, err) = import(&db, &["contacts", arg(&file), "--rejects", arg(&rejects)]);
    assert_eq!(code, 3, "partial: {s} {err}");
    assert_eq!(counts(&s), [2, 0, 0, 6]);
    let names: Vec<String> = db
        .json(&["contact", "list"])
        .as_array()
        .expect("list")
        .iter()
        .map(|c| c["name"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(names, vec!["Dobra Firma", "Druga Dobra"]);

    let lines: Vec<u64> = s["rejects"]
        .as_array()
        .expect("rejects")
        .iter()
        .map(|r| r["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(lines, vec![3, 4, 5, 6, 7, 8]);
    // The unknown status is told once, with both its lines.
    assert_eq!(s["unknown"][0]["field"], "contact-status");
    assert_eq!(s["unknown"][0]["value"], "zagubiony");
    assert_eq!(s["unknown"][0]["lines"], serde_json::json!([6, 7]));
    assert_eq!(err.matches("zagubiony").count(), 1, "{err}");
    assert!(err.contains("line 3: invalid NIP"), "{err}");

    // The rejects file: the file's columns, then line and reason; UTF-8 with a BOM and the
    // file's `;`, ready to fix and import again.
    let text = std::fs::read_to_string(&rejects).expect("rejects written");
    let expected = "\u{feff}nazwa;typ;nip;e-mail;miasto;status;utworzono;line;reason
Zła Firma;firma;7251832918;zla@example.pl;Kraków;potencjalny;2020-05-01;3;\"invalid NIP: '7251832918' (the check digit does not match; check for a typo)\"
Za Krótki Wiersz;firma;;krotki@example.pl;;;;4;the row has 4 columns, the header 7
Zła Data;firma;;data@example.pl;Kraków;potencjalny;2020-02-30;5;no such day: '2020-02-30'
Nieznany Status;firma;;status@example.pl;Kraków;zagubiony;;6;unknown contact-status 'zagubiony'
Też Nieznany;firma;;tez@example.pl;Gdańsk;zagubiony;;7;unknown contact-status 'zagubiony'
;firma;;;;;;8;Name must not be empty
";
    assert_eq!(text, expected);

    // Fixed and imported again: the rejects file's own line and reason columns are known
    // and ignored, and the good rows already in are not doubled.
    let fixed = text
        .replace("7251832918", "1112223332")
        .replace("2020-02-30", "2020-02-28")
        .replace("zagubiony", "aktualny")
        .replace("krotki@example.pl;;;;4", "krotki@example.pl;Kraków;;;4");
    let again = db.dir.path().join("poprawione.csv");
    std::fs::write(&again, fixed).expect("write");
    let (code, s, err) = import(&db, &["contacts", arg(&again)]);
    assert_eq!(code, 3, "{s} {err}");
    assert_eq!(
        counts(&s),
        [5, 0, 0, 1],
        "only the nameless row is left: {s}"
    );
    assert!(
        s["ignored_columns"].as_array().is_some_and(Vec::is_empty),
        "{s}"
    );
}

/// Report rows as (first column, count, value) from a report's JSON.
fn report_rows(v: &Value) -> Vec<(String, i64, String)> {
    let cols: Vec<&str> = v["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c["id"].as_str().or(c.as_str()).unwrap_or(""))
        .collect();
    let at = |name: &str| cols.iter().position(|c| *c == name).expect("column");
    let (count, value) = (at("count"), at("value"));
    v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r[0].as_str()
                    .map(str::to_owned)
                    .unwrap_or_else(|| r[0].to_string()),
                r[count].as_i64().unwrap_or(-1),
                r[value].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn imported_deals_count_in_the_periods_of_their_history() {
    let db = polish_db();
    let (code, s, err) = import(
        &db,
        &["contacts", arg(&fixture("kontakty-excel-cp1250.csv"))],
    );
    assert_eq!(code, 0, "{s} {err}");
    let (code, s, err) = import(&db, &["deals", arg(&fixture("interesy-historia.csv"))]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [5, 0, 0, 0]);

    let deals = db.json(&["deal", "list"]);
    let ulotki = by_title(&deals, "Ulotki A5");
    assert_eq!(ulotki["stage"], "wygrany");
    assert_eq!(ulotki["value"], "1200.00");
    assert_eq!(ulotki["source"], "polecenie");
    // Local noon of the file's days (Warsaw: UTC+2 in October, UTC+1 in March).
    assert_eq!(ulotki["created"], "2016-10-20T10:00:00Z");
    assert_eq!(ulotki["closed"], "2017-03-01T11:00:00Z");
    assert_eq!(ulotki["last_activity"], "2017-03-01T11:00:00Z");
    let katalog = by_title(&deals, "Katalog produktów");
    assert_eq!(katalog["stage_kind"], "lost");
    assert_eq!(katalog["loss_reason"], "cena");
    assert_eq!(by_title(&deals, "Plakaty B1")["closed"], Value::Null);

    // R5 by quarter over 2016-2017, deals counted where they were created:
    //   2016-Q4: Ulotki A5 (20.10, 1 200,00) + Katalog produktów (05.11, 5 000,00) = 2, 6 200,00
    //   2017-Q1: Plakaty B1 (10.02, 800,00) = 1
    //   2017-Q2: Wizytówki (20.05, 300,00) = 1
    //   Banery was created in 2015 and is outside; the other quarters are empty.
    let r = db.json(&[
        "report",
        "deal-value",
        "--from",
        "2016-01-01",
        "--to",
        "2017-12-31",
        "--interval",
        "quarter",
    ]);
    let rows = report_rows(&r);
    assert_eq!(rows.len(), 8, "{r}");
    let got: Vec<(i64, &str)> = rows.iter().map(|(_, c, v)| (*c, v.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (0, "0.00"),
            (0, "0.00"),
            (0, "0.00"),
            (2, "6200.00"),
            (1, "800.00"),
            (1, "300.00"),
            (0, "0.00"),
            (0, "0.00"),
        ],
        "{r}"
    );

    // The win is dated 2017-03-01: at the end of 28 February Ulotki A5 was still open,
    // a day later it was won (R5 of 2016-Q4's deals in a won stage, from history).
    let won_by = |day: &str| {
        let r = db.json(&[
            "report",
            "deal-value",
            "--from",
            "2016-10-01",
            "--to",
            "2016-12-31",
            "--interval",
            "quarter",
            "--stage-kind",
            "won",
            "--as-of",
            day,
        ]);
        report_rows(&r)
            .into_iter()
            .map(|(_, c, v)| (c, v))
            .collect::<Vec<_>>()
    };
    assert_eq!(won_by("2017-02-28"), vec![(0, "0.00".to_owned())]);
    assert_eq!(won_by("2017-03-01"), vec![(1, "1200.00".to_owned())]);

    // R4 counts a loss where it happened: Katalog produktów, lost 2017-01-15 over price.
    let lost = |from: &str, to: &str| {
        let r = db.json(&["report", "deal-loss-reasons", "--from", from, "--to", to]);
        report_rows(&r)
            .into_iter()
            .filter(|(_, c, _)| *c > 0)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        lost("2017-01-01", "2017-03-31"),
        vec![("cena".to_owned(), 1, "5000.00".to_owned())]
    );
    assert!(lost("2016-10-01", "2016-12-31").is_empty());
    assert!(
        lost("2026-01-01", "2026-12-31").is_empty(),
        "not on the day of the import"
    );
}

fn by_title<'a>(list: &'a Value, title: &str) -> &'a Value {
    list.as_array()
        .and_then(|a| a.iter().find(|d| d["title"] == title))
        .unwrap_or_else(|| panic!("no {title} in {list}"))
}

#[test]
fn unknown_values_are_reported_once_and_create_missing_adds_them() {
    let db = polish_db();
    import(
        &db,
        &["contacts", arg(&fixture("kontakty-excel-cp1250.csv"))],
    );
    let file = fixture("interesy-bledne.csv");
    let (code, s, err) = import(&db, &["deals", arg(&file)]);
    assert_eq!(code, 3, "{s} {err}");
    // Dobry is in; the rest is rejected: two rows at an unknown stage, bad money, a bad
    // date, an unknown contact, too few columns, an owner who is no user.
    assert_eq!(counts(&s), [1, 0, 0, 7]);
    let unknown: Vec<(String, String, Value)> = s["unknown"]
        .as_array()
        .expect("unknown")
        .iter()
        .map(|u| {
            let f = |k: &str| u[k].as_str().unwrap_or("").to_owned();
            (f("field"), f("value"), u["lines"].clone())
        })
        .collect();
    assert_eq!(
        unknown,
        vec![
            (
                "deal-stage".into(),
                "zamrożony".into(),
                serde_json::json!([3, 9])
            ),
            ("owner".into(), "Piotr Nowak".into(), serde_json::json!([8])),
            (
                "contact".into(),
                "Nieistniejąca Sp. z o.o.".into(),
                serde_json::json!([6])
            ),
        ]
    );
    assert_eq!(err.matches("zamrożony").count(), 1, "{err}");
    let reasons: Vec<(u64, String)> = s["rejects"]
        .as_array()
        .expect("rejects")
        .iter()
        .map(|r| {
            (
                r["line"].as_u64().unwrap_or(0),
                r["reason"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    assert!(
        reasons.contains(&(4, "not an amount: '12,5,0'".to_owned()))
            || reasons.iter().any(|(l, r)| *l == 4 && r.contains("12,5,0")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(l, r)| *l == 5 && r.contains("31.02.2017")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|(l, r)| *l == 7 && r.contains("columns")),
        "{reasons:?}"
    );

    // With --create-missing: the stage, the user and the contact are added, their rows
    // imported; Dobry is already there; the three malformed rows stay rejected.
    let (code, s, err) = import(&db, &["deals", arg(&file), "--create-missing"]);
    assert_eq!(code, 3, "{s} {err}");
    assert_eq!(counts(&s), [4, 0, 1, 3]);
    let stages = db.json(&["dict", "list", "deal-stage"]);
    assert!(
        stages
            .as_array()
            .expect("stages")
            .iter()
            .any(|e| e["name"] == "zamrożony" && e["kind"] == "open"),
        "{stages}"
    );
    let users = db.json(&["user", "list"]);
    assert!(
        users
            .as_array()
            .expect("users")
            .iter()
            .any(|u| u["login"] == "piotr.nowak" && u["name"] == "Piotr Nowak"),
        "{users}"
    );
    let deals = db.json(&["deal", "list"]);
    assert_eq!(by_title(&deals, "Nowy opiekun")["owner"], "piotr.nowak");
    assert_eq!(
        by_title(&deals, "Brak klienta")["contact"],
        "Nieistniejąca Sp. z o.o."
    );
    assert_eq!(by_title(&deals, "Drugi etap")["stage"], "zamrożony");
}

#[test]
fn duplicates_are_skipped_and_update_merges_them() {
    let db = polish_db();
    let file = fixture("kontakty-excel-cp1250.csv");
    import(&db, &["contacts", arg(&file)]);
    let before = db.snapshot();
    // The same file again: everything is there (NIP, e-mail, name), nothing doubles.
    let (code, s, err) = import(&db, &["contacts", arg(&file)]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [0, 0, 4, 0]);
    assert_eq!(db.snapshot(), before);
    let by: Vec<&str> = s["duplicates"]
        .as_array()
        .expect("dups")
        .iter()
        .map(|d| d["by"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(by, vec!["nip", "nip", "nip", "email"]);
    assert!(err.contains("already there"), "{err}");

    // A newer list: the firm moved, has a new phone and a tag; one new firm, and Jan found
    // by his e-mail. Without --update the changes are only reported.
    let newer = db.dir.path().join("nowsze.csv");
    std::fs::write(
        &newer,
        "nazwa;nip;telefon;miasto;tagi;e-mail\n\
         Łódzka Drukarnia;7251832919;+48 42 111 222 333;Zgierz;stały;\n\
         Nowa Firma;5550001119;;Łódź;;\n\
         Jan K.;;;;;JAN.KOWALSKI@drukarnia.pl\n",
    )
    .expect("write");
    let (code, s, _) = import(&db, &["contacts", arg(&newer)]);
    assert_eq!(code, 0);
    assert_eq!(counts(&s), [1, 0, 2, 0]);
    let (code, s, err) = import(&db, &["contacts", arg(&newer), "--update"]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(counts(&s), [0, 2, 1, 0], "{s}");
    let list = db.json(&["contact", "list"]);
    let firm = by_name(&list, "Łódzka Drukarnia");
    assert_eq!(firm["city"], "Zgierz");
    assert_eq!(firm["phone"], "+48 42 111 222 333");
    assert_eq!(firm["tags"], serde_json::json!(["vip", "druk", "stały"]));
    // Merged, not replaced: what the row left empty stays.
    assert_eq!(firm["email"], "biuro@drukarnia.pl");
    assert_eq!(firm["address"], "ul. Piotrkowska 1");
    assert_eq!(by_name(&list, "Jan K.")["phone"], "600 700 800");
    // The merge is in the history, as any edit is.
    let card = db.json(&["contact", "show", &firm["id"].to_string()]);
    assert!(card["history"].to_string().contains("Zgierz"), "{card}");
    // Once merged, the same --update changes nothing more.
    let (code, s, _) = import(&db, &["contacts", arg(&newer), "--update"]);
    assert_eq!(code, 0);
    assert_eq!(counts(&s), [0, 0, 3, 0]);
}

#[test]
fn a_dry_run_checks_everything_and_writes_nothing() {
    let db = polish_db();
    let before = db.snapshot();
    let file = fixture("kontakty-excel-cp1250.csv");
    let (code, dry, err) = import(&db, &["contacts", arg(&file), "--dry-run"]);
    assert_eq!(code, 0, "{dry} {err}");
    assert_eq!(dry["dry_run"], true);
    assert!(err.contains("dry run"), "{err}");
    assert_eq!(db.snapshot(), before);
    let bad = fixture("interesy-bledne.csv");
    let (code, dry_deals, _) = import(&db, &["deals", arg(&bad), "--dry-run"]);
    assert_eq!(code, 3);
    assert_eq!(db.snapshot(), before);

    // The real runs do what the dry runs said.
    let (_, real, _) = import(&db, &["contacts", arg(&file)]);
    assert_eq!(counts(&real), counts(&dry));
    let (_, dry_deals2, _) = import(&db, &["deals", arg(&bad), "--dry-run"]);
    let (_, real_deals, _) = import(&db, &["deals", arg(&bad)]);
    assert_eq!(counts(&real_deals), counts(&dry_deals2));
    // Before the contacts were in, every deal row lacked its contact.
    assert_eq!(counts(&dry_deals)[0], 0);
}

#[test]
fn bad_usage_is_exit_2_and_writes_nothing() {
    let db = polish_db();
    let before = db.snapshot();
    let excel = fixture("kontakty-excel-cp1250.csv");
    let bom = fixture("contacts-utf8-bom.csv");
    let broken = fixture("kontakty-bledne.csv");
    let missing = db.dir.path().join("nie-ma.csv");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["contacts", arg(&missing)], "cannot read"),
        (
            vec!["contacts", arg(&excel), "--map", "Uwagi=zzz"],
            "unknown field 'zzz'",
        ),
        (
            vec!["contacts", arg(&excel), "--map", "Nie Ma=nip"],
            "no column 'Nie Ma'",
        ),
        (
            vec!["contacts", arg(&excel), "--encoding", "utf-8"],
            "is not text in UTF-8",
        ),
        (
            vec!["contacts", arg(&excel), "--encoding", "klingon"],
            "unknown encoding",
        ),
        (
            vec!["contacts", arg(&excel), "--delimiter", "x"],
            "unknown delimiter",
        ),
        (
            vec!["contacts", arg(&broken), "--map", "nazwa=-"],
            "no 'name' column",
        ),
        (
            vec!["deals", arg(&excel), "--contact-by", "pesel"],
            "unknown --contact-by",
        ),
        (vec!["all", arg(&bom)], "not the JSON of lejek export"),
    ];
    for (args, says) in cases {
        let mut a = vec!["import"];
        a.extend(&args);
        let err = db.fails(2, &a);
        assert!(err.contains(says), "{args:?}: {err}");
    }
    assert_eq!(db.snapshot(), before);
    // Forced right, the same file imports; `--map` renames a column.
    let (code, s, err) = import(
        &db,
        &[
            "contacts",
            arg(&excel),
            "--encoding",
            "cp1250",
            "--delimiter",
            ";",
            "--map",
            "Uwagi=-",
        ],
    );
    assert_eq!(code, 0, "{s} {err}");
    assert!(
        s["ignored_columns"].as_array().is_some_and(Vec::is_empty),
        "{s}"
    );
}

#[test]
fn a_bad_row_in_a_chunk_does_not_spoil_the_rest() {
    // 1,201 deals in three chunks; the service itself refuses row 700 (an open stage with
    // a close date), so its chunk is split until the row stands alone.
    let db = polish_db();
    db.add(&["contact", "add", "--name", "Klient"]);
    let mut csv = String::from("title;contact;stage;created;closed\n");
    for i in 0..1201 {
        let closed = if i == 698 { "2020-02-01" } else { "" };
        csv.push_str(&format!("Deal {i};Klient;nowy;2020-01-01;{closed}\n"));
    }
    let file = db.dir.path().join("many.csv");
    std::fs::write(&file, csv).expect("write");
    let (code, s, err) = import(&db, &["deals", arg(&file)]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(counts(&s), [1200, 0, 0, 1]);
    assert_eq!(s["rejects"][0]["line"], 700);
    assert!(
        s["rejects"][0]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("open")),
        "{s}"
    );
    assert_eq!(db.count("deal"), 1200);
    // Run again: all there, nothing doubles; the bad row is still told.
    let (code, s, _) = import(&db, &["deals", arg(&file)]);
    assert_eq!(code, 3);
    assert_eq!(counts(&s), [0, 0, 1200, 1]);
    assert_eq!(db.count("deal"), 1200);
}

#[test]
fn import_all_reads_back_an_export_into_a_fresh_database() {
    let demo = Db::empty();
    demo.ok(&["init", "--demo"]);
    let file = demo.dir.path().join("all.json");
    demo.ok(&["export", "all", "--format", "json", "-o", arg(&file)]);

    // The demo speaks Polish; so does the database it goes to, whose dictionaries then
    // match the file's instead of growing a second, English set.
    let fresh = polish_db();
    let (code, s, err) = import(&fresh, &["all", arg(&file)]);
    assert_eq!(code, 0, "{s} {err}");
    for what in ["contact", "deal", "campaign", "task"] {
        assert_eq!(fresh.count(what), demo.count(what), "{what}");
    }
    // The reports read the same history: the funnel of the last year is the demo's.
    let funnel = |db: &Db| {
        db.json(&[
            "report",
            "funnel",
            "--from",
            "2025-01-01",
            "--to",
            "2026-11-28",
        ])["rows"]
            .clone()
    };
    assert_eq!(funnel(&fresh), funnel(&demo));
    let users = fresh.json(&["user", "list"]);
    assert_eq!(
        users.as_array().map(Vec::len),
        demo.json(&["user", "list"]).as_array().map(Vec::len),
        "users matched by login, not doubled"
    );
    // Again: everything is there already.
    let (code, s, err) = import(&fresh, &["all", arg(&file)]);
    assert_eq!(code, 0, "{s} {err}");
    assert_eq!(s["created"], 0, "{s}");
    assert_eq!(fresh.count("deal"), demo.count("deal"));
}
