//! `lejek export` (X5, issue 7): each list as CSV and JSON with exact content, the Excel
//! options, `-o FILE`, determinism, a filter, the `all` document, and bad input.
//!
//! The fixture is built by hand below; every command runs at LEJEK_NOW
//! (2026-11-28T12:00:00Z) as anna, so every time in the expected output is that instant.

mod common;
use common::{Db, NOW};
use serde_json::{Value, json};

/// Two contacts, a campaign, two deals (one lost after a stage and a value change), a note,
/// a comment, a file and two tasks (one done).
fn fixture() -> Db {
    let db = Db::new();
    db.ok(&[
        "contact",
        "add",
        "--kind",
        "company",
        "--name",
        "Łódzka Drukarnia",
        "--nip",
        "725-183-29-19",
        "--city",
        "Łódź",
        "--email",
        "biuro@drukarnia.pl",
        "--status",
        "potential",
        "--source",
        "trade fair",
        "--tag",
        "vip",
        "--tag",
        "druk",
    ]);
    db.ok(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Jan Kowalski",
        "--company",
        "1",
        "--role",
        "decision maker",
        "--phone",
        "+48 42 600 100 200",
    ]);
    db.ok(&[
        "campaign",
        "create",
        "--name",
        "Boże Narodzenie",
        "--goals",
        "20 klientów",
        "--tag",
        "xmas",
    ]);
    db.ok(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Ulotki A5",
        "--value",
        "1 234,56",
        "--source",
        "referral",
        "--tag",
        "xmas",
        "--campaign",
        "Boże Narodzenie",
        "--next",
        "2026-12-01",
    ]);
    // A title with the delimiter and quotes in it, for CSV quoting.
    db.ok(&[
        "deal",
        "add",
        "--contact",
        "2",
        "--title",
        "Katalog; \"wiosna\"",
        "--value",
        "1000",
    ]);
    db.ok(&["deal", "set", "2", "--stage", "proposal", "--value", "1500"]);
    db.ok(&["deal", "lose", "2", "--reason", "price"]);
    db.ok(&["deal", "note", "1", "Klient prosi o próbki"]);
    db.ok(&["deal", "comment", "1", "Rabat 5%"]);
    let file = db.dir.path().join("abc.txt");
    std::fs::write(&file, b"abc").expect("write file");
    db.ok(&["deal", "attach", "1", file.to_str().expect("utf-8 path")]);
    db.ok(&[
        "task",
        "add",
        "--title",
        "Spotkanie",
        "--kind",
        "meeting",
        "--assignee",
        "anna",
        "--due",
        "2026-12-02 09:30",
        "--deal",
        "1",
    ]);
    db.ok(&["task", "add", "--title", "Zadzwonić"]);
    db.ok(&["task", "done", "2"]);
    db
}

/// CSV lines as lejek writes them: CRLF after each (RFC 4180).
fn crlf(lines: &[&str]) -> String {
    lines.iter().map(|l| format!("{l}\r\n")).collect()
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON: {e}\n{s}"))
}

/// The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
const ABC_SHA256: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

#[test]
fn contacts_as_csv_and_json() {
    let db = fixture();
    // The NIP is stored as its ten digits; tags keep their order and join with ',' (so the
    // cell is quoted); the person shows its company's name and its role.
    assert_eq!(
        db.ok(&["export", "contacts", "--format", "csv"]),
        crlf(&[
            "id,kind,name,company_id,company,email,phone,city,address,nip,status,source,end_reason,ended,tags,roles,created",
            "1,company,Łódzka Drukarnia,,,biuro@drukarnia.pl,,Łódź,,7251832919,potential,trade fair,,,\"vip,druk\",,2026-11-28T12:00:00Z",
            "2,person,Jan Kowalski,1,Łódzka Drukarnia,,+48 42 600 100 200,,,,,,,,,decision maker,2026-11-28T12:00:00Z",
        ])
    );
    let j = parse(&db.ok(&["export", "contacts"]));
    assert_eq!(
        j,
        json!([
            {
                "id": 1, "kind": "company", "name": "Łódzka Drukarnia", "company_id": null,
                "company": null, "email": "biuro@drukarnia.pl", "phone": null, "city": "Łódź",
                "address": null, "nip": "7251832919", "status": "potential",
                "source": "trade fair", "end_reason": null, "ended": null,
                "tags": ["vip", "druk"], "roles": [], "created": NOW, "created_by": "anna",
                "fields": {}
            },
            {
                "id": 2, "kind": "person", "name": "Jan Kowalski", "company_id": 1,
                "company": "Łódzka Drukarnia", "email": null, "phone": "+48 42 600 100 200",
                "city": null, "address": null, "nip": null, "status": null, "source": null,
                "end_reason": null, "ended": null, "tags": [], "roles": ["decision maker"],
                "created": NOW, "created_by": "anna", "fields": {}
            }
        ])
    );
    // The same records as the list, plus who created each.
    let mut list = db.json(&["contact", "list"]);
    for c in list.as_array_mut().expect("array") {
        c["created_by"] = json!("anna");
    }
    assert_eq!(j, list);
}

#[test]
fn deals_as_csv_and_json_with_history() {
    let db = fixture();
    // Deal 1: 1 234,56 typed, 1234.56 written; in the campaign. Deal 2: lost for price,
    // closed now, value 1500.00 after the change; its title quoted with quotes doubled.
    assert_eq!(
        db.ok(&["export", "deals", "--format", "csv"]),
        crlf(&[
            "id,title,contact_id,contact,owner,stage,stage_kind,source,value,currency,next_activity,last_activity,tags,campaign_id,campaign,loss_reason,offer,description,created,closed,expected_close,days_in_stage,rotting",
            "1,Ulotki A5,1,Łódzka Drukarnia,anna,new,open,referral,1234.56,PLN,2026-12-01,2026-11-28T12:00:00Z,xmas,1,Boże Narodzenie,,,,2026-11-28T12:00:00Z,,,0,false",
            "2,\"Katalog; \"\"wiosna\"\"\",2,Jan Kowalski,anna,lost,lost,,1500.00,PLN,,2026-11-28T12:00:00Z,,,,price,,,2026-11-28T12:00:00Z,2026-11-28T12:00:00Z,,0,false",
        ])
    );
    let j = parse(&db.ok(&["export", "deals", "--format", "json"]));
    let at = |event: Value| {
        let mut m = json!({"at": NOW, "actor": "anna"});
        for (k, v) in event.as_object().expect("object") {
            m[k] = v.clone();
        }
        m
    };
    // Deal 1 was only created (first stage and value in one move); deal 2 was created at
    // 1000.00, moved to proposal, valued 1500.00, lost (stage, reason, close time).
    assert_eq!(
        j[0]["history"],
        json!([at(
            json!({"event": "created", "stage": "new", "value": "1234.56", "currency": "PLN"})
        )])
    );
    assert_eq!(
        j[1]["history"],
        json!([
            at(json!({"event": "created", "stage": "new", "value": "1000.00", "currency": "PLN"})),
            at(json!({"event": "stage", "stage": "proposal"})),
            at(json!({"event": "value", "value": "1500.00", "currency": "PLN"})),
            at(json!({"event": "stage", "stage": "lost"})),
            at(json!({"event": "loss_reason", "loss_reason": "price"})),
            at(json!({"event": "closed", "closed": NOW})),
        ])
    );
    // Apart from the history, the records are the list's.
    let mut without = j.clone();
    for d in without.as_array_mut().expect("array") {
        d.as_object_mut().expect("object").remove("history");
    }
    assert_eq!(without, db.json(&["deal", "list"]));
    assert_eq!(j[1]["title"], "Katalog; \"wiosna\"");
    assert_eq!(j[1]["loss_reason"], "price");
}

#[test]
fn campaigns_and_tasks_as_csv_and_json() {
    let db = fixture();
    // One deal in the campaign, open, 1234.56; nothing won or lost.
    assert_eq!(
        db.ok(&["export", "campaigns", "--format", "csv"]),
        crlf(&[
            "id,name,goals,rules,description,tags,deals,open_value,won_value,lost_value,created",
            "1,Boże Narodzenie,20 klientów,,,xmas,1,1234.56,0.00,0.00,2026-11-28T12:00:00Z",
        ])
    );
    assert_eq!(
        parse(&db.ok(&["export", "campaigns"])),
        json!([{
            "id": 1, "name": "Boże Narodzenie", "goals": "20 klientów", "rules": null,
            "description": null, "tags": ["xmas"], "deals": 1, "open_value": "1234.56",
            "won_value": "0.00", "lost_value": "0.00", "created": NOW
        }])
    );
    // The meeting is due at local 09:30 on 2 December; the task was done now.
    assert_eq!(
        db.ok(&["export", "tasks", "--format", "csv"]),
        crlf(&[
            "id,kind,title,assignee,due,done_at,deal_id,campaign_id,created",
            "1,meeting,Spotkanie,anna,2026-12-02T09:30:00,,1,,2026-11-28T12:00:00Z",
            "2,task,Zadzwonić,anna,,2026-11-28T12:00:00Z,,,2026-11-28T12:00:00Z",
        ])
    );
    let tasks = parse(&db.ok(&["export", "tasks"]));
    assert_eq!(
        tasks,
        json!([
            {
                "id": 1, "kind": "meeting", "title": "Spotkanie", "assignee": "anna",
                "due": "2026-12-02T09:30:00", "done_at": null, "deal_id": 1,
                "campaign_id": null, "created": NOW
            },
            {
                "id": 2, "kind": "task", "title": "Zadzwonić", "assignee": "anna",
                "due": null, "done_at": NOW, "deal_id": null, "campaign_id": null,
                "created": NOW
            }
        ])
    );
    assert_eq!(tasks, db.json(&["task", "list"]));
}

#[test]
fn bom_semicolon_and_tab_for_spreadsheets() {
    let db = fixture();
    let out = db
        .cmd(&[
            "export",
            "deals",
            "--format",
            "csv",
            "--bom",
            "--delimiter",
            ";",
            "--filter",
            "id=2",
        ])
        .output()
        .expect("run");
    assert!(out.status.success());
    // EF BB BF, then ';' between fields; the title holds a ';' so it is quoted; money has a
    // decimal comma, as a Polish spreadsheet reads it.
    let mut expected = vec![0xEF, 0xBB, 0xBF];
    expected.extend(crlf(&[
        "id;title;contact_id;contact;owner;stage;stage_kind;source;value;currency;next_activity;last_activity;tags;campaign_id;campaign;loss_reason;offer;description;created;closed;expected_close;days_in_stage;rotting",
        "2;\"Katalog; \"\"wiosna\"\"\";2;Jan Kowalski;anna;lost;lost;;1500,00;PLN;;2026-11-28T12:00:00Z;;;;price;;;2026-11-28T12:00:00Z;2026-11-28T12:00:00Z;;0;false",
    ]).into_bytes());
    assert_eq!(out.stdout, expected);

    // Tab: no quoting needed for "vip,druk" any more; money keeps its decimal point.
    assert_eq!(
        db.ok(&[
            "export",
            "contacts",
            "--format",
            "csv",
            "--delimiter",
            "tab",
            "--filter",
            "kind:company",
        ]),
        crlf(&[
            "id\tkind\tname\tcompany_id\tcompany\temail\tphone\tcity\taddress\tnip\tstatus\tsource\tend_reason\tended\ttags\troles\tcreated",
            "1\tcompany\tŁódzka Drukarnia\t\t\tbiuro@drukarnia.pl\t\tŁódź\t\t7251832919\tpotential\ttrade fair\t\t\tvip,druk\t\t2026-11-28T12:00:00Z",
        ])
    );
    // Without --bom there is none.
    assert!(
        db.ok(&["export", "campaigns", "--format", "csv"])
            .starts_with("id,name")
    );
}

#[test]
fn output_file_is_written_whole_and_stdout_stays_empty() {
    let db = fixture();
    let path = db.dir.path().join("deals.csv");
    let p = path.to_str().expect("utf-8 path");
    std::fs::write(&path, "old content").expect("write");
    let out = db
        .cmd(&["export", "deals", "--format", "csv", "-o", p])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "the records go to the file only");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("2 records written"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        db.ok(&["export", "deals", "--format", "csv"]),
        "replaced with the same bytes as on stdout"
    );
    assert!(
        !db.dir.path().join("deals.csv.tmp").exists(),
        "no temporary file left"
    );
    db.ok(&["export", "all", "--output", p]);
    assert_eq!(
        std::fs::read_to_string(&path).expect("read"),
        db.ok(&["export", "all"])
    );
}

#[test]
fn the_same_data_exports_to_the_same_bytes() {
    let db = fixture();
    let first = db.ok(&["export", "all"]);
    let second = db.ok(&["export", "all"]);
    assert_eq!(first, second);
    assert!(!first.contains("exported_at"), "no volatile field");
    for what in ["contacts", "deals", "campaigns", "tasks"] {
        assert_eq!(
            db.ok(&["export", what, "--format", "csv"]),
            db.ok(&["export", what, "--format", "csv"])
        );
    }
}

#[test]
fn a_filter_narrows_a_list_as_it_narrows_the_list_command() {
    let db = fixture();
    let lost = parse(&db.ok(&["export", "deals", "--filter", "stage:lost"]));
    let ids: Vec<u64> = lost
        .as_array()
        .expect("array")
        .iter()
        .map(|d| d["id"].as_u64().expect("id"))
        .collect();
    assert_eq!(ids, [2]);
    assert_eq!(
        db.ok(&[
            "export",
            "contacts",
            "--format",
            "csv",
            "--filter",
            "kind:person",
        ]),
        crlf(&[
            "id,kind,name,company_id,company,email,phone,city,address,nip,status,source,end_reason,ended,tags,roles,created",
            "2,person,Jan Kowalski,1,Łódzka Drukarnia,,+48 42 600 100 200,,,,,,,,,decision maker,2026-11-28T12:00:00Z",
        ])
    );
    // Nothing matches: the header alone.
    assert_eq!(
        db.ok(&[
            "export",
            "tasks",
            "--format",
            "csv",
            "--filter",
            "assignee:nobody"
        ]),
        crlf(&["id,kind,title,assignee,due,done_at,deal_id,campaign_id,created"])
    );
}

#[test]
fn the_all_document_holds_every_section_matching_the_lists() {
    let db = fixture();
    let all = parse(&db.ok(&["export", "all"]));
    let keys: Vec<&str> = all
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "format",
        "version",
        "users",
        "dictionaries",
        "contacts",
        "deals",
        "campaigns",
        "tasks",
        "notes",
        "comments",
        "files",
        "templates",
        // Custom field definitions (issue 20 item 1).
        "custom_fields",
    ];
    expected.sort();
    let mut keys = keys;
    keys.sort();
    assert_eq!(keys, expected);
    assert_eq!(all["format"], "lejek-export");
    assert_eq!(all["version"], 1);
    for (section, list) in [
        ("contacts", "contact"),
        ("deals", "deal"),
        ("campaigns", "campaign"),
        ("tasks", "task"),
    ] {
        assert_eq!(
            all[section].as_array().expect("array").len(),
            db.count(list),
            "{section}"
        );
    }
    // The sections are the single exports.
    assert_eq!(all["deals"], parse(&db.ok(&["export", "deals"])));
    assert_eq!(all["contacts"], parse(&db.ok(&["export", "contacts"])));
    assert_eq!(all["tasks"], parse(&db.ok(&["export", "tasks"])));
    assert_eq!(all["campaigns"], parse(&db.ok(&["export", "campaigns"])));

    assert_eq!(
        all["users"],
        json!([{"login": "anna", "name": "anna", "admin": true, "created": NOW}])
    );
    // Every entry of every dictionary, with its dictionary; stages with their kind, in the
    // dictionaries' order.
    let dicts = all["dictionaries"].as_array().expect("array");
    let mut total = 0;
    for kind in [
        "contact-status",
        "contact-source",
        "end-reason",
        "contact-role",
        "deal-stage",
        "deal-source",
        "loss-reason",
    ] {
        let listed = db.json(&["dict", "list", kind]);
        let exported: Vec<Value> = dicts
            .iter()
            .filter(|d| d["dictionary"] == kind)
            .map(|d| {
                let mut d = d.clone();
                d.as_object_mut().expect("object").remove("dictionary");
                d
            })
            .collect();
        assert_eq!(Value::Array(exported), listed, "{kind}");
        total += listed.as_array().expect("array").len();
    }
    assert_eq!(dicts.len(), total);
    let first_stage = dicts
        .iter()
        .find(|d| d["dictionary"] == "deal-stage")
        .expect("a stage");
    assert_eq!(first_stage["name"], "new");
    assert_eq!(first_stage["kind"], "open");

    assert_eq!(
        all["notes"],
        json!([{"id": 1, "entity": "deal", "entity_id": 1, "author": "anna",
                "text": "Klient prosi o próbki", "created": NOW}])
    );
    assert_eq!(
        all["comments"],
        json!([{"id": 1, "entity": "deal", "entity_id": 1, "author": "anna",
                "text": "Rabat 5%", "created": NOW}])
    );
    assert_eq!(
        all["files"],
        json!([{"id": 1, "entity": "deal", "entity_id": 1, "name": "abc.txt",
                "sha256": ABC_SHA256, "size": 3, "added_by": "anna", "created": NOW}])
    );
}

#[test]
fn bad_input_is_one_line_exit_2_and_writes_nothing() {
    let db = fixture();
    let file = db.dir.path().join("out.json");
    let f = file.to_str().expect("utf-8 path");
    let cases: &[(&[&str], &str)] = &[
        (&["export", "leads", "-o", f], "unknown export 'leads'"),
        (
            &["export", "all", "--format", "csv", "-o", f],
            "export all writes JSON only",
        ),
        (
            &["export", "all", "--filter", "stage:lost", "-o", f],
            "--filter does not apply to export all",
        ),
        (
            &["export", "deals", "--filter", "value>=abc", "-o", f],
            "filter: col",
        ),
        (
            &["export", "deals", "--bom", "-o", f],
            "--bom applies to CSV only",
        ),
        (
            &[
                "export",
                "deals",
                "--format",
                "csv",
                "--delimiter",
                "|",
                "-o",
                f,
            ],
            "unknown delimiter '|'",
        ),
    ];
    for (args, says) in cases {
        let out = db.cmd(args).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!file.exists(), "{args:?} wrote a file");
        assert!(!db.dir.path().join("out.json.tmp").exists());
    }
    // A file that cannot be written is named.
    let missing = db.dir.path().join("no/such/dir/x.json");
    let m = missing.to_str().expect("utf-8 path");
    let err = db.fails(2, &["export", "deals", "-o", m]);
    assert!(err.contains("cannot write") && err.contains(m), "{err}");
    let err = db.fails(
        2,
        &[
            "export",
            "deals",
            "-o",
            db.dir.path().to_str().expect("utf-8"),
        ],
    );
    assert!(err.contains("cannot write"), "{err}");
    // In the user's language.
    let out = db
        .cmd(&["export", "leady"])
        .env("LEJEK_LANG", "pl")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "lejek: nieznany eksport 'leady'; użyj contacts, deals, campaigns, tasks lub all\n"
    );
}
