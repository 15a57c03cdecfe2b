//! Duplicate contacts found and merged (issue 20 item 2), through the real binary: pairs by
//! each reason and none otherwise, a merge moving each kind of thing, the history of both,
//! the redirect, the refusals (exit 2, nothing written) and who may merge.

mod common;
use common::Db;
use lejek::model::{EntityKind, EntityRef};
use lejek::service::{Actor, Clock, Command as Cmd, Service};
use serde_json::Value;

fn company(db: &Db, name: &str, extra: &[&str]) -> u64 {
    let mut a = vec!["contact", "add", "--kind", "company", "--name", name];
    a.extend_from_slice(extra);
    db.add(&a)
}

fn person(db: &Db, name: &str, extra: &[&str]) -> u64 {
    let mut a = vec!["contact", "add", "--kind", "person", "--name", name];
    a.extend_from_slice(extra);
    db.add(&a)
}

/// The pairs listed, as (keep, other, score, reasons).
fn pairs(db: &Db) -> Vec<(u64, u64, u64, Vec<String>)> {
    db.json(&["contact", "duplicates"])
        .as_array()
        .expect("a JSON array")
        .iter()
        .map(|p| {
            (
                p["keep"].as_u64().expect("keep"),
                p["other"].as_u64().expect("other"),
                p["score"].as_u64().expect("score"),
                p["reasons"]
                    .as_array()
                    .expect("reasons")
                    .iter()
                    .map(|r| r.as_str().unwrap_or_default().to_owned())
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn each_reason_finds_its_pair_and_nothing_else_pairs() {
    let db = Db::new();
    // Same NIP, names unlike: 90.
    let n1 = company(&db, "Alfa Transport", &["--nip", "525-224-84-81"]);
    let n2 = company(&db, "Beta Logistyka", &["--nip", "5252248481"]);
    // Same e-mail in another case: 60.
    let e1 = company(&db, "Gamma", &["--email", "Biuro@Gamma.PL"]);
    let e2 = company(&db, "Delta", &["--email", "biuro@gamma.pl"]);
    // Same phone, with and without the country code: 50.
    let p1 = person(&db, "Jan Nowak", &["--phone", "+48 601 202 303"]);
    let p2 = person(&db, "Janina Kos", &["--phone", "601-202-303"]);
    // Same name once folded and without the legal form: 40.
    let m1 = company(&db, "Łódzka Drukarnia Sp. z o.o.", &[]);
    let m2 = company(&db, "LODZKA DRUKARNIA S.A.", &[]);
    // Unlike in everything: no pair. A person and a company sharing an e-mail: no pair.
    company(&db, "Epsilon", &["--email", "epsilon@firma.pl"]);
    person(&db, "Zofia Epsilon", &["--email", "epsilon@firma.pl"]);
    company(&db, "Omega Sp. z o.o.", &["--phone", "42 600 100 200"]);

    let got = pairs(&db);
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        got,
        vec![
            (n1, n2, 90, s(&["nip"])),
            (e1, e2, 60, s(&["email"])),
            (p1, p2, 50, s(&["phone"])),
            (m1, m2, 40, s(&["name"])),
        ],
        "one pair per reason, best first, lower id kept"
    );
    let strong: Vec<u64> = db
        .json(&["contact", "duplicates", "--min-score", "55"])
        .as_array()
        .expect("array")
        .iter()
        .map(|p| p["keep"].as_u64().unwrap_or_default())
        .collect();
    assert_eq!(
        strong,
        vec![n1, e1],
        "--min-score 55 leaves the NIP and e-mail pairs"
    );
    let table = db.ok(&["contact", "duplicates"]);
    assert!(
        table.contains("same NIP") && table.contains("4 likely pairs"),
        "{table}"
    );
    let err = db.fails(2, &["contact", "duplicates", "--min-score", "lots"]);
    assert!(err.contains("--min-score"), "{err}");
}

#[test]
fn an_ended_contact_is_still_a_duplicate_and_a_merged_one_is_not() {
    let db = Db::new();
    let a = company(&db, "Kappa S.A.", &[]);
    let b = company(&db, "Kappa Sp.j.", &[]);
    let c = company(&db, "KAPPA s.c.", &[]);
    db.ok(&["contact", "end", &b.to_string(), "--reason", "price"]);
    assert_eq!(pairs(&db).len(), 3, "a, b and c pair with each other");
    db.ok(&["contact", "merge", &a.to_string(), &b.to_string()]);
    let left: Vec<(u64, u64)> = pairs(&db).iter().map(|p| (p.0, p.1)).collect();
    assert_eq!(left, vec![(a, c)], "the merged contact pairs no more");
}

fn contact_card(db: &Db, id: u64) -> Value {
    db.json(&["contact", "show", &id.to_string()])
}

#[test]
fn a_merge_moves_everything_and_both_histories_record_it() {
    let db = Db::new_in_process();
    db.ok(&["user", "add", "piotr", "--name", "Piotr Nowak"]);
    let keep = company(
        &db,
        "Transbud Sp. z o.o.",
        &["--nip", "5252248481", "--tag", "vip"],
    );
    let other = company(
        &db,
        "TRANSBUD S.A.",
        &[
            "--email",
            "biuro@transbud.pl",
            "--phone",
            "+48 42 600 100 200",
            "--city",
            "Łódź",
            "--nip",
            "7251832919",
            "--tag",
            "transport",
            "--tag",
            "vip",
        ],
    );
    let o = other.to_string();
    let k = keep.to_string();
    let worker = person(&db, "Jan Kowalski", &["--company", &o]);
    db.ok(&["campaign", "create", "--name", "Zima"]);
    let deal = db.add(&[
        "deal",
        "add",
        "--contact",
        &o,
        "--title",
        "Przewóz palet",
        "--value",
        "1000",
        "--campaign",
        "Zima",
        "--owner",
        "piotr",
    ]);
    let task = db.add(&[
        "task",
        "add",
        "--title",
        "Zadzwonić",
        "--deal",
        &deal.to_string(),
    ]);
    // Notes, comments and files on a contact come from the TUI: put them there through
    // the service, as it does.
    {
        let svc = Service::open(db.dir.path(), false, Clock::from_env()).expect("open");
        let actor = Actor {
            login: "anna".into(),
            at: chrono::Utc::now(),
            recorded: None,
        };
        let on = EntityRef {
            kind: EntityKind::Contact,
            id: other,
        };
        let src = db.dir.path().join("oferta.txt");
        std::fs::write(&src, b"oferta").expect("write");
        let (sha256, size) = svc.store_file(&src).expect("store");
        for cmd in [
            Cmd::AddNote {
                on,
                text: "Notatka o Transbudzie".into(),
            },
            Cmd::AddComment {
                on,
                text: "Komentarz o Transbudzie".into(),
            },
            Cmd::AttachFile {
                on,
                name: "oferta.txt".into(),
                sha256,
                size,
            },
        ] {
            svc.apply(&actor, cmd).expect("apply");
        }
    }

    db.ok(&["contact", "merge", &k, &o]);

    let card = contact_card(&db, keep);
    // Empty fields filled from OTHER; KEEP's own NIP stays; tags united.
    assert_eq!(card["email"], "biuro@transbud.pl");
    assert_eq!(card["city"], "Łódź");
    assert_eq!(card["nip"], "5252248481", "KEEP's own NIP is kept");
    assert_eq!(card["tags"], serde_json::json!(["vip", "transport"]));
    let ids = |v: &Value| -> Vec<u64> {
        v.as_array()
            .expect("array")
            .iter()
            .map(|x| x["id"].as_u64().unwrap_or_default())
            .collect()
    };
    assert_eq!(ids(&card["deals"]), vec![deal], "the deal moved");
    assert_eq!(ids(&card["persons"]), vec![worker], "the person moved");
    assert_eq!(card["notes"][0]["text"], "Notatka o Transbudzie");
    assert_eq!(card["comments"][0]["text"], "Komentarz o Transbudzie");
    assert_eq!(card["files"][0]["name"], "oferta.txt");
    let history = card["history"].to_string();
    assert!(
        history.contains(&format!("#{other} merged in")),
        "{history}"
    );

    let d = db.json(&["deal", "show", &deal.to_string()]);
    assert_eq!(d["contact_id"].as_u64(), Some(keep));
    assert_eq!(d["contact"], "Transbud Sp. z o.o.", "the deal names KEEP");
    assert_eq!(ids(&d["tasks"]), vec![task], "the task goes with its deal");
    let p = contact_card(&db, worker);
    assert_eq!(p["company_id"].as_u64(), Some(keep));
    // KEEP is the campaign's member now: a batch over it adds nothing twice (B2).
    let out = db.ok(&[
        "campaign",
        "add-deals",
        "Zima",
        "--contacts",
        "kind:company transbud",
        "--deal-title",
        "x",
        "--dry-run",
        "--format",
        "json",
    ]);
    let batch: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(batch["skipped"], 1, "{out}");
    assert_eq!(batch["created"], 0, "{out}");

    // OTHER's own history says where it went.
    let svc = Service::open(db.dir.path(), false, Clock::from_env()).expect("open");
    let lines: Vec<String> = svc
        .history(EntityRef {
            kind: EntityKind::Contact,
            id: other,
        })
        .expect("history")
        .iter()
        .map(|e| lejek::render::history::describe(&svc, e, lejek::i18n::Lang::En))
        .collect();
    assert_eq!(
        lines.last().map(String::as_str),
        Some(format!("merged into #{keep}").as_str()),
        "{lines:?}"
    );
}

#[test]
fn the_merged_id_leads_to_the_kept_contact() {
    let db = Db::new();
    let keep = company(&db, "Sigma Sp. z o.o.", &[]);
    let other = company(&db, "Sigma S.A.", &[]);
    let (k, o) = (keep.to_string(), other.to_string());
    db.ok(&["contact", "merge", &k, &o]);
    assert_eq!(
        contact_card(&db, other)["id"].as_u64(),
        Some(keep),
        "show OTHER shows KEEP"
    );
    let d = db.add(&["deal", "add", "--contact", &o, "--title", "Nowy"]);
    assert_eq!(
        db.json(&["deal", "show", &d.to_string()])["contact_id"].as_u64(),
        Some(keep),
        "a deal added to OTHER goes to KEEP"
    );
    let listed: Vec<u64> = db
        .json(&["contact", "list", "--filter", "sigma"])
        .as_array()
        .expect("array")
        .iter()
        .map(|c| c["id"].as_u64().unwrap_or_default())
        .collect();
    assert_eq!(listed, vec![keep], "OTHER is not listed");
    let err = db.fails(2, &["contact", "merge", &k, &o]);
    assert!(
        err.contains(&format!("#{other} was merged into #{keep}")),
        "{err}"
    );
}

#[test]
fn refused_merges_exit_2_and_write_nothing() {
    let db = Db::new();
    let firm = company(&db, "Rho Sp. z o.o.", &[]);
    let twin = company(&db, "Rho S.A.", &[]);
    let someone = person(&db, "Rho Kowalski", &[]);
    let before = db.snapshot();
    let (f, t, s) = (firm.to_string(), twin.to_string(), someone.to_string());
    for (args, says) in [
        (vec!["contact", "merge", &f, &f], "with itself"),
        (
            vec!["contact", "merge", &s, &f],
            "a company merges only into a company",
        ),
        (
            vec!["contact", "merge", &f, "424242"],
            "no contact with id 424242",
        ),
    ] {
        let err = db.fails(2, &args);
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    }
    assert_eq!(db.snapshot(), before, "nothing written");
    // Polish too.
    let out = db
        .cmd(&["contact", "merge", &f, &f])
        .env("LEJEK_LANG", "pl")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("z nim samym"));
    let _ = t;
}

#[test]
fn a_user_merges_only_contacts_they_created() {
    let db = Db::new();
    db.ok(&["user", "add", "piotr", "--name", "Piotr Nowak"]);
    let annas = company(&db, "Tau Sp. z o.o.", &[]);
    let p1 = db.ok_as("piotr", &["contact", "add", "--name", "Tau S.A."]);
    let p2 = db.ok_as("piotr", &["contact", "add", "--name", "Tau s.c."]);
    let (p1, p2) = (p1.trim().to_owned(), p2.trim().to_owned());
    let out = db
        .cmd_as("piotr", &["contact", "merge", &annas.to_string(), &p1])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "piotr did not create #{annas}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("only an admin or the user who created both"),
        "{err}"
    );
    db.ok_as("piotr", &["contact", "merge", &p1, &p2]);
    // An admin may merge any two.
    db.ok(&["contact", "merge", &annas.to_string(), &p1]);
}

#[test]
fn a_merge_changes_no_reports_totals() {
    let db = Db::empty_in_process();
    db.ok(&["init", "--demo"]);
    let reports = [
        "contact-sources",
        "contact-end-reasons",
        "deal-sources",
        "deal-loss-reasons",
        "deal-value",
        "sales-activity",
        "funnel",
        "deal-stages",
    ];
    let run = |name: &str| db.json(&["report", name, "--from", "2020-01-01"]);
    // The demo's first likely pair, OTHER given a won deal and a lost one besides its own.
    let pair = db.json(&["contact", "duplicates"])[0].clone();
    let (k, o) = (pair["keep"].to_string(), pair["other"].to_string());
    for verb in ["win", "lose"] {
        let d = db.add(&[
            "deal",
            "add",
            "--contact",
            &o,
            "--title",
            "Raport",
            "--value",
            "700",
        ]);
        let id = d.to_string();
        let mut a = vec!["deal", verb, id.as_str()];
        if verb == "lose" {
            a.extend(["--reason", "cena"]);
        }
        db.ok(&a);
    }
    let before: Vec<Value> = reports.iter().map(|r| run(r)).collect();
    db.ok(&["contact", "merge", &k, &o]);
    let after: Vec<Value> = reports.iter().map(|r| run(r)).collect();
    for (i, name) in reports.iter().enumerate() {
        assert_eq!(before[i], after[i], "report {name} changed by a merge");
    }
}

/// Custom fields (issue 20 item 1) merge as the built-in ones: KEEP's empty field takes
/// OTHER's value (and its history says so), KEEP's own value stays.
#[test]
fn a_merge_fills_keeps_empty_custom_fields_and_keeps_its_own() {
    let db = Db::new();
    db.ok(&[
        "field", "add", "contact", "--name", "branza", "--kind", "text",
    ]);
    db.ok(&[
        "field", "add", "contact", "--name", "rabat", "--kind", "number",
    ]);
    let keep = company(&db, "Transbud Sp. z o.o.", &["--field", "rabat=5"]);
    let other = company(
        &db,
        "TRANSBUD S.A.",
        &["--field", "branza=transport", "--field", "rabat=7"],
    );
    db.ok(&["contact", "merge", &keep.to_string(), &other.to_string()]);
    let card = contact_card(&db, keep);
    assert_eq!(card["fields"]["branza"], "transport", "{card}");
    assert_eq!(
        card["fields"]["rabat"], "5",
        "KEEP's own value stays: {card}"
    );
    let history = card["history"].to_string();
    assert!(history.contains("branza"), "{history}");
}
