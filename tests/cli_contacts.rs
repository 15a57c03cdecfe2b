//! Contacts from the command line (C1-C5, X3): add, list with the filter language and
//! Polish order, show with deals and history, set, end of cooperation.

mod common;
use common::Db;

#[test]
fn add_and_show_a_company_with_nip_and_person() {
    let db = Db::new();
    let firm = db.json(&[
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
        "--tag",
        "VIP",
        "--status",
        "potential",
        "--source",
        "referral",
    ]);
    assert_eq!(firm["nip"], "7251832919", "NIP normalised to digits");
    assert_eq!(firm["tags"][0], "vip", "tags lowercased");
    assert_eq!(firm["status"], "potential");
    assert_eq!(firm["source"], "referral");
    assert_eq!(firm["kind"], "company");
    let fid = firm["id"].as_u64().unwrap();
    let person = db.json(&[
        "contact",
        "add",
        "--kind",
        "person",
        "--name",
        "Jan Kowalski",
        "--company",
        &fid.to_string(),
        "--role",
        "decision maker",
    ]);
    assert_eq!(person["company_id"].as_u64(), Some(fid));
    assert_eq!(person["company"], "Łódzka Drukarnia");
    assert_eq!(person["roles"][0], "decision maker");
    let show = db.ok(&["contact", "show", &fid.to_string()]);
    assert!(
        show.contains("Jan Kowalski"),
        "company card lists its persons: {show}"
    );
    assert!(
        show.contains("created: Łódzka Drukarnia"),
        "history shown: {show}"
    );
}

#[test]
fn filter_folds_diacritics_and_sort_is_polish() {
    let db = Db::new();
    for n in [
        "Maria", "Łukasz", "Lucyna", "Żaneta", "Zenon", "Ćma", "Cezary",
    ] {
        db.add(&[
            "contact", "add", "--kind", "person", "--name", n, "--tag", "s",
        ]);
    }
    db.add(&[
        "contact",
        "add",
        "--name",
        "Żółw Sp. z o.o.",
        "--city",
        "Łódź",
    ]);
    let names = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let sorted = names(db.json(&["contact", "list", "--filter", "tag:s", "--sort", "name"]));
    assert_eq!(
        sorted,
        [
            "Cezary", "Ćma", "Lucyna", "Łukasz", "Maria", "Zenon", "Żaneta"
        ],
        "Polish alphabet: c < ć, l < ł, z < ż"
    );
    let desc = names(db.json(&[
        "contact",
        "list",
        "--filter",
        "tag:s",
        "--sort",
        "name:desc",
    ]));
    assert_eq!(desc.first().map(String::as_str), Some("Żaneta"));
    assert_eq!(
        names(db.json(&["contact", "list", "--filter", "zolw"])),
        ["Żółw Sp. z o.o."]
    );
    assert_eq!(
        names(db.json(&["contact", "list", "--filter", "city:lodz"])),
        ["Żółw Sp. z o.o."]
    );
    assert_eq!(
        names(db.json(&["contact", "list", "--filter", "kind:company"])),
        ["Żółw Sp. z o.o."]
    );
    assert_eq!(
        names(db.json(&["contact", "list", "--filter", "-tag:s"])),
        ["Żółw Sp. z o.o."]
    );
}

#[test]
fn end_of_cooperation_is_filterable_and_in_history() {
    let db = Db::new();
    let a = db.add(&["contact", "add", "--name", "Cenowa SA"]);
    let b = db.add(&["contact", "add", "--name", "Wierna SA"]);
    db.ok(&[
        "contact",
        "end",
        &a.to_string(),
        "--reason",
        "price",
        "--date",
        "2026-03-15",
    ]);
    let found = db.json(&[
        "contact",
        "list",
        "--filter",
        "reason:price ended>=2026-01-01",
    ]);
    let ids: Vec<u64> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, vec![a], "only the ended contact, not {b}");
    let c = db.json(&["contact", "show", &a.to_string()]);
    assert_eq!(c["end_reason"], "price");
    assert_eq!(c["ended"], "2026-03-15");
    let show = db.ok(&["contact", "show", &a.to_string()]);
    assert!(show.contains("End reason: (none) -> price"), "{show}");
    // Reopening brings the customer back.
    db.ok(&["contact", "set", &a.to_string(), "--reopen"]);
    assert!(db.json(&["contact", "show", &a.to_string()])["ended"].is_null());
    // A reason is required and must be in the dictionary.
    let err = db.fails(
        2,
        &["contact", "end", &b.to_string(), "--reason", "nonsense"],
    );
    assert!(err.contains("price"), "lists the valid reasons: {err}");
}

#[test]
fn set_changes_fields_and_records_old_and_new() {
    let db = Db::new();
    let id = db
        .add(&[
            "contact",
            "add",
            "--name",
            "Stara Nazwa",
            "--city",
            "Kraków",
        ])
        .to_string();
    db.ok(&[
        "contact",
        "set",
        &id,
        "--name",
        "Nowa Nazwa",
        "--city",
        "",
        "--tag",
        "x",
        "--phone",
        "+48 600 100 200",
    ]);
    let c = db.json(&["contact", "show", &id]);
    assert_eq!(c["name"], "Nowa Nazwa");
    assert!(c["city"].is_null(), "empty string clears");
    assert_eq!(c["phone"], "+48 600 100 200");
    let show = db.ok(&["contact", "show", &id]);
    assert!(show.contains("Name: Stara Nazwa -> Nowa Nazwa"), "{show}");
    assert!(show.contains("City: Kraków -> (none)"), "{show}");
}

#[test]
fn contact_card_lists_deals_current_and_past() {
    let db = Db::new();
    let c = db.add(&["contact", "add", "--name", "Klient"]).to_string();
    let d1 = db
        .add(&["deal", "add", "--contact", &c, "--title", "Pierwszy"])
        .to_string();
    db.add(&["deal", "add", "--contact", &c, "--title", "Drugi"]);
    db.ok(&["deal", "win", &d1]);
    let card = db.json(&["contact", "show", &c]);
    let deals = card["deals"].as_array().unwrap();
    assert_eq!(deals.len(), 2);
    assert_eq!(deals[0]["stage_kind"], "won", "the first deal ended won");
    assert_eq!(deals[1]["stage_kind"], "open");
}

#[test]
fn list_formats_csv_and_json_have_stable_names() {
    let db = Db::new();
    db.add(&[
        "contact",
        "add",
        "--name",
        "Firma; z średnikiem, i \"cudzysłowem\"",
    ]);
    let csv = db.ok(&["contact", "list", "--format", "csv"]);
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("id,name,kind,status,source,city,end_reason"),
        "{header}"
    );
    assert!(
        csv.contains("\"Firma; z średnikiem, i \"\"cudzysłowem\"\"\""),
        "CSV quoting: {csv}"
    );
    let j = db.json(&["contact", "list"]);
    for key in [
        "id",
        "kind",
        "name",
        "company_id",
        "email",
        "phone",
        "city",
        "nip",
        "status",
        "source",
        "end_reason",
        "ended",
        "tags",
        "roles",
        "created",
    ] {
        assert!(j[0].get(key).is_some(), "contact JSON lacks {key}");
    }
}
