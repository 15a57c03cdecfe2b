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

#[test]
fn dates_outside_1900_to_2200_exit_2_and_write_nothing() {
    // Issue 15 item 10: these exited 0 and exported as `+99999-01-01`, which import refused.
    let (db, c, d) = setup();
    let before = db.snapshot();
    let cases: Vec<Vec<&str>> = vec![
        vec!["deal", "set", &d, "--next", "99999-01-01"],
        vec!["deal", "set", &d, "--next", "0000-01-01"],
        vec!["deal", "set", &d, "--next", "+999999d"],
        vec!["deal", "set", &d, "--next", "2201-01-01"],
        vec![
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "Y",
            "--next",
            "1899-12-31",
        ],
        vec!["task", "add", "--title", "T", "--due", "2201-01-01 10:00"],
        vec![
            "contact",
            "end",
            &c,
            "--reason",
            "price",
            "--date",
            "0000-01-01",
        ],
        vec!["deal", "list", "--filter", "next<99999-01-01"],
        vec!["report", "deal-stages", "--as-of", "2201-01-01"],
    ];
    for args in &cases {
        let err = db.fails(2, args);
        assert!(
            err.contains("(years 1900 to 2200)"),
            "{args:?} must name the years: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
    // A frozen clock in such a year would date what is written with it.
    let out = db
        .cmd(&["contact", "add", "--name", "Z"])
        .env("LEJEK_NOW", "1899-12-31T12:00:00Z")
        .output()
        .expect("run lejek");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(
            "LEJEK_NOW is out of range: '1899-12-31T12:00:00+00:00' (years 1900 to 2200)"
        ),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(db.snapshot(), before, "a refused date changed the data");
    // The bounds themselves are fine.
    db.ok(&["deal", "set", &d, "--next", "2200-12-31"]);
    db.ok(&["deal", "set", &d, "--next", "1900-01-01"]);
    let pl = db
        .cmd(&["--lang", "pl", "deal", "set", &d, "--next", "99999-01-01"])
        .output()
        .expect("run lejek");
    assert_eq!(pl.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&pl.stderr)
            .contains("data poza zakresem: '99999-01-01' (lata od 1900 do 2200)"),
        "{}",
        String::from_utf8_lossy(&pl.stderr)
    );
}

#[test]
fn a_raw_request_with_a_date_lejek_does_not_keep_is_refused() {
    // A front end other than ours (or an old one) sends the date as a value: the service
    // holds it to the same years.
    use chrono::NaiveDate;
    use lejek::model::TaskKind;
    use lejek::server::protocol::{ListArgs, Query, Request, Response};
    use lejek::service::{Command as Cmd, DealDraft, DealPatch, TaskDraft};
    let server = server_fixture::Server::start();
    let mut c = server.client("anna");
    let contact = server_fixture::new_contact(&mut c, "Firma");
    let far = NaiveDate::from_ymd_opt(99999, 1, 1);
    let ok_day = NaiveDate::from_ymd_opt(2026, 12, 1);
    let deal = server_fixture::apply_new(
        &mut c,
        Cmd::AddDeal(DealDraft {
            contact_id: contact,
            title: "Interes".into(),
            next_activity: ok_day,
            ..Default::default()
        }),
    );
    let refused = [
        Cmd::AddDeal(DealDraft {
            contact_id: contact,
            title: "X".into(),
            next_activity: far,
            ..Default::default()
        }),
        Cmd::UpdateDeal {
            id: deal,
            patch: DealPatch {
                next_activity: Some(NaiveDate::from_ymd_opt(0, 1, 1)),
                ..Default::default()
            },
        },
        Cmd::AddTask(TaskDraft {
            kind: TaskKind::Task,
            title: "T".into(),
            assignee: None,
            due: NaiveDate::from_ymd_opt(2201, 1, 1).and_then(|d| d.and_hms_opt(9, 0, 0)),
            deal_id: None,
            campaign_id: None,
        }),
        Cmd::EndContact {
            id: contact,
            reason: "price".into(),
            date: NaiveDate::from_ymd_opt(1899, 12, 31).unwrap_or_default(),
        },
    ];
    for cmd in refused {
        let shown = format!("{cmd:?}");
        match c.request(&Request::Apply { cmd }).expect("apply request") {
            Response::Error(e) => assert_eq!(e.exit_code, 2, "{shown}: {e:?}"),
            other => panic!("{shown} answered {other:?}"),
        }
    }
    match c
        .request(&Request::Query(Query::ListDeals(ListArgs::default())))
        .expect("list deals")
    {
        Response::Deals(deals) => {
            assert_eq!(deals.len(), 1);
            assert_eq!(deals[0].next_activity, ok_day);
        }
        other => panic!("list deals answered {other:?}"),
    }
}

#[test]
fn a_minus_zero_value_and_an_unasked_currency_switch_exit_2() {
    // Issue 15 item 14: `--value -0` was 0, and `12 500,00 EUR` silently made a PLN deal EUR.
    let (db, c, d) = setup();
    let value = |db: &Db| {
        let v = db.json(&["deal", "show", &d]);
        (v["value"].to_string(), v["currency"].to_string())
    };
    let pair = |v: &str, c: &str| (format!("\"{v}\""), format!("\"{c}\""));
    db.ok(&["deal", "set", &d, "--value", "1000"]);
    assert_eq!(value(&db), pair("1000.00", "PLN"));
    let before = db.snapshot();
    let err = db.fails(2, &["deal", "set", &d, "--value", "-0"]);
    assert!(
        err.contains("'-0' is not an amount: a minus sign on zero"),
        "{err}"
    );
    let err = db.fails(
        2,
        &[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--value",
            "-0,00 zł",
        ],
    );
    assert!(err.contains("a minus sign on zero"), "{err}");
    let err = db.fails(2, &["deal", "set", &d, "--value", "12 500,00 EUR"]);
    assert!(
        err.contains(&format!(
            "deal {d}'s value is in PLN; '12 500,00 EUR' is in EUR: \
             to change the deal's currency, add --currency EUR"
        )),
        "{err}"
    );
    let err = db.fails(
        2,
        &[
            "deal",
            "set",
            &d,
            "--value",
            "12 500,00 EUR",
            "--currency",
            "PLN",
        ],
    );
    assert!(
        err.contains("'12 500,00 EUR' is in EUR but --currency says PLN"),
        "{err}"
    );
    let err = db.fails(
        2,
        &[
            "deal",
            "add",
            "--contact",
            &c,
            "--title",
            "X",
            "--value",
            "5 EUR",
            "--currency",
            "usd",
        ],
    );
    assert!(
        err.contains("'5 EUR' is in EUR but --currency says USD"),
        "{err}"
    );
    let err = db.fails(2, &["deal", "set", &d, "--currency", "EUR"]);
    assert!(err.contains("--currency needs --value"), "{err}");
    assert_eq!(db.snapshot(), before, "a refused value changed the data");
    // Asked for, the switch happens; a bare amount then keeps the deal's currency.
    db.ok(&[
        "deal",
        "set",
        &d,
        "--value",
        "12 500,00 EUR",
        "--currency",
        "eur",
    ]);
    assert_eq!(value(&db), pair("12500.00", "EUR"));
    db.ok(&["deal", "set", &d, "--value", "600"]);
    assert_eq!(value(&db), pair("600.00", "EUR"));
    db.ok(&["deal", "set", &d, "--value", "700 €"]);
    assert_eq!(value(&db), pair("700.00", "EUR"));
    db.ok(&["deal", "set", &d, "--value", "5", "--currency", "PLN"]);
    assert_eq!(value(&db), pair("5.00", "PLN"));
    // A new deal has no currency to keep: the one written is taken.
    let e = db.add(&[
        "deal",
        "add",
        "--contact",
        &c,
        "--title",
        "E",
        "--value",
        "9 EUR",
    ]);
    let v = db.json(&["deal", "show", &e.to_string()]);
    assert_eq!(v["currency"], "EUR");
    db.ok(&["deal", "set", &d, "--value", "0"]);
    assert_eq!(value(&db), pair("0.00", "PLN"));
}

#[test]
fn a_request_nested_200_000_deep_is_refused_and_the_server_lives_on() {
    // Issue 15 item 4: `Import(At { cmd: Import(At { .. }) })` 200,000 deep (6 MB, inside the
    // 16 MiB frame limit) overflowed the decoding thread's stack and aborted the server.
    use std::io::{Read, Write};
    use std::time::Duration;

    use chrono::{TimeZone, Utc};
    use lejek::server::protocol::{Request, encode};
    use lejek::service::command::{Command as Cmd, ContactDraft, Imported};
    let nested = |levels: usize| {
        let mut cmd = Cmd::AddContact(ContactDraft {
            name: "x".into(),
            ..Default::default()
        });
        for _ in 0..levels {
            cmd = Cmd::Import(Imported::At {
                at: Utc.timestamp_opt(1_790_000_000, 0).unwrap(),
                by: None,
                cmd: Box::new(cmd),
            });
        }
        encode(&Request::Apply { cmd }).expect("encode")
    };
    // One level's bytes, by difference (encoding 200,000 levels would recurse as deep).
    let (one, two) = (nested(1), nested(2));
    let start = two.iter().zip(&one).take_while(|(a, b)| a == b).count();
    let level = &two[start..start + two.len() - one.len()];
    let mut body = one[..start].to_vec();
    for _ in 0..200_000 {
        body.extend_from_slice(level);
    }
    body.extend_from_slice(&one[start..]);

    let mut server = server_fixture::Server::start();
    let mut s = server.socket();
    s.set_read_timeout(Some(Duration::from_secs(60)))
        .expect("timeout");
    let mut bytes = server_fixture::hello_frame();
    bytes.extend(server_fixture::frame(&body));
    s.write_all(&bytes).expect("send");
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    assert!(
        server.child.try_wait().expect("server status").is_none(),
        "the server died"
    );
    let mut c = server.client("anna");
    server_fixture::new_contact(&mut c, "Po głębokim");
    assert!(server_fixture::contact_names(&mut c).contains(&"Po głębokim".to_owned()));
}
