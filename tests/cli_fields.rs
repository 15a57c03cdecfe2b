//! Custom fields from the command line (issue 20 item 1): defined and retired by admins,
//! set with `--field` and checked by kind, in history, the filter, `--sort`, cards, export
//! and import. Expected values are worked out by hand in each test.

mod common;
use common::Db;
use serde_json::Value;

/// A database with a contact, the deal fields `waga` (number), `kwota` (money), `termin`
/// (date), `pilne` (yes/no) and the contact field `branza` (choice).
fn with_fields() -> (Db, u64) {
    let db = Db::new();
    let c = db.add(&["contact", "add", "--name", "Transbud"]);
    db.ok(&[
        "field",
        "add",
        "deal",
        "--name",
        "waga",
        "--kind",
        "number",
        "--label-pl",
        "Waga",
        "--label-en",
        "Weight",
    ]);
    db.ok(&["field", "add", "deal", "--name", "kwota", "--kind", "money"]);
    db.ok(&["field", "add", "deal", "--name", "termin", "--kind", "date"]);
    db.ok(&["field", "add", "deal", "--name", "pilne", "--kind", "bool"]);
    db.ok(&[
        "field",
        "add",
        "contact",
        "--name",
        "branza",
        "--kind",
        "choice",
        "--values",
        "Transport,Handel,Usługi",
        "--label-pl",
        "Branża",
    ]);
    (db, c)
}

fn deal(db: &Db, contact: u64, title: &str, extra: &[&str]) -> u64 {
    let c = contact.to_string();
    let mut args = vec!["deal", "add", "--contact", &c, "--title", title];
    args.extend_from_slice(extra);
    db.add(&args)
}

fn fields_of(db: &Db, what: &str, id: u64) -> Value {
    db.json(&[what, "show", &id.to_string()])["fields"].clone()
}

fn ids(list: &Value) -> Vec<u64> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|d| d["id"].as_u64().unwrap_or_default())
        .collect()
}

#[test]
fn fields_are_defined_listed_and_refused_when_the_name_is_taken_or_bad() {
    let (db, _) = with_fields();
    let list = db.json(&["field", "list"]);
    let names: Vec<(&str, &str, &str)> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|f| {
            (
                f["on"].as_str().unwrap_or_default(),
                f["name"].as_str().unwrap_or_default(),
                f["kind"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("deal", "waga", "number"),
            ("deal", "kwota", "money"),
            ("deal", "termin", "date"),
            ("deal", "pilne", "bool"),
            ("contact", "branza", "choice")
        ]
    );
    assert_eq!(
        list[4]["values"],
        serde_json::json!(["Transport", "Handel", "Usługi"])
    );
    assert_eq!(
        db.json(&["field", "list", "contact"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );

    // Built-in filter words and columns, bad names, twice the same name: exit 2, nothing
    // written.
    for name in ["stage", "value", "owner", "etap", "next_activity"] {
        let err = db.fails(
            2,
            &["field", "add", "deal", "--name", name, "--kind", "text"],
        );
        assert!(err.contains("built-in"), "{name}: {err}");
    }
    let err = db.fails(
        2,
        &["field", "add", "deal", "--name", "Waga 2", "--kind", "text"],
    );
    assert!(err.contains("not a field name"), "{err}");
    let err = db.fails(
        2,
        &["field", "add", "deal", "--name", "waga", "--kind", "text"],
    );
    assert!(err.contains("exists already"), "{err}");
    db.fails(
        2,
        &["field", "add", "deal", "--name", "x", "--kind", "choice"],
    );
    db.fails(
        2,
        &[
            "field", "add", "deal", "--name", "y", "--kind", "number", "--values", "a",
        ],
    );
    db.fails(
        2,
        &["field", "add", "deal", "--name", "z", "--kind", "colour"],
    );
    db.fails(
        2,
        &["field", "add", "osoba", "--name", "z", "--kind", "text"],
    );
    // A contact field may share a deal field's name; the same name on contacts is its own.
    db.ok(&[
        "field", "add", "contact", "--name", "waga", "--kind", "number",
    ]);
    assert_eq!(
        db.json(&["field", "list"]).as_array().map(Vec::len),
        Some(6)
    );
}

#[test]
fn only_an_admin_defines_or_retires_a_field() {
    let (db, _) = with_fields();
    db.ok(&["user", "add", "piotr"]);
    let before = db.json(&["field", "list"]);
    for args in [
        &["field", "add", "deal", "--name", "nowe", "--kind", "text"][..],
        &["field", "retire", "deal", "waga"][..],
    ] {
        let out = db.cmd_as("piotr", args).output().expect("run lejek");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("admin"));
    }
    // Everyone may read them.
    assert_eq!(db.json_as("piotr", &["field", "list"]), before);
}

#[test]
fn values_are_checked_by_kind_as_the_built_in_fields_are() {
    let (db, c) = with_fields();
    let id = deal(
        &db,
        c,
        "Palety",
        &["--field", "waga=12,5", "--field", "pilne=TAK"],
    );
    assert_eq!(
        fields_of(&db, "deal", id),
        serde_json::json!({"waga": "12.5", "pilne": "yes"})
    );
    let sid = id.to_string();
    db.ok(&[
        "deal",
        "set",
        &sid,
        "--field",
        "kwota=1 234,50 zł",
        "--field",
        "termin=2026-12-01",
        "--field",
        "waga=-3",
    ]);
    assert_eq!(
        fields_of(&db, "deal", id),
        serde_json::json!({
            "waga": "-3", "pilne": "yes", "kwota": "1234.50 PLN", "termin": "2026-12-01"
        })
    );
    // Bad values, an unknown field, no `=`: exit 2, nothing written.
    let before = db.snapshot();
    for bad in [
        "waga=abc",
        "waga=1.2.3",
        "kwota=dużo",
        "termin=32.13.2026",
        "pilne=może",
        "nic=1",
        "waga",
    ] {
        let err = db.fails(
            2,
            &["deal", "set", &sid, "--field", bad, "--title", "Zmienione"],
        );
        assert!(
            !err.trim().is_empty() && !err.trim().contains('\n'),
            "{bad}: {err}"
        );
    }
    assert_eq!(db.snapshot(), before);
    // `NAME=` clears.
    db.ok(&[
        "deal", "set", &sid, "--field", "pilne=", "--field", "termin=",
    ]);
    assert_eq!(
        fields_of(&db, "deal", id),
        serde_json::json!({"waga": "-3", "kwota": "1234.50 PLN"})
    );
    // A choice value is folded to the definition's spelling.
    db.ok(&["contact", "set", &c.to_string(), "--field", "branza=USLUGI"]);
    assert_eq!(
        fields_of(&db, "contact", c),
        serde_json::json!({"branza": "Usługi"})
    );
    let err = db.fails(
        2,
        &[
            "contact",
            "set",
            &c.to_string(),
            "--field",
            "branza=rolnictwo",
        ],
    );
    assert!(err.contains("Transport, Handel, Usługi"), "{err}");
}

#[test]
fn a_change_is_in_history_with_the_old_and_new_value() {
    let (db, c) = with_fields();
    let id = deal(&db, c, "Palety", &["--field", "waga=5"]);
    let sid = id.to_string();
    db.ok(&["deal", "set", &sid, "--field", "waga=12.5"]);
    db.ok(&["deal", "set", &sid, "--field", "waga="]);
    let shown = db.ok(&["deal", "show", &sid]);
    let lines: Vec<&str> = shown.lines().filter(|l| l.contains("waga:")).collect();
    assert_eq!(lines.len(), 3, "{shown}");
    assert!(lines[0].ends_with("waga: (none) -> 5"), "{}", lines[0]);
    assert!(lines[1].ends_with("waga: 5 -> 12.5"), "{}", lines[1]);
    assert!(lines[2].ends_with("waga: 12.5 -> (none)"), "{}", lines[2]);
}

#[test]
fn the_card_shows_each_set_field_with_its_label_in_the_users_language() {
    let (db, c) = with_fields();
    let id = deal(
        &db,
        c,
        "Palety",
        &["--field", "waga=12.5", "--field", "kwota=1200"],
    );
    let sid = id.to_string();
    let en = db.ok(&["deal", "show", &sid]);
    assert!(
        en.lines()
            .any(|l| l.contains("Weight") && l.contains("12.5")),
        "{en}"
    );
    assert!(
        en.lines()
            .any(|l| l.contains("kwota") && l.contains("PLN 1,200.00")),
        "{en}"
    );
    assert!(!en.contains("termin"), "an unset field has no line: {en}");
    let pl = db.ok(&["--lang", "pl", "deal", "show", &sid]);
    assert!(
        pl.lines().any(|l| l.contains("Waga") && l.contains("12,5")),
        "{pl}"
    );
    assert!(
        pl.lines()
            .any(|l| l.contains("kwota") && l.contains("1 200,00 zł")),
        "{pl}"
    );
}

#[test]
fn the_filter_and_the_sort_name_fields() {
    let (db, c) = with_fields();
    let light = deal(&db, c, "Lekka", &["--field", "waga=5"]);
    let middle = deal(
        &db,
        c,
        "Średnia",
        &["--field", "waga=12.5", "--field", "pilne=tak"],
    );
    let heavy = deal(
        &db,
        c,
        "Ciężka",
        &["--field", "waga=20", "--field", "pilne=nie"],
    );
    let none = deal(&db, c, "Bez wagi", &[]);
    let list = |filter: &str| ids(&db.json(&["deal", "list", "--filter", filter]));
    assert_eq!(list("waga>10"), [middle, heavy]);
    assert_eq!(list("waga<=12,5"), [light, middle]);
    assert_eq!(list("waga=5"), [light]);
    assert_eq!(list("waga:none"), [none]);
    assert_eq!(list("pilne:tak"), [middle]);
    assert_eq!(list("pilne:no"), [heavy]);
    assert_eq!(
        ids(&db.json(&["deal", "list", "--sort", "waga:desc"])),
        [heavy, middle, light, none]
    );
    db.fails(2, &["deal", "list", "--filter", "waga>ciężka"]);
    db.fails(2, &["deal", "list", "--filter", "nieznane:1"]);

    let other = db.add(&["contact", "add", "--name", "Sklep"]);
    db.ok(&["contact", "set", &c.to_string(), "--field", "branza=Usługi"]);
    db.ok(&[
        "contact",
        "set",
        &other.to_string(),
        "--field",
        "branza=Handel",
    ]);
    let contacts = |filter: &str| ids(&db.json(&["contact", "list", "--filter", filter]));
    assert_eq!(contacts("branza:uslugi"), [c]);
    assert_eq!(contacts("branza:han"), [other]);
    assert_eq!(contacts("-branza:handel"), [c]);
}

#[test]
fn a_retired_field_is_no_longer_set_or_filtered_but_its_values_stay() {
    let (db, c) = with_fields();
    let id = deal(&db, c, "Palety", &["--field", "waga=12.5"]);
    let sid = id.to_string();
    db.ok(&["field", "retire", "deal", "waga"]);
    let list = db.json(&["field", "list", "deal"]);
    assert_eq!(list[0]["retired"], Value::Bool(true));
    db.fails(2, &["deal", "set", &sid, "--field", "waga=1"]);
    db.fails(2, &["deal", "list", "--filter", "waga>1"]);
    // Not on the card; still in the JSON, the history and the export.
    assert!(!db.ok(&["deal", "show", &sid]).contains("Weight"));
    assert_eq!(
        fields_of(&db, "deal", id),
        serde_json::json!({"waga": "12.5"})
    );
    assert!(
        db.ok(&["deal", "show", &sid])
            .contains("waga: (none) -> 12.5")
    );
    let csv = db.ok(&["export", "deals", "--format", "csv"]);
    assert!(
        csv.lines().next().unwrap_or_default().contains("waga"),
        "{csv}"
    );
}

#[test]
fn export_writes_a_column_per_field_and_import_reads_them_back_by_name() {
    let (db, c) = with_fields();
    deal(
        &db,
        c,
        "Palety",
        &["--field", "waga=12.5", "--field", "kwota=99,90"],
    );
    let json = db.json(&["export", "deals"]);
    assert_eq!(
        json[0]["fields"],
        serde_json::json!({"waga": "12.5", "kwota": "99.90 PLN"})
    );
    let csv = db.ok(&["export", "deals", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let row: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    assert_eq!(row[at("waga")], "12.5");
    assert_eq!(row[at("kwota")], "99.90 PLN");
    assert_eq!(row[at("termin")], "");

    // A CSV file with a column named as a field; a JSON file with `fields`.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("deals.csv");
    std::fs::write(&file, "title,contact_id,waga,pilne\nNowa,1,7,tak\n").expect("write");
    db.ok(&["import", "deals", file.to_str().unwrap_or_default()]);
    let file = dir.path().join("deals.json");
    std::fs::write(
        &file,
        r#"[{"title": "Z JSON", "contact_id": 1, "fields": {"waga": 3.25, "termin": "2026-12-24"}}]"#,
    )
    .expect("write");
    db.ok(&["import", "deals", file.to_str().unwrap_or_default()]);
    let list = db.json(&["deal", "list", "--sort", "id"]);
    let got: Vec<(&str, Value)> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|d| (d["title"].as_str().unwrap_or_default(), d["fields"].clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "Palety",
                serde_json::json!({"waga": "12.5", "kwota": "99.90 PLN"})
            ),
            ("Nowa", serde_json::json!({"waga": "7", "pilne": "yes"})),
            (
                "Z JSON",
                serde_json::json!({"waga": "3.25", "termin": "2026-12-24"})
            ),
        ]
    );
    // A bad value in a file is that row's rejection, not a half-written record.
    let file = dir.path().join("bad.csv");
    std::fs::write(&file, "title,contact_id,waga\nZła,1,ciężka\n").expect("write");
    let _ = db
        .cmd(&["import", "deals", file.to_str().unwrap_or_default()])
        .output();
    assert_eq!(db.count("deal"), 3);
}

#[test]
fn deal_value_groups_by_a_choice_field() {
    let db = Db::new();
    let c = db.add(&["contact", "add", "--name", "Transbud"]);
    db.ok(&[
        "field",
        "add",
        "deal",
        "--name",
        "branza",
        "--kind",
        "choice",
        "--values",
        "Transport,Handel",
    ]);
    db.ok(&["field", "add", "deal", "--name", "waga", "--kind", "number"]);
    for (value, branza) in [
        ("1000", "branza=Transport"),
        ("250,50", "branza=transport"),
        ("400", "branza=Handel"),
        ("99", "branza="),
    ] {
        deal(&db, c, "Dostawa", &["--value", value, "--field", branza]);
    }
    let r = db.json(&[
        "report",
        "deal-value",
        "--by",
        "field:branza",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--interval",
        "year",
    ]);
    // Transport: 1000 + 250.50; Handel: 400; no value: 99; all four: 1749.50.
    assert_eq!(
        r["columns"],
        serde_json::json!([
            "interval",
            "count",
            "value",
            "field:Transport",
            "field:Handel",
            "field:"
        ])
    );
    assert_eq!(
        r["rows"],
        serde_json::json!([["2026", 4, "1749.50", "1250.50", "400.00", "99.00"]])
    );
    let err = db.fails(2, &["report", "deal-value", "--by", "field:waga"]);
    assert!(err.contains("choice"), "{err}");
    db.fails(2, &["report", "deal-value", "--by", "field:nieznane"]);
    db.fails(2, &["report", "forecast", "--by", "field:branza"]);
}

/// `export all` carries the definitions (issue 20 item 1), so `import all` into an empty
/// database defines the fields before the records and keeps their values; a retired field
/// comes back retired, its value still on the record.
#[test]
fn export_all_and_import_all_carry_the_fields_and_their_values() {
    let (db, c) = with_fields();
    deal(&db, c, "Palety", &["--field", "waga=12,5"]);
    db.ok(&["contact", "set", &c.to_string(), "--field", "branza=handel"]);
    db.ok(&["field", "retire", "deal", "pilne"]);
    let file = db.dir.path().join("all.json");
    db.ok(&[
        "export",
        "all",
        "--format",
        "json",
        "-o",
        file.to_str().expect("path"),
    ]);
    let fresh = Db::new();
    fresh.ok(&["import", "all", file.to_str().expect("path")]);
    let defs = fresh.json(&["field", "list"]);
    let names: Vec<(String, bool)> = defs
        .as_array()
        .expect("a list")
        .iter()
        .map(|f| {
            (
                f["name"].as_str().unwrap_or_default().to_owned(),
                f["retired"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    for (name, retired) in [("waga", false), ("branza", false), ("pilne", true)] {
        assert!(
            names.contains(&(name.to_owned(), retired)),
            "{name} (retired: {retired}) in {names:?}"
        );
    }
    let deals = fresh.json(&["deal", "list", "--filter", "waga>12"]);
    assert_eq!(deals.as_array().map(Vec::len), Some(1), "{deals}");
    assert_eq!(deals[0]["fields"]["waga"], "12.5");
    let contacts = fresh.json(&["contact", "list", "--filter", "branza:handel"]);
    assert_eq!(contacts.as_array().map(Vec::len), Some(1), "{contacts}");
}

/// `--column FIELD` (issue 20 item 1): a custom field as one more column of the deal and
/// contact tables (headed by its label in the user's language) and of the CSV (headed by
/// its name); an unknown name, or a list without custom fields, is bad input.
#[test]
fn a_custom_field_is_an_optional_list_column() {
    let (db, c) = with_fields();
    deal(&db, c, "Palety", &["--field", "waga=12,5"]);
    deal(&db, c, "Skrzynie", &[]);
    // The table: the label "Weight" (English) heads the column; 12.5 in Palety's row.
    let table = db.ok(&["--lang", "en", "deal", "list", "--column", "waga"]);
    let header = table
        .lines()
        .find(|l| l.contains("Title"))
        .unwrap_or_default();
    assert!(header.contains("Weight"), "{table}");
    let palety = table
        .lines()
        .find(|l| l.contains("Palety"))
        .unwrap_or_default();
    assert!(palety.contains("12.5"), "{table}");
    // In Polish the Polish label.
    let table = db.ok(&["--lang", "pl", "deal", "list", "--column", "waga"]);
    assert!(table.contains("Waga"), "{table}");
    // CSV: the field's name as the last header; Skrzynie's cell empty.
    let csv = db.ok(&[
        "deal", "list", "--column", "waga", "--format", "csv", "--sort", "id",
    ]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap_or_default().ends_with(",waga"), "{csv}");
    assert!(lines.next().unwrap_or_default().ends_with(",12.5"), "{csv}");
    assert!(lines.next().unwrap_or_default().ends_with(','), "{csv}");
    // A contact field on the contact list; a deal field there is unknown.
    db.ok(&[
        "contact",
        "set",
        &c.to_string(),
        "--field",
        "branza=transport",
    ]);
    let contacts = db.ok(&["--lang", "pl", "contact", "list", "--column", "branza"]);
    assert!(
        contacts.contains("Branża") && contacts.contains("Transport"),
        "{contacts}"
    );
    let err = db.fails(2, &["contact", "list", "--column", "waga"]);
    assert!(err.contains("waga"), "{err}");
    let err = db.fails(2, &["task", "list", "--column", "waga"]);
    assert!(err.contains("--column"), "{err}");
}
