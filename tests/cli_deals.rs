//! Deals from the command line (D1-D11, X1): add, set with history old -> new, notes,
//! comments, files, win, lose, notifications for the owner.

mod common;
use common::Db;

fn setup() -> (Db, String) {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia Łódź"])
        .to_string();
    (db, c)
}

#[test]
fn add_stores_exact_money_and_defaults() {
    let (db, c) = setup();
    let d = db.json(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "Ulotki A5",
        "--value",
        "12 500,50",
        "--offer",
        "Druk",
        "--source",
        "referral",
        "--tag",
        "xmas",
        "--next",
        "+3d",
    ]);
    assert_eq!(d["value"], "12500.50", "money is an exact decimal string");
    assert_eq!(d["currency"], "PLN");
    assert_eq!(d["owner"], "anna", "the actor owns what they create");
    assert_eq!(d["stage"], "new", "first open stage");
    assert_eq!(d["stage_kind"], "open");
    assert_eq!(d["source"], "referral");
    // LEJEK_NOW is Saturday 2026-11-28; +3d is Tuesday 2026-12-01.
    assert_eq!(d["next_activity"], "2026-12-01");
    assert_eq!(d["contact"], "Drukarnia Łódź");
    for key in [
        "id",
        "title",
        "contact_id",
        "contact",
        "owner",
        "stage",
        "stage_kind",
        "source",
        "value",
        "currency",
        "next_activity",
        "last_activity",
        "tags",
        "campaign_id",
        "loss_reason",
        "created",
        "closed",
    ] {
        assert!(d.get(key).is_some(), "deal JSON lacks {key}");
    }
}

#[test]
fn history_records_stage_and_value_changes_old_to_new() {
    let (db, c) = setup();
    let id = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "Katalog",
            "--value",
            "1000",
        ])
        .to_string();
    db.ok(&[
        "deal", "set", &id, "--stage", "proposal", "--value", "1 500,00",
    ]);
    let show = db.ok(&["deal", "show", &id]);
    assert!(show.contains("stage: new -> proposal"), "{show}");
    assert!(
        show.contains("value: PLN 1,000.00 -> PLN 1,500.00"),
        "{show}"
    );
    let j = db.json(&["deal", "show", &id]);
    let changes: Vec<&serde_json::Value> = j["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["change"])
        .collect();
    // The creation carries the first stage and value (format 2); then one move of each.
    let created = changes
        .iter()
        .find_map(|c| c.get("DealCreated"))
        .expect("the creation event");
    assert_eq!(created["value"]["minor"], 100000, "{changes:?}");
    assert!(show.contains("created: "), "{show}");
    assert!(show.contains("(stage new, value PLN 1,000.00)"), "{show}");
    let stage_moves: Vec<_> = changes
        .iter()
        .filter(|c| c.get("Stage").is_some())
        .collect();
    assert_eq!(stage_moves.len(), 1, "one move after creation: {changes:?}");
    let values: Vec<_> = changes.iter().filter_map(|c| c.get("Value")).collect();
    assert_eq!(values.len(), 1);
    assert_eq!(values[0]["old"]["minor"], 100000);
    assert_eq!(values[0]["new"]["minor"], 150000);
    // Polish history speaks Polish and formats money the Polish way.
    let pl = db
        .cmd(&["--lang", "pl", "deal", "show", &id])
        .output()
        .unwrap();
    let pl = String::from_utf8_lossy(&pl.stdout);
    assert!(pl.contains("wartość: 1 000,00 zł -> 1 500,00 zł"), "{pl}");
}

#[test]
fn win_and_lose_set_stage_closed_and_reason() {
    let (db, c) = setup();
    let w = db
        .add(&["deal", "add", "--contact", &c, "--title", "W"])
        .to_string();
    let l = db
        .add(&["deal", "add", "--contact", &c, "--title", "L"])
        .to_string();
    db.ok(&["deal", "win", &w]);
    let won = db.json(&["deal", "show", &w]);
    assert_eq!(won["stage_kind"], "won");
    assert_eq!(won["closed"], "2026-11-28T12:00:00Z");
    db.fails(2, &["deal", "lose", &l]);
    db.fails(2, &["deal", "lose", &l, "--reason", "nonexistent"]);
    db.ok(&["deal", "lose", &l, "--reason", "pri"]);
    let lost = db.json(&["deal", "show", &l]);
    assert_eq!(lost["stage_kind"], "lost");
    assert_eq!(
        lost["loss_reason"], "price",
        "unambiguous prefix 'pri' resolves to 'price'"
    );
    assert!(lost["closed"].is_string());
    // Reopening clears the close date and the reason.
    db.ok(&["deal", "set", &l, "--stage", "negotiation"]);
    let reopened = db.json(&["deal", "show", &l]);
    assert!(reopened["closed"].is_null());
    assert!(reopened["loss_reason"].is_null());
    // Moving to a lost stage through `set` needs a reason too.
    db.fails(2, &["deal", "set", &l, "--stage", "lost"]);
    db.ok(&["deal", "set", &l, "--stage", "lost", "--reason", "timing"]);
    assert_eq!(db.json(&["deal", "show", &l])["loss_reason"], "timing");
}

#[test]
fn notes_comments_files_and_tasks_show_on_the_card() {
    let (db, c) = setup();
    let id = db
        .add(&["deal", "add", "--contact", &c, "--title", "Wizytówki"])
        .to_string();
    db.ok(&["deal", "note", &id, "Klient prosi o próbki papieru"]);
    db.ok(&["deal", "comment", &id, "Proponuję rabat 5%"]);
    let file = db.dir.path().join("oferta.pdf");
    std::fs::write(&file, b"%PDF-1.4 oferta").unwrap();
    db.ok(&["deal", "attach", &id, file.to_str().unwrap()]);
    let t = db
        .add(&[
            "task",
            "add",
            "--title",
            "Zadzwonić",
            "--deal",
            &id,
            "--due",
            "2026-12-01 10:30",
        ])
        .to_string();
    db.ok(&["task", "done", &t]);
    let j = db.json(&["deal", "show", &id]);
    assert_eq!(j["notes"][0]["text"], "Klient prosi o próbki papieru");
    assert_eq!(j["comments"][0]["text"], "Proponuję rabat 5%");
    assert_eq!(j["files"][0]["name"], "oferta.pdf");
    let sha = j["files"][0]["sha256"].as_str().unwrap();
    let stored = db.dir.path().join("files").join(sha);
    assert_eq!(
        std::fs::read(stored).unwrap(),
        b"%PDF-1.4 oferta",
        "content-addressed copy"
    );
    assert!(j["tasks"][0]["done_at"].is_string());
    let show = db.ok(&["deal", "show", &id]);
    for needle in [
        "note: Klient prosi",
        "comment: Proponuję",
        "file attached: oferta.pdf",
        "task added: Zadzwonić",
        "task done: Zadzwonić",
    ] {
        assert!(show.contains(needle), "history lacks '{needle}': {show}");
    }
    // The card's own sections, each entry as "<time> <author>: <text>" under its heading.
    for (heading, entry) in [
        ("\nNotes\n", "anna: Klient prosi o próbki papieru\n"),
        ("\nDiscussion\n", "anna: Proponuję rabat 5%\n"),
    ] {
        let at = show
            .find(heading)
            .unwrap_or_else(|| panic!("no {heading:?}: {show}"));
        let first = show[at + heading.len()..]
            .lines()
            .next()
            .unwrap_or_default();
        assert!(
            format!("{first}\n").ends_with(entry) && first.starts_with("  "),
            "{heading:?} then {first:?}"
        );
    }
}

#[test]
fn another_users_comment_notifies_the_owner() {
    let (db, c) = setup();
    db.ok(&["user", "add", "piotr", "--name", "Piotr Nowak"]);
    let id = db
        .add(&["deal", "add", "--contact", &c, "--title", "Banery"])
        .to_string();
    // The owner's own work does not notify them.
    db.ok(&["deal", "comment", &id, "sam sobie"]);
    assert_eq!(db.json(&["inbox"]).as_array().unwrap().len(), 0);
    db.ok_as("piotr", &["deal", "comment", &id, "Klient dzwonił"]);
    let inbox = db.json(&["inbox"]);
    let items = inbox.as_array().unwrap();
    assert_eq!(items.len(), 1, "{inbox}");
    assert_eq!(items[0]["actor"], "piotr");
    assert_eq!(items[0]["entity_id"].as_u64().unwrap().to_string(), id);
    assert!(
        items[0]["text"]
            .as_str()
            .unwrap()
            .contains("Klient dzwonił")
    );
    // Piotr's own inbox stays empty; reading marks it read.
    assert_eq!(db.json_as("piotr", &["inbox"]).as_array().unwrap().len(), 0);
    db.ok(&["inbox", "--read"]);
    assert_eq!(db.json(&["inbox"]).as_array().unwrap().len(), 0);
    assert_eq!(db.json(&["inbox", "--all"]).as_array().unwrap().len(), 1);
    // Assigning the deal to piotr tells piotr.
    db.ok(&["deal", "set", &id, "--owner", "piotr"]);
    let p = db.json_as("piotr", &["inbox"]);
    assert_eq!(p.as_array().unwrap().len(), 1, "{p}");
}

#[test]
fn last_activity_follows_events_and_filters_work() {
    let (db, c) = setup();
    let a = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "Alfa",
            "--value",
            "20000",
            "--next",
            "2026-11-20",
        ])
        .to_string();
    let b = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "Beta",
            "--value",
            "500",
            "--tag",
            "xmas",
        ])
        .to_string();
    let ids = |f: &str| -> Vec<String> {
        db.json(&["deal", "list", "--filter", f])
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].to_string())
            .collect()
    };
    assert_eq!(ids("value>=10000"), vec![a.clone()]);
    assert_eq!(
        ids("next:overdue"),
        vec![a.clone()],
        "2026-11-20 is before 2026-11-28"
    );
    assert_eq!(ids("next:none"), vec![b.clone()]);
    assert_eq!(ids("tag:xmas"), vec![b.clone()]);
    assert_eq!(ids("owner:me"), vec![a.clone(), b.clone()]);
    assert_eq!(ids("alfa or beta").len(), 2);
    assert_eq!(ids("created:2026-Q4").len(), 2);
    assert_eq!(
        ids("created<2026-11-28").len(),
        0,
        "created today, not before"
    );
    assert_eq!(
        ids("created<=2026-11-28").len(),
        2,
        "<= includes the whole day"
    );
    assert_eq!(ids("last>=today"), vec![a.clone(), b.clone()]);
    let sorted: Vec<String> = db
        .json(&["deal", "list", "--sort", "value:desc"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].to_string())
        .collect();
    assert_eq!(sorted, vec![a, b]);
}

#[test]
fn csv_and_table_outputs() {
    let (db, c) = setup();
    db.add(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "Plakaty",
        "--value",
        "1234.5",
    ]);
    let csv = db.ok(&["deal", "list", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,title,contact,owner,stage,value")
    );
    assert!(lines.next().unwrap().contains("Plakaty"));
    let table = db.ok(&["deal", "list"]);
    assert!(table.contains("PLN 1,234.50"), "{table}");
    let pl = db.cmd(&["--lang", "pl", "deal", "list"]).output().unwrap();
    let pl = String::from_utf8_lossy(&pl.stdout);
    assert!(pl.contains("1 234,50 zł") && pl.contains("Tytuł"), "{pl}");
}
