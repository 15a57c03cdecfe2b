//! Bad input: a clear one-line error in the user's language, exit code 2, nothing written.

mod common;
use common::Db;

fn setup() -> (Db, String, String) {
    let db = Db::new();
    let c = db.add(&["contact", "add", "--name", "Firma"]).to_string();
    let d = db
        .add(&["deal", "add", "--contact", &c, "--title", "Interes"])
        .to_string();
    (db, c, d)
}

#[test]
fn each_bad_input_exits_2_and_writes_nothing() {
    let (db, c, d) = setup();
    let long = "x".repeat(10_001);
    let cases: Vec<Vec<&str>> = vec![
        vec!["deal", "add", "--contact", "99999999", "--title", "X"],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--value",
            "abc",
        ],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--value",
            "12,3,4",
        ],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--value",
            "1e9999",
        ],
        vec!["deal", "add", "--contact", &c, "--title", ""],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--next",
            "2026-02-30",
        ],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--stage",
            "nonexistent",
        ],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--source",
            "nowhere",
        ],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--owner",
            "ghost",
        ],
        vec!["deal", "add", "--contact", &c, "--title", &long],
        vec!["deal", "note", &d, &long],
        vec!["deal", "lose", &d],
        vec!["deal", "set", &d, "--stage", "lost"],
        vec!["deal", "list", "--filter", "value>=(("],
        vec!["deal", "list", "--sort", "nosuchfield"],
        vec![
            "contact",
            "add",
            "--kind",
            "company",
            "--name",
            "Zła Firma",
            "--nip",
            "7251832918",
        ],
        vec!["contact", "add", "--name", ""],
        vec!["contact", "add", "--name", "X", "--kind", "robot"],
        vec!["contact", "add", "--name", "X", "--email", "not-an-email"],
        vec![
            "contact",
            "end",
            &c,
            "--reason",
            "price",
            "--date",
            "2026-13-01",
        ],
        vec!["campaign", "create", "--name", " "],
        vec!["task", "add", "--title", "T", "--deal", "424242"],
        vec!["task", "add", "--title", "T", "--kind", "party"],
        vec!["dict", "list", "colours"],
    ];
    let before = db.snapshot();
    for args in &cases {
        let err = db.fails(2, args);
        assert_eq!(
            err.trim().lines().count(),
            1,
            "one line for {args:?}: {err}"
        );
        assert!(err.starts_with("lejek: "), "{err}");
    }
    assert_eq!(db.snapshot(), before, "bad input changed the data");
}

#[test]
fn messages_name_the_problem_in_both_languages() {
    let (db, c, _) = setup();
    let en = db.fails(
        2,
        &[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--stage",
            "zzz",
        ],
    );
    assert!(
        en.contains("valid values: new, qualification, proposal, negotiation, won, lost"),
        "{en}"
    );
    let filter = db.fails(2, &["deal", "list", "--filter", "next<tomorow"]);
    assert!(filter.contains("col 6"), "column named: {filter}");
    let pl = db
        .cmd(&[
            "--lang",
            "pl",
            "deal",
            "add",
            "--contact",
            "77",
            "--title",
            "X",
        ])
        .output()
        .unwrap();
    let pl = String::from_utf8_lossy(&pl.stderr);
    assert!(pl.contains("nie ma kontaktu o id 77"), "{pl}");
    let pl_empty = db
        .cmd(&["--lang", "pl", "contact", "add", "--name", ""])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&pl_empty.stderr).contains("pole Nazwa nie może być puste"));
    // LANG=pl_PL.UTF-8 alone selects Polish.
    let out = db
        .cmd(&["deal", "show", "4242"])
        .env_remove("LEJEK_LANG")
        .env("LANG", "pl_PL.UTF-8")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("nie ma interesu"));
}

#[test]
fn unknown_actor_cannot_write() {
    let (db, c, _) = setup();
    let out = db
        .cmd_as("intruz", &["deal", "add", "--contact", &c, "--title", "X"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a lejek user"));
}

#[test]
fn a_missing_database_is_a_clear_error() {
    let db = Db::empty();
    let err = db.fails(1, &["deal", "list"]);
    assert!(err.contains("lejek init"), "{err}");
}
