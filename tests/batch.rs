//! Batch campaigns for scripts and cron (C6, B1-B5): `campaign create --contacts|--csv` and
//! `campaign add-deals` through the real binary: dry run, one deal per contact, idempotent
//! re-runs, the filter examples of the issue, CSV files in UTF-8 and Windows-1250, exit
//! codes, waiting for a busy database, and crashes in the middle of a batch.

mod common;
use common::Db;

use std::collections::{BTreeSet, HashSet};
use std::process::Output;
use std::time::{Duration, Instant};

use lejek::model::{Change, EntityKind, EntityRef};
use lejek::service::query::ListQuery;
use lejek::service::{Clock, Service};
use serde_json::Value;

/// Run `lejek ARGS` and return (exit code, stdout as JSON when it is JSON, stderr).
fn run(db: &Db, args: &[&str]) -> (Option<i32>, Value, String) {
    split(db.cmd(args).output().expect("run lejek"))
}

fn split(out: Output) -> (Option<i32>, Value, String) {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let v = serde_json::from_str(&stdout).unwrap_or(Value::String(stdout));
    (
        out.status.code(),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A batch that must succeed (exit 0): its JSON summary.
fn batch(db: &Db, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["--format", "json"]);
    let (code, v, err) = run(db, &a);
    assert_eq!(code, Some(0), "{args:?}: {v} {err}");
    v
}

fn ids(v: &Value) -> Vec<u64> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x["id"].as_u64().or(x.as_u64()).expect("id"))
        .collect()
}

fn contact(db: &Db, args: &[&str]) -> u64 {
    let mut a = vec!["contact", "add"];
    a.extend(args);
    db.add(&a)
}

/// The contacts of the campaign's deals, one per deal.
fn campaign_contacts(db: &Db, campaign: &str) -> Vec<u64> {
    let deals = db.json(&["deal", "list"]);
    let id = db.json(&["campaign", "show", campaign])["id"]
        .as_u64()
        .unwrap();
    let mut out: Vec<u64> = deals
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["campaign_id"].as_u64() == Some(id))
        .map(|d| d["contact_id"].as_u64().unwrap())
        .collect();
    out.sort();
    out
}

/// Five companies and two persons with a little variety.
fn small_firm(db: &Db) -> Vec<u64> {
    let mut v = Vec::new();
    for (name, tags) in [
        ("Alfa Druk", "vip"),
        ("Beta Transport", ""),
        ("Gamma Biuro Rachunkowe", "vip"),
        ("Delta Opieka", ""),
        ("Łódzka Drukarnia", ""),
    ] {
        let mut a = vec!["--kind", "company", "--name", name];
        if !tags.is_empty() {
            a.extend(["--tag", tags]);
        }
        v.push(contact(db, &a));
    }
    v.push(contact(
        db,
        &["--kind", "person", "--name", "Jan Kowalski", "--tag", "vip"],
    ));
    v.push(contact(db, &["--kind", "person", "--name", "Anna Nowak"]));
    v
}

#[test]
fn dry_run_writes_nothing_and_reports_the_count() {
    let db = Db::new();
    small_firm(&db);
    let before = db.snapshot();
    let v = batch(
        &db,
        &[
            "campaign",
            "create",
            "--name",
            "Zima",
            "--contacts",
            "kind:company",
            "--deal-title",
            "Oferta zimowa",
            "--value",
            "1 200,00",
            "--dry-run",
        ],
    );
    assert_eq!(v["created"], 5);
    assert_eq!(v["skipped"], 0);
    assert_eq!(v["dry_run"], true);
    assert_eq!(
        v["campaign_id"],
        Value::Null,
        "the campaign does not exist yet"
    );
    assert_eq!(v["deal_ids"], serde_json::json!([]));
    assert_eq!(db.snapshot(), before, "a dry run wrote something");
    // The JSON summary is a contract: exactly these fields.
    let keys: BTreeSet<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    let want: BTreeSet<&str> = [
        "campaign_id",
        "campaign",
        "created",
        "skipped",
        "unmatched",
        "deal_ids",
        "dry_run",
    ]
    .into();
    assert_eq!(keys, want);
}

#[test]
fn one_deal_per_contact_and_a_rerun_adds_nothing() {
    let db = Db::new();
    let all = small_firm(&db);
    let args = [
        "campaign",
        "create",
        "--name",
        "Zima 2026",
        "--goals",
        "10 umów",
        "--contacts",
        "kind:company",
        "--deal-title",
        "Oferta zimowa",
        "--description",
        "Rabat 10%",
        "--value",
        "1200",
        "--owner",
        "anna",
        "--source",
        "campaign",
        "--stage",
        "new",
        "--tag",
        "zima",
        "--next",
        "2026-12-05",
    ];
    let v = batch(&db, &args);
    assert_eq!(v["created"], 5);
    assert_eq!(v["skipped"], 0);
    assert_eq!(v["dry_run"], false);
    assert_eq!(v["unmatched"], serde_json::json!([]));
    let cid = v["campaign_id"].as_u64().expect("campaign id");
    assert_eq!(campaign_contacts(&db, "Zima 2026"), all[..5].to_vec());
    let deal_ids = ids(&v["deal_ids"]);
    assert_eq!(deal_ids.len(), 5);
    let d = db.json(&["deal", "show", &deal_ids[0].to_string()]);
    assert_eq!(d["title"], "Oferta zimowa");
    assert_eq!(d["description"], "Rabat 10%");
    assert_eq!(d["value"], "1200.00");
    assert_eq!(d["owner"], "anna");
    assert_eq!(d["source"], "campaign");
    assert_eq!(d["tags"], serde_json::json!(["zima"]));
    assert_eq!(d["next_activity"], "2026-12-05");
    assert_eq!(d["campaign_id"].as_u64(), Some(cid));
    let k = db.json(&["campaign", "show", "Zima 2026"]);
    assert_eq!(k["goals"], "10 umów");
    assert_eq!(k["deals"], 5);

    // The same command again: nothing new, everything skipped, same campaign (B2).
    let again = batch(&db, &args);
    assert_eq!(again["created"], 0);
    assert_eq!(again["skipped"], 5);
    assert_eq!(again["campaign_id"].as_u64(), Some(cid));
    assert_eq!(db.count("deal"), 5);
    // A dry run now says the same.
    let mut dry = args.to_vec();
    dry.push("--dry-run");
    let d = batch(&db, &dry);
    assert_eq!(
        (d["created"].as_u64(), d["skipped"].as_u64()),
        (Some(0), Some(5))
    );
    assert_eq!(d["campaign_id"].as_u64(), Some(cid));

    // A new matching contact gets its deal on the next run, and only it. Different goals do
    // not make a second campaign: the name is the identity.
    let new = contact(&db, &["--kind", "company", "--name", "Epsilon"]);
    let mut changed = args.to_vec();
    changed[5] = "inne cele";
    let v = batch(&db, &changed);
    assert_eq!(
        (v["created"].as_u64(), v["skipped"].as_u64()),
        (Some(1), Some(5))
    );
    assert_eq!(db.count("campaign"), 1);
    assert!(campaign_contacts(&db, "Zima 2026").contains(&new));

    // add-deals on the existing campaign, by id and by name, with another selection.
    let v = batch(
        &db,
        &[
            "campaign",
            "add-deals",
            &cid.to_string(),
            "--contacts",
            "kind:person",
            "--deal-title",
            "Oferta dla osób",
        ],
    );
    assert_eq!(
        (v["created"].as_u64(), v["skipped"].as_u64()),
        (Some(2), Some(0))
    );
    let v = batch(
        &db,
        &[
            "campaign",
            "add-deals",
            "zima 2026",
            "--contacts",
            "",
            "--deal-title",
            "Oferta",
        ],
    );
    assert_eq!(
        (v["created"].as_u64(), v["skipped"].as_u64()),
        (Some(0), Some(8))
    );
    assert_eq!(v["campaign"], "Zima 2026");
    assert_eq!(db.count("deal"), 8);
}

#[test]
fn nothing_matched_is_exit_0_and_an_empty_campaign() {
    let db = Db::new();
    small_firm(&db);
    let v = batch(
        &db,
        &[
            "campaign",
            "create",
            "--name",
            "Pusta",
            "--contacts",
            "name:nikt",
            "--deal-title",
            "X",
        ],
    );
    assert_eq!(
        (v["created"].as_u64(), v["skipped"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(v["campaign_id"].as_u64().is_some());
    assert_eq!(db.count("deal"), 0);
}

#[test]
fn the_filter_examples_of_the_issue() {
    let db = Db::new();
    let old = |args: &[&str]| -> u64 {
        let mut a = vec!["contact", "add"];
        a.extend(args);
        let out = db
            .cmd(&a)
            .env("LEJEK_NOW", "2026-08-01T10:00:00Z")
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    };
    let end = |id: u64, reason: &str, date: &str| {
        db.ok(&[
            "contact",
            "end",
            &id.to_string(),
            "--reason",
            reason,
            "--date",
            date,
        ]);
    };
    // Lost over price in 2025 and archived: the only ones of the first example.
    let a = contact(
        &db,
        &["--kind", "company", "--name", "A", "--status", "archived"],
    );
    end(a, "price", "2025-03-01");
    let b = contact(
        &db,
        &["--kind", "company", "--name", "B", "--status", "archived"],
    );
    end(b, "quality", "2025-03-01");
    let c = contact(
        &db,
        &["--kind", "company", "--name", "C", "--status", "archived"],
    );
    end(c, "price", "2024-12-31");
    let d = contact(
        &db,
        &["--kind", "company", "--name", "D", "--status", "current"],
    );
    end(d, "price", "2025-06-01");
    let e = contact(
        &db,
        &["--kind", "person", "--name", "E", "--status", "archived"],
    );
    end(e, "price", "2026-01-15");
    // Trade fair contacts, new and old.
    let f = contact(
        &db,
        &["--kind", "company", "--name", "F", "--source", "trade fair"],
    );
    let g = old(&["--kind", "company", "--name", "G", "--source", "trade fair"]);
    let h = contact(
        &db,
        &["--kind", "person", "--name", "H", "--source", "website"],
    );
    // VIPs.
    let i = contact(&db, &["--kind", "company", "--name", "I", "--tag", "vip"]);
    let j = contact(&db, &["--kind", "person", "--name", "J", "--tag", "vip"]);
    let _ = (b, c, d, g, h, j);

    let cases: [(&str, &str, Vec<u64>); 3] = [
        (
            "Powrót",
            "status:archived reason:price ended>=2025-01-01",
            vec![a, e],
        ),
        ("Targi", "source:\"trade fair\" created>=-30d", vec![f]),
        ("VIP", "tag:vip -kind:person", vec![i]),
    ];
    for (name, filter, want) in cases {
        let v = batch(
            &db,
            &[
                "campaign",
                "create",
                "--name",
                name,
                "--contacts",
                filter,
                "--deal-title",
                "Oferta",
            ],
        );
        assert_eq!(v["created"].as_u64(), Some(want.len() as u64), "{filter}");
        assert_eq!(campaign_contacts(&db, name), want, "{filter}");
    }
}

/// A CSV file in the database's temporary directory.
fn write(db: &Db, name: &str, bytes: &[u8]) -> String {
    let p = db.dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p.display().to_string()
}

fn csv_batch(db: &Db, name: &str, path: &str) -> (Option<i32>, Value, String) {
    run(
        db,
        &[
            "campaign",
            "create",
            "--name",
            name,
            "--csv",
            path,
            "--deal-title",
            "Oferta",
            "--format",
            "json",
        ],
    )
}

#[test]
fn csv_utf8_with_and_without_bom() {
    let db = Db::new();
    let alfa = contact(
        &db,
        &[
            "--kind",
            "company",
            "--name",
            "Alfa",
            "--nip",
            "725-183-29-19",
        ],
    );
    let beta = contact(
        &db,
        &[
            "--kind",
            "company",
            "--name",
            "Beta",
            "--email",
            "Biuro@Beta.pl",
        ],
    );
    let gamma = contact(&db, &["--kind", "company", "--name", "Łódzka Gamma"]);
    let delta = contact(&db, &["--kind", "company", "--name", "Delta"]);

    // By id, by NIP in another spelling, by e-mail in another case, by exact name.
    let text = format!(
        "id,nip,email,name\n{delta},,,\n,PL 7251832919,,\n,,biuro@beta.pl,\n,,,Łódzka Gamma\n"
    );
    let p = write(&db, "plain.csv", text.as_bytes());
    let (code, v, err) = csv_batch(&db, "Plik", &p);
    assert_eq!(code, Some(0), "{v} {err}");
    assert_eq!(v["created"], 4);
    let mut want = vec![alfa, beta, gamma, delta];
    want.sort();
    assert_eq!(campaign_contacts(&db, "Plik"), want);

    // Excel's UTF-8 with a BOM, Polish headers, semicolons.
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend("Nazwa;Miasto\nŁódzka Gamma;Łódź\nAlfa;Kraków\n".as_bytes());
    let p = write(&db, "bom.csv", &bytes);
    let (code, v, err) = csv_batch(&db, "Plik BOM", &p);
    assert_eq!(code, Some(0), "{v} {err}");
    assert_eq!(v["created"], 2);
    let mut want = vec![alfa, gamma];
    want.sort();
    assert_eq!(campaign_contacts(&db, "Plik BOM"), want);
}

#[test]
fn csv_windows_1250_with_unmatched_and_ambiguous_rows_is_partial() {
    let db = Db::new();
    let zolw = contact(&db, &["--kind", "company", "--name", "Żółw Spółka z o.o."]);
    let lodz = contact(&db, &["--kind", "company", "--name", "Łódzkie Świece"]);
    contact(&db, &["--kind", "person", "--name", "Jan Nowak"]);
    contact(&db, &["--kind", "person", "--name", "Jan Nowak"]);
    let text = "nazwa;miasto\r\n\
                Żółw Spółka z o.o.;Łódź\r\n\
                Jan Nowak;Gdańsk\r\n\
                Nieistniejąca Spółka;Poznań\r\n\
                ;Kraków\r\n\
                Łódzkie Świece;Łódź\r\n";
    let (bytes, _, bad) = encoding_rs::WINDOWS_1250.encode(text);
    assert!(!bad);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "not really Windows-1250"
    );
    let p = write(&db, "excel.csv", &bytes);
    let (code, v, err) = csv_batch(&db, "Świece", &p);
    assert_eq!(code, Some(3), "partial: {v} {err}");
    assert_eq!(v["created"], 2, "everything else is created");
    let mut want = vec![zolw, lodz];
    want.sort();
    assert_eq!(campaign_contacts(&db, "Świece"), want);
    let un = v["unmatched"].as_array().unwrap();
    let rows: Vec<(u64, &str, &str)> = un
        .iter()
        .map(|u| {
            (
                u["line"].as_u64().unwrap(),
                u["value"].as_str().unwrap(),
                u["reason"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (3, "Jan Nowak", "ambiguous"),
            (4, "Nieistniejąca Spółka", "not_found"),
            (5, "Kraków", "no_key"),
        ]
    );
    // Cron mail: one summary line naming the lines.
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("lines 3, 4, 5"), "{err}");

    // The table for people lists the rows too; a re-run creates nothing and is still partial.
    let out = db
        .cmd(&[
            "campaign",
            "create",
            "--name",
            "Świece",
            "--csv",
            &p,
            "--deal-title",
            "Oferta",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("Nieistniejąca Spółka"), "{table}");
    assert!(table.contains("more than one contact matches"), "{table}");
    assert_eq!(db.count("deal"), 2);
}

#[test]
fn every_bad_input_exits_2_and_writes_nothing() {
    let db = Db::new();
    small_firm(&db);
    let missing = db.dir.path().join("nie-ma.csv").display().to_string();
    let no_header = write(&db, "bad.csv", b"miasto,ulica\nLodz,Piotrkowska\n");
    let empty = write(&db, "empty.csv", b"");
    let base = ["--name", "Zła", "--deal-title", "X"];
    let cases: Vec<Vec<&str>> = vec![
        vec!["--contacts", "created>=(("],
        vec!["--contacts", "stage:nowy"],
        vec!["--contacts", "kind:company", "--owner", "nikt"],
        vec!["--contacts", "kind:company", "--source", "nieznane"],
        vec!["--contacts", "kind:company", "--stage", "nieznany"],
        vec!["--contacts", "kind:company", "--stage", "lost"],
        vec!["--contacts", "kind:company", "--value", "1,234"],
        vec!["--contacts", "kind:company", "--value", "dużo"],
        vec!["--contacts", "kind:company", "--value", "-5"],
        vec!["--contacts", "kind:company", "--next", "kiedyś"],
        vec!["--contacts", "kind:company", "--format", "csv"],
        vec!["--csv", &missing],
        vec!["--csv", &no_header],
        vec!["--csv", &empty],
        vec!["--contacts", "kind:company", "--csv", &no_header],
    ];
    let before = db.snapshot();
    for extra in &cases {
        let mut a = vec!["campaign", "create"];
        a.extend(base);
        a.extend(extra.iter().copied());
        let (code, out, err) = run(&db, &a);
        assert_eq!(code, Some(2), "{extra:?}: {out} {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A batch needs a title; batch options need a selection; add-deals needs a campaign
    // that exists and a selection.
    for a in [
        vec![
            "campaign",
            "create",
            "--name",
            "Zła",
            "--contacts",
            "kind:company",
        ],
        vec!["campaign", "create", "--name", "Zła", "--deal-title", "X"],
        vec!["campaign", "create", "--name", "Zła", "--dry-run"],
        vec![
            "campaign",
            "add-deals",
            "Nie ma takiej",
            "--contacts",
            "",
            "--deal-title",
            "X",
        ],
        vec!["campaign", "add-deals", "Zła", "--deal-title", "X"],
    ] {
        let (code, out, err) = run(&db, &a);
        assert_eq!(code, Some(2), "{a:?}: {out} {err}");
    }
    assert_eq!(db.snapshot(), before);
    // Even with every contact already in the campaign, a bad owner is still bad input.
    batch(
        &db,
        &[
            "campaign",
            "create",
            "--name",
            "Pełna",
            "--contacts",
            "",
            "--deal-title",
            "X",
        ],
    );
    let (code, _, err) = run(
        &db,
        &[
            "campaign",
            "add-deals",
            "Pełna",
            "--contacts",
            "",
            "--deal-title",
            "X",
            "--owner",
            "nikt",
        ],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("nikt"), "{err}");
    // Without batch options, create is still the plain create of an empty campaign.
    let id = db.add(&["campaign", "create", "--name", "Zwykła"]);
    assert_eq!(db.json(&["campaign", "show", &id.to_string()])["deals"], 0);
}

#[test]
fn messages_in_polish() {
    let db = Db::new();
    small_firm(&db);
    let out = db
        .cmd(&[
            "--lang",
            "pl",
            "campaign",
            "create",
            "--name",
            "Zima",
            "--contacts",
            "kind:company",
            "--deal-title",
            "Oferta",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("Utworzone interesy"), "{table}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("utworzono 5 interesów"), "{err}");
    let (code, _, err) = run(
        &db,
        &[
            "--lang",
            "pl",
            "campaign",
            "add-deals",
            "Zima",
            "--deal-title",
            "X",
        ],
    );
    assert_eq!(code, Some(2));
    assert!(err.contains("wskaż kontakty"), "{err}");
}

#[test]
fn waits_for_a_busy_database_then_fails_with_exit_1() {
    // Without a server: the busy database is held by another process (the test).
    let db = Db::new_in_process();
    small_firm(&db);
    let args = [
        "campaign",
        "create",
        "--name",
        "Czeka",
        "--contacts",
        "kind:company",
        "--deal-title",
        "X",
        "--wait",
        "1",
    ];
    {
        // Held open by this process, as a long-running TUI would.
        let _svc = Service::open(db.dir.path(), false, Clock::from_env()).unwrap();
        let started = Instant::now();
        let out = db
            .cmd(&args)
            .timeout(Duration::from_secs(60))
            .output()
            .unwrap();
        let waited = started.elapsed();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("still in use by another lejek process"),
            "{err}"
        );
        assert!(err.contains("1 s"), "{err}");
        // It did wait (a lower bound only: a busy machine may take longer).
        assert!(
            waited >= Duration::from_millis(900),
            "gave up after {waited:?}"
        );
    }
    assert_eq!(db.count("deal"), 0);

    // Released while the batch waits: the batch goes on.
    let svc = Service::open(db.dir.path(), false, Clock::from_env()).unwrap();
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(700));
        drop(svc);
    });
    let mut a = args.to_vec();
    a[9] = "30";
    a.extend(["--format", "json"]);
    let (code, v, err) = split(
        db.cmd(&a)
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap(),
    );
    holder.join().unwrap();
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(v["created"], 5);
}

/// The state after a crash: every deal of the campaign is whole (its created and stage and
/// value events, its membership, the campaign's "joined" event), one per contact. Returns how
/// many deals there are.
fn check_whole(db: &Db, campaign: &str, matched: &HashSet<u64>) -> usize {
    let svc = Service::open(db.dir.path(), false, Clock::from_env()).unwrap();
    let Ok(c) = svc.find_campaign(campaign) else {
        assert_eq!(svc.list_deals(&ListQuery::default()).unwrap().len(), 0);
        return 0;
    };
    let deals = svc.list_deals(&ListQuery::default()).unwrap();
    let in_campaign = svc.deals_of_campaign(c.id).unwrap();
    assert_eq!(
        deals.len(),
        in_campaign.len(),
        "a deal outside the campaign"
    );
    let mut contacts = HashSet::new();
    for d in &deals {
        assert_eq!(d.campaign_id, Some(c.id));
        assert!(
            contacts.insert(d.contact_id),
            "two deals for {}",
            d.contact_id
        );
        assert!(matched.contains(&d.contact_id));
        let h = svc
            .history(EntityRef {
                kind: EntityKind::Deal,
                id: d.id,
            })
            .unwrap();
        let kinds: Vec<&str> = h
            .iter()
            .map(|e| match e.change {
                Change::DealCreated { value: Some(_), .. } => "created with stage and value",
                Change::Created { .. } => "created",
                Change::Stage { .. } => "stage",
                Change::Value { .. } => "value",
                _ => "other",
            })
            .collect();
        // Format 2: one event carries the title, first stage and value.
        assert_eq!(kinds, ["created with stage and value"], "deal {}", d.id);
        // The membership that makes re-runs idempotent is there for every deal.
        let member = lejek_core::store::keys::pair(c.id, d.contact_id);
        let v = svc
            .store()
            .tree(lejek_core::store::T::CampaignMembers)
            .get(member)
            .unwrap()
            .expect("membership");
        assert_eq!(lejek_core::store::keys::u64_at(&v, 0), Some(d.id));
    }
    let joined = svc
        .history(EntityRef {
            kind: EntityKind::Campaign,
            id: c.id,
        })
        .unwrap()
        .iter()
        .filter(|e| matches!(e.change, Change::Linked { .. }))
        .count();
    assert_eq!(joined, deals.len(), "the campaign's history misses deals");
    let members = svc
        .store()
        .tree(lejek_core::store::T::CampaignMembers)
        .scan_prefix(lejek_core::store::keys::id(c.id))
        .count();
    assert_eq!(members, deals.len(), "a membership without its deal");
    deals.len()
}

#[test]
fn a_batch_killed_midway_is_completed_by_a_rerun() {
    // The batch process itself is killed here, so it must be the one writing; the server's
    // side of a killed client is tests/server.rs.
    let db = Db::empty_in_process();
    db.ok(&[
        "demo",
        "generate",
        "--contacts",
        "3000",
        "--deals",
        "0",
        "--seed",
        "1",
    ]);
    let filter = "kind:company or kind:person";
    let matched: HashSet<u64> = ids(&db.json(&["contact", "list", "--filter", filter]))
        .into_iter()
        .collect();
    assert_eq!(matched.len(), 3000);
    let args = [
        "campaign",
        "create",
        "--name",
        "Nocna",
        "--contacts",
        filter,
        "--deal-title",
        "Oferta nocna",
        "--value",
        "100",
        "--format",
        "json",
    ];
    // 250 contacts a chunk: 12 chunks. Deterministic crashes right after a commit...
    let mut last = 0;
    for n in [1, 3, 6] {
        let out = db
            .cmd(&args)
            .env("LEJEK_BATCH_CHUNK", "250")
            .env("LEJEK_TEST_CRASH_AFTER_CHUNKS", n.to_string())
            // abort() may leave a core file in the working directory: keep it in the temp dir.
            .current_dir(db.dir.path())
            .output()
            .unwrap();
        assert!(!out.status.success(), "the crash hook did not fire");
        let now = check_whole(&db, "Nocna", &matched);
        assert_eq!(now, n * 250, "after a crash at chunk {n}");
        last = now;
    }
    // ...and kill -9 wherever the batch has got to: each kill comes later until one lands
    // in the middle (how long start-up takes depends on the machine).
    let mut delay = Duration::from_millis(100);
    let mut mid_batch_kills = 0;
    while mid_batch_kills < 3 && last < 3000 && delay < Duration::from_secs(60) {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("lejek"))
            .env_clear()
            .env("LEJEK_NOW", common::NOW)
            .env("TZ", "Europe/Warsaw")
            .env("LEJEK_USER", "anna")
            .env("LEJEK_BATCH_CHUNK", "50")
            .env("LEJEK_NO_SERVER", "1")
            .arg("--db")
            .arg(db.dir.path())
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let _ = child.wait();
        let now = check_whole(&db, "Nocna", &matched);
        eprintln!("kill -9 after {delay:?}: {now} deals");
        assert!(now >= last);
        if now > last && now < 3000 {
            mid_batch_kills += 1;
        } else {
            delay = delay * 3 / 2;
        }
        last = now;
    }
    // The re-run finishes the batch: exactly one deal per matched contact.
    let v = batch(&db, &args[..10]);
    assert_eq!(v["created"].as_u64().unwrap() as usize, 3000 - last);
    assert_eq!(v["skipped"].as_u64().unwrap() as usize, last);
    assert_eq!(check_whole(&db, "Nocna", &matched), 3000);
    let v = batch(&db, &args[..10]);
    assert_eq!(
        (v["created"].as_u64(), v["skipped"].as_u64()),
        (Some(0), Some(3000))
    );
}
