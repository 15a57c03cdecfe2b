//! A working day's commands from the command line (issue 18): closed deals have nothing
//! next (item 10), notes and comments changed or removed by their author, tasks reopened and
//! moved (item 5), contacts reopened (item 6), files taken back out (item 7), campaigns
//! edited (item 8).

mod common;
use common::Db;
use serde_json::Value;

fn setup() -> (Db, String) {
    let db = Db::new();
    let c = db
        .add(&["contact", "add", "--name", "Drukarnia Łódź"])
        .to_string();
    (db, c)
}

/// The `text` of each history entry of `record` (`deal show --format json` and the like).
fn history(show: &Value) -> Vec<String> {
    show["history"]
        .as_array()
        .expect("a history")
        .iter()
        .map(|h| h["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Exit code and stderr of `args` run as `user`.
fn run_as(db: &Db, user: &str, args: &[&str]) -> (Option<i32>, String) {
    let out = db.cmd_as(user, args).output().expect("run lejek");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn winning_or_losing_clears_the_next_activity_and_keeps_it_in_history() {
    let (db, c) = setup();
    // Today is 2026-11-28: both dates are in the past, so both deals are overdue.
    let w = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "W",
            "--next",
            "2026-11-20",
        ])
        .to_string();
    let l = db
        .add(&[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "L",
            "--next",
            "2026-11-21",
        ])
        .to_string();
    let overdue = |db: &Db| -> Vec<String> {
        let list = db.json(&[
            "deal",
            "list",
            "--filter",
            "next:overdue",
            "--sort",
            "title",
        ]);
        list.as_array()
            .unwrap()
            .iter()
            .map(|d| d["title"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(overdue(&db), ["L", "W"]);
    db.ok(&["deal", "win", &w]);
    let won = db.json(&["deal", "show", &w]);
    assert_eq!(won["next_activity"], Value::Null);
    assert!(
        history(&won).contains(&"Next activity: 2026-11-20 -> (none)".to_owned()),
        "{:?}",
        history(&won)
    );
    assert_eq!(overdue(&db), ["L"]);
    db.ok(&["deal", "lose", &l, "--reason", "price"]);
    assert_eq!(db.json(&["deal", "show", &l])["next_activity"], Value::Null);
    assert!(overdue(&db).is_empty());
    // A closed deal takes no new date: reopen it first.
    let err = db.fails(2, &["deal", "set", &w, "--next", "2026-12-01"]);
    assert!(err.contains("reopen"), "{err}");
    db.ok(&[
        "deal",
        "set",
        &w,
        "--stage",
        "negotiation",
        "--next",
        "2026-12-01",
    ]);
    assert_eq!(
        db.json(&["deal", "show", &w])["next_activity"],
        "2026-12-01"
    );
    // Closing through `deal set` clears it too.
    db.ok(&["deal", "set", &w, "--stage", "won"]);
    assert_eq!(db.json(&["deal", "show", &w])["next_activity"], Value::Null);
}

#[test]
fn notes_and_comments_are_changed_or_removed_by_their_author_with_history() {
    let (db, c) = setup();
    db.ok(&["user", "add", "piotr", "--name", "Piotr Nowak"]);
    let d = db
        .add(&["deal", "add", "--contact", &c, "--title", "Wizytówki"])
        .to_string();
    db.ok(&["deal", "note", &d, "Klient prosi o próbki"]);
    db.ok_as("piotr", &["deal", "comment", &d, "Rabat 5%"]);
    let show = db.json(&["deal", "show", &d]);
    let note = show["notes"][0]["id"]
        .as_u64()
        .expect("a note id")
        .to_string();
    let comment = show["comments"][0]["id"]
        .as_u64()
        .expect("a comment id")
        .to_string();

    // Anna (an admin) may not reword piotr's comment, piotr may not touch anna's note.
    let (code, err) = run_as(&db, "anna", &["comment", "edit", &comment, "Rabat 50%"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("piotr"), "names the author: {err}");
    for args in [
        vec!["note", "edit", note.as_str(), "x"],
        vec!["note", "remove", note.as_str()],
    ] {
        let (code, err) = run_as(&db, "piotr", &args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
    }
    assert_eq!(
        db.json(&["deal", "show", &d])["notes"][0]["text"],
        "Klient prosi o próbki"
    );

    db.ok(&["note", "edit", &note, "Klient prosi o próbki do piątku"]);
    db.ok_as("piotr", &["comment", "edit", &comment, "Rabat 7%"]);
    let show = db.json(&["deal", "show", &d]);
    assert_eq!(show["notes"][0]["text"], "Klient prosi o próbki do piątku");
    assert_eq!(show["comments"][0]["text"], "Rabat 7%");
    let h = history(&show);
    for line in [
        format!("note #{note} changed: Klient prosi o próbki -> Klient prosi o próbki do piątku"),
        format!("comment #{comment} changed: Rabat 5% -> Rabat 7%"),
    ] {
        assert!(h.contains(&line), "no {line:?} in {h:?}");
    }

    // An admin may remove someone else's comment; the author removes their note.
    db.ok(&["comment", "remove", &comment]);
    db.ok(&["note", "remove", &note]);
    let show = db.json(&["deal", "show", &d]);
    assert_eq!(show["notes"], Value::Array(vec![]));
    assert_eq!(show["comments"], Value::Array(vec![]));
    let h = history(&show);
    for line in [
        format!("note #{note} removed: Klient prosi o próbki do piątku"),
        format!("comment #{comment} removed: Rabat 7%"),
    ] {
        assert!(h.contains(&line), "no {line:?} in {h:?}");
    }
    let removed = show["history"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["text"]
                .as_str()
                .unwrap_or_default()
                .starts_with("comment #")
        })
        .map(|e| e["actor"].clone());
    assert_eq!(removed, Some("piotr".into()), "the edit was piotr's");
    db.fails(2, &["note", "remove", &note]);
    db.fails(2, &["comment", "edit", "999", "x"]);
}

#[test]
fn a_done_task_is_reopened_and_a_task_moves_between_deals() {
    let (db, c) = setup();
    let a = db
        .add(&["deal", "add", "--contact", &c, "--title", "A"])
        .to_string();
    let b = db
        .add(&["deal", "add", "--contact", &c, "--title", "B"])
        .to_string();
    let t = db
        .add(&["task", "add", "--title", "Zadzwonić", "--deal", &a])
        .to_string();
    db.fails(2, &["task", "reopen", &t]);
    db.ok(&["task", "done", &t]);
    db.ok(&["task", "reopen", &t]);
    let task = |db: &Db| -> Value {
        db.json(&["task", "list"])
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"].as_u64().map(|i| i.to_string()) == Some(t.clone()))
            .cloned()
            .expect("the task")
    };
    assert_eq!(task(&db)["done_at"], Value::Null);
    assert!(history(&db.json(&["deal", "show", &a])).contains(&"task reopened: Zadzwonić".into()));

    db.ok(&["task", "set", &t, "--deal", &b]);
    assert_eq!(
        task(&db)["deal_id"].as_u64().map(|i| i.to_string()),
        Some(b.clone())
    );
    let on_a = db.json(&["deal", "show", &a]);
    let on_b = db.json(&["deal", "show", &b]);
    assert_eq!(on_a["tasks"], Value::Array(vec![]), "the task left A");
    assert_eq!(on_b["tasks"][0]["title"], "Zadzwonić");
    assert!(history(&on_a).contains(&format!("task moved to deal #{b}: Zadzwonić")));
    assert!(history(&on_b).contains(&"task added: Zadzwonić".into()));
    // A deal that does not exist: nothing changes.
    db.fails(2, &["task", "set", &t, "--deal", "999"]);
    db.ok(&["task", "set", &t, "--no-deal"]);
    assert_eq!(task(&db)["deal_id"], Value::Null);
    assert_eq!(
        db.json(&["deal", "show", &b])["tasks"],
        Value::Array(vec![])
    );
    db.fails(2, &["task", "set", &t, "--deal", &a, "--no-deal"]);
}

#[test]
fn an_ended_contact_is_reopened_and_the_end_date_is_a_list_column() {
    let db = Db::new();
    let c = db.add(&["contact", "add", "--name", "Polbud"]).to_string();
    db.fails(2, &["contact", "reopen", &c]);
    db.ok(&[
        "contact",
        "end",
        &c,
        "--reason",
        "price",
        "--date",
        "2026-03-15",
    ]);
    let list = db.ok(&["contact", "list"]);
    assert!(
        list.contains("2026-03-15"),
        "the end date in the table: {list}"
    );
    db.ok(&["contact", "reopen", &c]);
    let show = db.json(&["contact", "show", &c]);
    assert_eq!(show["ended"], Value::Null);
    assert_eq!(show["end_reason"], Value::Null);
    let h = history(&show);
    assert!(h.contains(&"End reason: price -> (none)".into()), "{h:?}");
    assert!(h.contains(&"Ended: 2026-03-15 -> (none)".into()), "{h:?}");
}

#[test]
fn attached_files_come_back_out_byte_for_byte_and_a_damaged_one_fails() {
    let (db, c) = setup();
    let d = db
        .add(&["deal", "add", "--contact", &c, "--title", "Ulotki"])
        .to_string();
    let dir = db.dir.path();
    let bytes: Vec<u8> = (0..70_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let src = dir.join("oferta.pdf");
    std::fs::write(&src, &bytes).unwrap();
    db.ok(&["deal", "attach", &d, src.to_str().unwrap()]);
    // A second version under the same name: `get` by name takes the newest.
    let v2 = dir.join("v2").join("oferta.pdf");
    std::fs::create_dir(dir.join("v2")).unwrap();
    std::fs::write(&v2, b"wersja 2").unwrap();
    db.ok(&["deal", "attach", &d, v2.to_str().unwrap()]);

    let list = db.json(&["deal", "file", "list", &d]);
    let files = list.as_array().unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["size"], 70_000);
    assert_eq!(files[0]["added_by"], "anna");
    let first = files[0]["id"].as_u64().unwrap();
    let csv = db.ok(&["deal", "file", "list", &d, "--format", "csv"]);
    assert!(csv.starts_with("id,name,size,added_by,created\n"), "{csv}");

    let out = dir.join("back.pdf");
    db.ok(&[
        "deal",
        "file",
        "get",
        &d,
        "oferta.pdf",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), b"wersja 2");
    // An existing file stays unless --force.
    db.fails(
        2,
        &[
            "deal",
            "file",
            "get",
            &d,
            &format!("#{first}"),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"wersja 2");
    db.ok(&[
        "deal",
        "file",
        "get",
        &d,
        &format!("#{first}"),
        "-o",
        out.to_str().unwrap(),
        "--force",
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);
    let stdout = db
        .cmd(&["deal", "file", "get", &d, &format!("#{first}"), "-o", "-"])
        .output()
        .unwrap();
    assert!(stdout.status.success());
    assert_eq!(stdout.stdout, bytes);
    let err = db.fails(2, &["deal", "file", "get", &d, "umowa.pdf", "-o", "x"]);
    assert!(
        err.contains("oferta.pdf"),
        "lists the files there are: {err}"
    );
    // A FILE typed with a terminal control sequence comes back harmless in the error (a
    // stored name cannot hold one: names are refused with control characters).
    let err = db.fails(2, &["deal", "file", "get", &d, "b\x1b[2J", "-o", "x"]);
    assert!(!err.contains('\x1b'), "{err:?}");
    db.fails(2, &["deal", "file", "list", "999"]);

    // A stored copy damaged on disk: exit 1, and no file written.
    let sha = files[0]["sha256"].as_str().unwrap();
    let stored = dir.join("files").join(sha);
    let mut perms = std::fs::metadata(&stored).unwrap().permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    perms.set_readonly(false);
    std::fs::set_permissions(&stored, perms).unwrap();
    let mut damaged = bytes.clone();
    damaged[10] ^= 0xff;
    std::fs::write(&stored, &damaged).unwrap();
    let bad = dir.join("bad.pdf");
    let err = db.fails(
        1,
        &[
            "deal",
            "file",
            "get",
            &d,
            &format!("#{first}"),
            "-o",
            bad.to_str().unwrap(),
        ],
    );
    assert!(err.contains("damaged"), "{err}");
    assert!(!bad.exists(), "nothing written from a damaged copy");
    let leftovers: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left: {leftovers:?}"
    );

    // Campaign files, the campaign named as other campaign commands take it.
    db.add(&["campaign", "create", "--name", "Święta 2026"]);
    let poster = dir.join("plakat.pdf");
    std::fs::write(&poster, b"plakat").unwrap();
    db.ok(&[
        "campaign",
        "attach",
        "swieta 2026",
        poster.to_str().unwrap(),
    ]);
    let out = dir.join("plakat-kopia.pdf");
    db.ok(&[
        "campaign",
        "file",
        "get",
        "Święta 2026",
        "plakat.pdf",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(std::fs::read(&out).unwrap(), b"plakat");
}

#[test]
fn campaign_set_changes_goals_rules_name_and_tags() {
    let db = Db::new();
    let id = db
        .add(&[
            "campaign",
            "create",
            "--name",
            "Święta 2026",
            "--goals",
            "20 umów",
            "--rules",
            "Bez rabatów",
            "--tag",
            "xmas",
        ])
        .to_string();
    db.ok(&[
        "campaign",
        "set",
        "święta 2026",
        "--goals",
        "Dwadzieścia nowych umów",
        "--rules",
        "",
        "--tag",
        "b2b",
        "--untag",
        "xmas",
    ]);
    let c = db.json(&["campaign", "show", &id]);
    assert_eq!(c["goals"], "Dwadzieścia nowych umów");
    assert_eq!(c["rules"], Value::Null, "an empty value clears");
    assert_eq!(c["tags"], serde_json::json!(["b2b"]));
    let h = history(&c);
    assert!(
        h.iter()
            .any(|l| l.contains("20 umów") && l.contains("Dwadzieścia nowych umów")),
        "{h:?}"
    );
    db.ok(&["campaign", "set", &id, "--name", "Zima 2026"]);
    assert_eq!(
        db.json(&["campaign", "show", "zima 2026"])["id"].to_string(),
        id
    );
    db.fails(2, &["campaign", "set", "Nie ma takiej", "--goals", "x"]);
    db.fails(2, &["campaign", "set", &id, "--name", ""]);
}
