//! Bad input: a clear one-line error in the user's language, exit code 2, nothing written.

mod common;
#[path = "common/server.rs"]
mod server_fixture;
use common::Db;
use server_fixture::servers_of;

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

/// The filters that overflowed a stack in issue 15 (1,500 deep aborted the shared server),
/// each with the column its error must name: the 65th level, or the 10,001st character.
fn hostile_filters() -> Vec<(String, usize)> {
    vec![
        (format!("{}a{}", "(".repeat(3000), ")".repeat(3000)), 65),
        (format!("{}a", "-".repeat(5000)), 65),
        ("(".repeat(20_000), 10_001),
    ]
}

#[test]
fn a_filter_nested_thousands_deep_is_refused_and_the_server_lives_on() {
    let (db, _, d) = setup();
    let servers = servers_of(db.dir.path());
    assert_eq!(servers.len(), 1, "one server after setup: {servers:?}");
    for (filter, col) in hostile_filters() {
        for list in ["deal", "contact"] {
            let err = db.fails(2, &[list, "list", "--filter", &filter]);
            assert!(err.contains(&format!("col {col}:")), "{list}: {err}");
            assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        }
    }
    let err = db.fails(2, &["deal", "list", "--filter", &hostile_filters()[0].0]);
    assert!(err.contains("nested too deep (at most 64 levels)"), "{err}");
    // The same server, still answering.
    assert_eq!(servers_of(db.dir.path()), servers);
    let deals = db.json(&["deal", "list"]);
    assert_eq!(deals[0]["id"].to_string(), d, "{deals}");
}

#[test]
fn a_filter_nested_thousands_deep_is_refused_without_a_server_too() {
    let db = Db::new_in_process();
    for (filter, col) in hostile_filters() {
        let err = db.fails(2, &["deal", "list", "--filter", &filter]);
        assert!(err.contains(&format!("col {col}:")), "{err}");
    }
    let pl = db
        .cmd(&[
            "--lang",
            "pl",
            "task",
            "list",
            "--filter",
            &"(".repeat(20_000),
        ])
        .output()
        .expect("run lejek");
    assert_eq!(pl.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&pl.stderr).contains("kol. 10001: filtr jest za długi"),
        "{}",
        String::from_utf8_lossy(&pl.stderr)
    );
}
