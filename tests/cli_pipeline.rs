//! The pipeline from the command line (issue 19 items 1, 2, 3 and `dict unretire`): stages
//! in order, moved; probability and rot days; days in stage and rotting deals, worked out
//! by hand from dates set with the clock; the expected close date, in the filter, history,
//! export and import.

mod common;
use common::Db;
use serde_json::Value;

/// `args` run with the clock at `now` (the tests' own clock is 2026-11-28 12:00 UTC).
fn at(db: &Db, now: &str, args: &[&str]) -> String {
    let out = db
        .cmd(args)
        .env("LEJEK_NOW", now)
        .output()
        .expect("run lejek");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

fn stages(db: &Db) -> Vec<String> {
    db.json(&["dict", "list", "deal-stage"])
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn titles(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|d| d["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

fn history(show: &Value) -> Vec<String> {
    show["history"]
        .as_array()
        .expect("a history")
        .iter()
        .map(|h| h["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn a_new_stage_lands_among_the_open_ones_and_moves_in_its_kind_only() {
    let db = Db::new();
    db.ok(&["dict", "add", "deal-stage", "contract"]);
    assert_eq!(
        stages(&db),
        [
            "new",
            "qualification",
            "proposal",
            "negotiation",
            "contract",
            "won",
            "lost"
        ]
    );
    db.ok(&["dict", "move", "deal-stage", "contract", "--before", "neg"]);
    let moved = [
        "new",
        "qualification",
        "proposal",
        "contract",
        "negotiation",
        "won",
        "lost",
    ];
    assert_eq!(stages(&db), moved);
    db.ok(&[
        "dict",
        "move",
        "deal-stage",
        "new",
        "--after",
        "qualification",
    ]);
    assert_eq!(
        stages(&db)[..3],
        ["qualification".to_owned(), "new".into(), "proposal".into()]
    );
    db.ok(&[
        "dict",
        "move",
        "deal-stage",
        "new",
        "--before",
        "qualification",
    ]);
    assert_eq!(stages(&db), moved);

    // An open stage cannot go among the closed ones; nor can a stage sit next to itself.
    let e = db.fails(
        2,
        &["dict", "move", "deal-stage", "contract", "--after", "won"],
    );
    assert!(e.contains("moves only among stages of its kind"), "{e}");
    db.fails(2, &["dict", "move", "deal-stage", "won", "--before", "won"]);
    // Neither --before nor --after, or both: refused by the command line.
    db.fails(2, &["dict", "move", "deal-stage", "contract"]);
    db.fails(
        2,
        &[
            "dict",
            "move",
            "deal-stage",
            "contract",
            "--before",
            "new",
            "--after",
            "new",
        ],
    );
    assert_eq!(stages(&db), moved);
    // Other dictionaries move too.
    db.ok(&["dict", "move", "loss-reason", "timing", "--before", "price"]);
    let reasons: Vec<String> = db
        .json(&["dict", "list", "loss-reason"])
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e["name"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(reasons[..2], ["timing".to_owned(), "price".into()]);
}

#[test]
fn deals_sort_by_stage_in_pipeline_order_and_campaigns_count_them_so() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    db.ok(&["campaign", "create", "--name", "Wiosna"]);
    db.ok(&["dict", "add", "deal-stage", "contract"]);
    db.ok(&["dict", "move", "deal-stage", "contract", "--before", "new"]);
    for (title, stage) in [
        ("N", "negotiation"),
        ("A", "new"),
        ("C", "contract"),
        ("P", "proposal"),
    ] {
        db.add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            title,
            "--stage",
            stage,
            "--campaign",
            "Wiosna",
        ]);
    }
    let w = db
        .add(&["deal", "add", "--contact", &c, "--title", "W"])
        .to_string();
    db.ok(&["deal", "win", &w]);
    // Alphabetically it would be contract, negotiation, new, proposal, won.
    let sorted = db.json(&["deal", "list", "--sort", "stage"]);
    assert_eq!(titles(&sorted), ["C", "A", "P", "N", "W"]);
    let desc = db.json(&["deal", "list", "--sort", "stage:desc"]);
    assert_eq!(titles(&desc), ["W", "N", "P", "A", "C"]);
    // The campaign's deals per stage, in the same order (made in another order).
    let show = db.ok(&["campaign", "show", "1"]);
    let counts: Vec<&str> = show
        .lines()
        .skip_while(|l| *l != "Deals per stage")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().next().unwrap_or_default())
        .collect();
    assert_eq!(counts, ["contract", "new", "proposal", "negotiation"]);
}

#[test]
fn probability_and_rot_days_are_set_on_open_stages_only() {
    let db = Db::new();
    db.ok(&[
        "dict",
        "set",
        "deal-stage",
        "proposal",
        "--probability",
        "40",
        "--rot-days",
        "14",
    ]);
    let list = db.json(&["dict", "list", "deal-stage"]);
    let entry = |name: &str| -> Value {
        list.as_array()
            .expect("entries")
            .iter()
            .find(|e| e["name"] == name)
            .cloned()
            .expect("the stage")
    };
    assert_eq!(entry("proposal")["probability"], 40);
    assert_eq!(entry("proposal")["rot_days"], 14);
    assert_eq!(entry("new")["probability"], Value::Null);
    assert_eq!(entry("won")["probability"], 100);
    assert_eq!(entry("lost")["probability"], 0);
    // Fixed for won and lost; out of range; not numbers; not a stage; nothing to set.
    for bad in [
        &["dict", "set", "deal-stage", "won", "--probability", "50"][..],
        &["dict", "set", "deal-stage", "lost", "--rot-days", "3"],
        &["dict", "set", "deal-stage", "new", "--probability", "101"],
        &["dict", "set", "deal-stage", "new", "--rot-days", "0"],
        &["dict", "set", "deal-stage", "new", "--probability", "many"],
        &[
            "dict",
            "set",
            "deal-source",
            "referral",
            "--probability",
            "5",
        ],
        &["dict", "set", "deal-stage", "new"],
    ] {
        let e = db.fails(2, bad);
        assert_eq!(e.trim().lines().count(), 1, "{bad:?}: {e}");
    }
    assert_eq!(
        db.json(&["dict", "list", "deal-stage"]),
        list,
        "nothing written"
    );
    // none clears; the table shows the fixed ones too.
    db.ok(&[
        "dict",
        "set",
        "deal-stage",
        "proposal",
        "--rot-days",
        "none",
    ]);
    let list = db.json(&["dict", "list", "deal-stage"]);
    let proposal = list
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["name"] == "proposal")
        .cloned()
        .expect("proposal");
    assert_eq!(
        (
            proposal["probability"].clone(),
            proposal["rot_days"].clone()
        ),
        (Value::from(40), Value::Null)
    );
    let table = db.ok(&["dict", "list", "deal-stage"]);
    assert!(table.contains("100%") && table.contains("40%"), "{table}");
    // Only admins: piotr is a plain user.
    db.ok(&["user", "add", "piotr"]);
    let out = db
        .cmd_as(
            "piotr",
            &["dict", "set", "deal-stage", "new", "--probability", "10"],
        )
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    for cmd in [
        &["dict", "move", "deal-stage", "new", "--after", "proposal"][..],
        &["dict", "unretire", "loss-reason", "timing"],
    ] {
        let out = db.cmd_as("piotr", cmd).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{cmd:?}");
    }
}

/// Today is 2026-11-28 (Europe/Warsaw). Deal A was made on 1 October and moved to
/// proposal on 1 November: 27 days in the stage, untouched as long, so with 14 rot days it
/// rots. Deal B was made in proposal on 20 November: 8 days, not rotting. Deal C was made
/// on 1 October and won on 5 October: 54 days in won, and a closed deal never rots.
#[test]
fn days_in_stage_and_rotting_are_counted_from_the_history() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    let oct = "2026-10-01T10:00:00Z";
    let a = at(&db, oct, &["deal", "add", "--contact", &c, "--title", "A"]);
    at(
        &db,
        "2026-11-01T10:00:00Z",
        &["deal", "set", &a, "--stage", "proposal"],
    );
    let b = at(
        &db,
        "2026-11-20T10:00:00Z",
        &[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "B",
            "--stage",
            "proposal",
        ],
    );
    let cc = at(&db, oct, &["deal", "add", "--contact", &c, "--title", "C"]);
    at(&db, "2026-10-05T10:00:00Z", &["deal", "win", &cc]);
    db.ok(&["dict", "set", "deal-stage", "proposal", "--rot-days", "14"]);

    let show = |id: &str| db.json(&["deal", "show", id]);
    assert_eq!(
        (
            show(&a)["days_in_stage"].clone(),
            show(&a)["rotting"].clone()
        ),
        (Value::from(27), Value::from(true))
    );
    assert_eq!(
        (
            show(&b)["days_in_stage"].clone(),
            show(&b)["rotting"].clone()
        ),
        (Value::from(8), Value::from(false))
    );
    assert_eq!(
        (
            show(&cc)["days_in_stage"].clone(),
            show(&cc)["rotting"].clone()
        ),
        (Value::from(54), Value::from(false))
    );
    let list = |f: &str| titles(&db.json(&["deal", "list", "--filter", f, "--sort", "title"]));
    assert_eq!(list("rotting:yes"), ["A"]);
    assert_eq!(list("zaniedbany:nie"), ["B", "C"]);
    assert_eq!(list("instage>20d"), ["A", "C"]);
    assert_eq!(list("instage>20d stage_kind:open"), ["A"]);
    assert_eq!(list("instage<=8"), ["B"]);
    assert_eq!(list("instage=27"), ["A"]);
    // The list in a table marks the rotting deal without colour (NO_COLOR is set).
    let table = db.ok(&["deal", "list", "--sort", "title"]);
    let marked: Vec<&str> = table.lines().filter(|l| l.contains('◷')).collect();
    assert_eq!(marked.len(), 1, "{table}");
    assert!(marked[0].contains(" A "), "{table}");
    assert!(!table.contains('\u{1b}'), "no escape codes: {table}");
    let card = db.ok(&["deal", "show", &a]);
    assert!(
        card.contains("◷ no activity for longer than its stage allows"),
        "{card}"
    );
    // CSV carries them as columns, without the mark.
    let csv = db.ok(&["deal", "list", "--sort", "title", "--format", "csv"]);
    let head: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let row: Vec<&str> = csv.lines().nth(1).expect("A").split(',').collect();
    let col = |name: &str| head.iter().position(|h| *h == name).expect(name);
    assert_eq!(row[col("days_in_stage")], "27");
    assert_eq!(row[col("rotting")], "true");
    assert!(!csv.contains('◷'));
    // Touching the deal ends the rot: activity today.
    db.ok(&["deal", "note", &a, "Zadzwonić"]);
    assert_eq!(show(&a)["rotting"], false);
    assert_eq!(show(&a)["days_in_stage"], 27);
    // Typos in the new words are bad input.
    db.fails(2, &["deal", "list", "--filter", "instage>many"]);
    db.fails(2, &["deal", "list", "--filter", "rotting:maybe"]);
}

#[test]
fn the_expected_close_date_is_set_cleared_filtered_and_kept_in_history() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    let a = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "A",
            "--expected",
            "2027-01-31",
        ])
        .to_string();
    let b = db
        .add(&["deal", "add", "--contact", &c, "--title", "B"])
        .to_string();
    assert_eq!(
        db.json(&["deal", "show", &a])["expected_close"],
        "2027-01-31"
    );
    // Relative input as --next takes it: today is 2026-11-28.
    db.ok(&["deal", "set", &b, "--expected", "+30d"]);
    assert_eq!(
        db.json(&["deal", "show", &b])["expected_close"],
        "2026-12-28"
    );
    let list = |f: &str| titles(&db.json(&["deal", "list", "--filter", f, "--sort", "title"]));
    assert_eq!(list("expected:2027-01"), ["A"]);
    assert_eq!(list("expected<2027-01-01"), ["B"]);
    assert_eq!(list("expected:none"), Vec::<String>::new());
    let sorted = db.json(&["deal", "list", "--sort", "expected:desc"]);
    assert_eq!(titles(&sorted), ["A", "B"]);
    // A bad date writes nothing.
    let before = db.snapshot();
    db.fails(2, &["deal", "set", &a, "--expected", "2027-13-45"]);
    assert_eq!(db.snapshot(), before);
    db.ok(&["deal", "set", &a, "--clear", "expected"]);
    assert_eq!(
        db.json(&["deal", "show", &a])["expected_close"],
        Value::Null
    );
    assert_eq!(list("expected:none"), ["A"]);
    let h = history(&db.json(&["deal", "show", &a]));
    assert_eq!(
        h.last().map(String::as_str),
        Some("Expected close: 2027-01-31 -> (none)")
    );
    let h = history(&db.json(&["deal", "show", &b]));
    assert_eq!(
        h.last().map(String::as_str),
        Some("Expected close: (none) -> 2026-12-28")
    );
}

#[test]
fn the_expected_close_date_goes_out_and_comes_back_in() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    db.add(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "A",
        "--expected",
        "2027-01-31",
    ]);
    let csv = db.ok(&["export", "deals", "--format", "csv"]);
    let head: Vec<&str> = csv.lines().next().expect("header").split(',').collect();
    let row: Vec<&str> = csv.lines().nth(1).expect("A").split(',').collect();
    let col = head
        .iter()
        .position(|h| *h == "expected_close")
        .expect("an expected_close column");
    assert_eq!(row[col], "2027-01-31");

    let other = Db::new();
    other.ok(&["contact", "add", "--name", "Drukarnia"]);
    let file = other.dir.path().join("deals.csv");
    std::fs::write(
        &file,
        "title,contact_id,stage,expected_close,days_in_stage,rotting\nB,1,new,2027-02-15,99,true\n",
    )
    .expect("write the file");
    other.ok(&["import", "deals", file.to_str().expect("path")]);
    let b = other.json(&["deal", "show", "1"]);
    assert_eq!(b["expected_close"], "2027-02-15");
    // Derived columns are read back as what they are today, not as the file says.
    assert_eq!(
        (b["days_in_stage"].clone(), b["rotting"].clone()),
        (Value::from(0), Value::from(false))
    );
}

#[test]
fn a_retired_entry_comes_back_with_unretire() {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia"])
        .to_string();
    let d = db
        .add(&["deal", "add", "--contact", &c, "--title", "A"])
        .to_string();
    db.ok(&["dict", "retire", "loss-reason", "timing"]);
    db.fails(2, &["deal", "lose", &d, "--reason", "timing"]);
    db.ok(&["dict", "unretire", "loss-reason", "timing"]);
    let list = db.json(&["dict", "list", "loss-reason"]);
    let timing = list
        .as_array()
        .expect("entries")
        .iter()
        .find(|e| e["name"] == "timing")
        .cloned()
        .expect("timing");
    assert_eq!(timing["retired"], false);
    db.ok(&["deal", "lose", &d, "--reason", "timing"]);
    assert_eq!(db.json(&["deal", "show", &d])["loss_reason"], "timing");
    // Again: nothing to do, no error.
    db.ok(&["dict", "unretire", "loss-reason", "timing"]);
}

#[test]
fn import_all_brings_back_the_stages_probability_and_rot_days() {
    let db = Db::new();
    db.ok(&[
        "dict",
        "set",
        "deal-stage",
        "proposal",
        "--probability",
        "40",
        "--rot-days",
        "14",
    ]);
    db.ok(&["dict", "add", "deal-stage", "contract"]);
    db.ok(&[
        "dict",
        "move",
        "deal-stage",
        "contract",
        "--before",
        "proposal",
    ]);
    db.ok(&["dict", "set", "deal-stage", "contract", "--rot-days", "7"]);
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
    let entry = |name: &str| -> (Value, Value) {
        let list = fresh.json(&["dict", "list", "deal-stage"]);
        let e = list
            .as_array()
            .expect("entries")
            .iter()
            .find(|e| e["name"] == name)
            .cloned()
            .expect("the stage");
        (e["probability"].clone(), e["rot_days"].clone())
    };
    assert_eq!(entry("proposal"), (Value::from(40), Value::from(14)));
    assert_eq!(entry("contract"), (Value::Null, Value::from(7)));
    assert_eq!(entry("won"), (Value::from(100), Value::Null));
}
