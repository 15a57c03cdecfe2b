//! Campaigns (K1-K4), tasks and meetings (D13), dictionaries (X2) and users (X1).

mod common;
use common::Db;

#[test]
fn campaign_create_list_show_with_progress() {
    let db = Db::new();
    let k = db.json(&[
        "campaign",
        "create",
        "--name",
        "Boże Narodzenie 2026",
        "--goals",
        "20 nowych klientów",
        "--rules",
        "Bez telefonów po 18",
        "--tag",
        "xmas",
    ]);
    let kid = k["id"].as_u64().unwrap().to_string();
    assert_eq!(k["deals"], 0);
    // The name is the identity, diacritics and case aside.
    db.fails(2, &["campaign", "create", "--name", "boze narodzenie 2026"]);
    let c = db.add(&["contact", "add", "--name", "Klient"]).to_string();
    let d1 = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "A",
            "--value",
            "100",
            "--campaign",
            "Boże Narodzenie 2026",
        ])
        .to_string();
    let d2 = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "B",
            "--value",
            "250,50",
            "--campaign",
            &kid,
        ])
        .to_string();
    db.add(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "C",
        "--value",
        "7",
        "--campaign",
        &kid,
    ]);
    db.ok(&["deal", "win", &d1]);
    db.ok(&["deal", "lose", &d2, "--reason", "price"]);
    // Progress: 3 deals; won 100.00 (A); lost 250.50 (B); open 7.00 (C).
    let list = db.json(&["campaign", "list"]);
    assert_eq!(list[0]["deals"], 3);
    assert_eq!(list[0]["won_value"], "100.00");
    assert_eq!(list[0]["lost_value"], "250.50");
    assert_eq!(list[0]["open_value"], "7.00");
    db.ok(&[
        "campaign",
        "comment",
        "boze narodzenie 2026",
        "Materiały gotowe",
    ]);
    let f = db.dir.path().join("plakat.png");
    std::fs::write(&f, b"png").unwrap();
    db.ok(&["campaign", "attach", &kid, f.to_str().unwrap()]);
    let show = db.json(&["campaign", "show", &kid]);
    assert_eq!(show["goals"], "20 nowych klientów");
    assert_eq!(show["rules"], "Bez telefonów po 18");
    assert_eq!(show["deal_ids"].as_array().unwrap().len(), 3);
    assert_eq!(show["comments"][0]["text"], "Materiały gotowe");
    assert_eq!(show["files"][0]["name"], "plakat.png");
    let table = db.ok(&["campaign", "show", &kid]);
    assert!(table.contains("Deals per stage"), "{table}");
    let deals = db.json(&["deal", "list", "--filter", "campaign:narodzenie"]);
    assert_eq!(deals.as_array().unwrap().len(), 3);
}

#[test]
fn tasks_and_meetings() {
    let db = Db::new();
    db.ok(&["user", "add", "piotr"]);
    let t = db.json(&[
        "task",
        "add",
        "--title",
        "Spotkanie w Gdańsku",
        "--kind",
        "spotkanie",
        "--assignee",
        "piotr",
        "--due",
        "pon 09:15",
    ]);
    assert_eq!(t["kind"], "meeting");
    assert_eq!(t["assignee"], "piotr");
    // Saturday 2026-11-28: the next Monday is 2026-11-30.
    assert_eq!(t["due"], "2026-11-30T09:15:00");
    let id = t["id"].as_u64().unwrap().to_string();
    // The assignee hears about a task someone else gave them.
    assert_eq!(db.json_as("piotr", &["inbox"]).as_array().unwrap().len(), 1);
    db.add(&["task", "add", "--title", "Faktura"]);
    let open = db.json(&["task", "list", "--filter", "done:no"]);
    assert_eq!(open.as_array().unwrap().len(), 2);
    db.ok(&["task", "done", &id]);
    db.fails(2, &["task", "done", &id]);
    let done = db.json(&["task", "list", "--filter", "done:yes kind:meeting"]);
    assert_eq!(done.as_array().unwrap().len(), 1);
    assert_eq!(done[0]["done_at"], "2026-11-28T12:00:00Z");
    let mine = db.json(&["task", "list", "--filter", "assignee:me"]);
    assert_eq!(mine[0]["title"], "Faktura");
}

#[test]
fn dictionaries_rename_and_retire_keep_records_readable() {
    let db = Db::new();
    let stages = db.json(&["dict", "list", "deal-stage"]);
    let names: Vec<&str> = stages
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "new",
            "qualification",
            "proposal",
            "negotiation",
            "won",
            "lost"
        ]
    );
    assert_eq!(stages[4]["kind"], "won");
    assert_eq!(stages[0]["position"], 0);
    let c = db
        .add(&["contact", "add", "--name", "K", "--source", "trade fair"])
        .to_string();
    let d = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "T",
            "--source",
            "referral",
        ])
        .to_string();
    db.ok(&["dict", "rename", "deal-source", "referral", "polecenie"]);
    assert_eq!(
        db.json(&["deal", "show", &d])["source"],
        "polecenie",
        "rename reaches records"
    );
    db.ok(&["dict", "retire", "deal-source", "polecenie"]);
    assert_eq!(
        db.json(&["deal", "show", &d])["source"],
        "polecenie",
        "retired stays readable"
    );
    assert_eq!(
        db.json(&["deal", "list", "--filter", "source:polecenie"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    db.fails(
        2,
        &[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "U",
            "--source",
            "polecenie",
        ],
    );
    let retired = db.json(&["dict", "list", "deal-source"]);
    assert!(
        retired
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["name"] == "polecenie" && e["retired"] == true)
    );
    db.ok(&[
        "dict",
        "add",
        "deal-stage",
        "contract",
        "--stage-kind",
        "open",
    ]);
    db.ok(&["deal", "set", &d, "--stage", "contract"]);
    // Only admins manage dictionaries.
    db.ok(&["user", "add", "piotr"]);
    let out = db
        .cmd_as("piotr", &["dict", "add", "loss-reason", "pogoda"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // The last won stage cannot be retired.
    db.fails(2, &["dict", "retire", "deal-stage", "won"]);
}

#[test]
fn users_list() {
    let db = Db::new();
    db.ok(&["user", "add", "kasia", "--name", "Katarzyna Wiśniewska"]);
    db.fails(2, &["user", "add", "kasia"]);
    db.fails(2, &["user", "add", "z spacją"]);
    let users = db.json(&["user", "list"]);
    let logins: Vec<&str> = users
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["login"].as_str().unwrap())
        .collect();
    assert_eq!(logins, ["anna", "kasia"]);
    assert_eq!(
        users[0]["admin"], true,
        "the user who ran init is the first admin"
    );
}

#[test]
fn task_set_changes_fields_with_history_and_tells_the_new_assignee() {
    let db = Db::new();
    db.ok(&["user", "add", "kasia"]);
    let id = db
        .add(&["task", "add", "--title", "Zadzwonić", "--due", "2026-12-01"])
        .to_string();
    db.ok(&[
        "task",
        "set",
        &id,
        "--title",
        "Zadzwonić do klienta",
        "--kind",
        "meeting",
        "--assignee",
        "kasia",
        "--due",
        "2026-12-02 09:30",
    ]);
    let t = db.json(&["task", "list", "--filter", "kind:meeting"]);
    assert_eq!(t[0]["title"], "Zadzwonić do klienta");
    assert_eq!(t[0]["assignee"], "kasia");
    assert_eq!(t[0]["due"], "2026-12-02T09:30:00");
    // Kasia was given the task by anna: one notification.
    assert_eq!(db.json_as("kasia", &["inbox"]).as_array().unwrap().len(), 1);
    db.ok(&["task", "set", &id, "--due", ""]);
    assert!(
        db.json(&["task", "list"])[0]["due"].is_null(),
        "an empty --due clears it"
    );
    db.fails(2, &["task", "set", &id, "--assignee", "ghost"]);
    db.fails(2, &["task", "set", "999", "--title", "x"]);
}
