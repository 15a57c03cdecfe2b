//! Reports R1-R8 against numbers worked out by hand.
//!
//! The fixture is written through the Service with explicit times (`Actor { at }`), so the
//! stage moves happen on known days; then the real binary computes every report with
//! `LEJEK_NOW=2026-11-28T12:00:00Z` and `TZ=Europe/Warsaw` (CET, CEST from 29 March 2026).
//! The period is 2026-01-01..2026-11-28 (`P`) unless a test says otherwise.
//!
//! Dictionaries are the English defaults: stages new, qualification, proposal, negotiation
//! (open), won, lost; deal sources own initiative, web enquiry, referral, trade fair,
//! campaign; loss reasons price, competition, timing, no budget, no response; contact
//! sources website, referral, trade fair, phone, mailing, other; end reasons price, quality,
//! competition, closed business, no contact.
//!
//! Contacts (created by, created at; all times UTC, 10:00Z unless given):
//! ```text
//! c1  company website    vip  decision maker  anna   2025-06-10  ended 2026-02-01 price
//! c2  company website                         anna   2026-01-15  ended 2026-05-15 quality
//! c3  company referral   vip  accounting      bartek 2026-02-20
//! c4  person  referral        decision maker  bartek 2026-03-31 21:30Z (23:30 local: Q1)
//! c5  person  -                               celina 2026-03-31 22:30Z (00:30 local 1 Apr: Q2)
//! c6  company trade fair vip  purchasing      celina 2026-04-10
//! c7  company -                               anna   2026-05-05  ended 2026-06-30 price
//! c8  person  phone  decision maker+accounting bartek 2026-06-01
//! c9  company website                         anna   2026-07-07  ended 2025-12-31 competition
//! c10 company mailing                         celina 2026-08-08
//! c11 person  other                           anna   2026-09-09
//! c12 company website    vip                  bartek 2026-10-10  ended 2026-11-01 price
//! ```
//!
//! Deals (contact, owner, source, value PLN, tags, created; then stage moves):
//! ```text
//! D1  c1  anna   own initiative 1000    print      01-10  qual 01-20, proposal 02-01, won 02-15
//! D2  c1  anna   web enquiry    2000    print      01-12  qual 01-25, lost(price) 02-10
//! D3  c2  bartek referral        500               01-20  -
//! D4  c2  bartek referral       (none)  web        02-05  proposal 02-20, negotiation 03-10
//! D5  c3  celina trade fair     3000    print,vip  02-14  qual 03-01, lost(competition) 03-15
//! D6  c3  celina web enquiry    1500.50            03-03  won 03-20
//! D7  c4  anna   web enquiry     800    web        03-31 21:30Z (Q1 locally)  -
//! D8  c5  bartek own initiative 1200               03-31 22:30Z (Q2 locally)  qual 04-10
//! D9  c6  celina campaign       4000    vip        04-02  qual 04-15, proposal 05-01,
//!                                                          negotiation 05-20, won 06-10
//! D10 c6  anna   campaign       2500               04-20  proposal 05-10, lost(timing) 06-01
//! D11 c7  bartek (none)          700               05-02  lost(no budget) 05-30
//! D12 c8  celina referral        900    print      05-15  qual 06-01, back to new 06-20
//! D13 c9  anna   own initiative 5000 -> 5500 on 07-10  06-05  negotiation 06-25, won 07-15
//! D14 c10 bartek trade fair      600               06-18  qual 07-01
//! D15 c11 celina web enquiry     300    web        07-04  lost(price) 07-20
//! D16 c12 anna   referral       2200    vip        07-22  proposal 08-05
//! D17 c1  bartek campaign       1800               08-03  qual 08-20, proposal 09-01,
//!                                                          lost(competition) 09-15
//! D18 c2  celina own initiative (none)             08-19  -
//! D19 c3  anna   web enquiry    1000    print      09-02  won 09-10
//! D20 c4  bartek referral        400               09-18  negotiation 10-01
//! D21 c5  celina trade fair     2600               10-05  qual 10-20, lost(no response) 11-02
//! D22 c6  anna   campaign       3300    vip        10-12  -
//! D23 c7  bartek own initiative  150               10-30  proposal 11-10
//! D24 c8  celina web enquiry    2000               11-05  won 11-12, reopened to negotiation 11-20
//! D25 c9  anna   referral       1100               11-20  -
//! D26 c10 bartek own initiative  750               11-27 23:30Z (11-28 locally)  -
//! D27 c1  anna   own initiative 10000       2025-11-10  proposal 2025-12-01, lost(price) 2026-02-03
//! D28 c2  bartek web enquiry    20000       2025-12-15  won 2026-01-05
//! D29 c3  celina referral       30000       2025-06-01  lost(timing) 2025-07-01
//! D30 c4  celina campaign       100 EUR            11-28  -
//! ```
//! So 27 deals are created in P: D1-D26 and D30 (D27-D29 in 2025).
//!
//! Activity: campaign "Lato" (anna, 2026-01-02); comments by anna on D1 (01-15) and D13
//! (06-10), by bartek on D3 (01-22), by celina on the campaign (05-05), and by anna on
//! contact c1 (03-03, not a discussion comment on a deal or campaign); task T1 (bartek, on
//! D3) done 02-02; meeting T2 (anna, on D13) held 06-20; meeting T3 (celina) held 07-07;
//! task T4 (anna) and meeting T5 (celina) not done.

use std::collections::HashMap;
use std::path::Path;

use assert_cmd::Command;
use chrono::{DateTime, NaiveDate, Utc};
use serde_json::{Value, json};

use lejek::i18n::Lang;
use lejek::model::{ContactKind, EntityKind, EntityRef, Money, TaskKind};
use lejek::service::{
    Actor, CampaignDraft, Clock, Command as Cmd, ContactDraft, DealDraft, DealPatch, Service,
    TaskDraft,
};

const NOW: &str = "2026-11-28T12:00:00Z";
const P: [&str; 4] = ["--from", "2026-01-01", "--to", "2026-11-28"];

fn t(s: &str) -> DateTime<Utc> {
    let full = if s.contains('T') {
        s.to_owned()
    } else {
        format!("{s}T10:00:00Z")
    };
    DateTime::parse_from_rfc3339(&full)
        .unwrap_or_else(|e| panic!("{s}: {e}"))
        .with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

struct Fx<'a> {
    svc: &'a Service,
}

impl Fx<'_> {
    fn apply(&self, who: &str, at: &str, cmd: Cmd) -> u64 {
        let actor = Actor {
            login: who.into(),
            at: t(at),
            recorded: None,
        };
        self.svc
            .apply(&actor, cmd)
            .unwrap_or_else(|e| panic!("{who} at {at}: {e:?}"))
            .id
            .unwrap_or_default()
    }

    #[allow(clippy::too_many_arguments)]
    fn contact(
        &self,
        who: &str,
        at: &str,
        kind: ContactKind,
        source: Option<&str>,
        tags: &[&str],
        roles: &[&str],
        company: Option<u64>,
    ) -> u64 {
        let name = format!("Kontakt {at}");
        self.apply(
            who,
            at,
            Cmd::AddContact(ContactDraft {
                kind: Some(kind),
                name,
                company_id: company,
                tags: tags.iter().map(|s| s.to_string()).collect(),
                roles: roles.iter().map(|s| s.to_string()).collect(),
                source: source.map(str::to_owned),
                ..Default::default()
            }),
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn deal(
        &self,
        contact: u64,
        owner: &str,
        source: Option<&str>,
        value: Option<Money>,
        tags: &[&str],
        at: &str,
    ) -> u64 {
        self.apply(
            owner,
            at,
            Cmd::AddDeal(DealDraft {
                contact_id: contact,
                title: format!("Interes {at}"),
                owner: Some(owner.into()),
                source: source.map(str::to_owned),
                value,
                tags: tags.iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            }),
        )
    }

    fn stage(&self, deal: u64, at: &str, stage: &str, reason: Option<&str>) {
        self.apply(
            "anna",
            at,
            Cmd::UpdateDeal {
                id: deal,
                patch: DealPatch {
                    stage: Some(stage.into()),
                    loss_reason: reason.map(str::to_owned),
                    ..Default::default()
                },
            },
        );
    }
}

fn pln(zl: i64) -> Option<Money> {
    Some(Money::new(zl * 100, "PLN"))
}

/// The database described at the top of this file.
fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let svc = Service::open(dir.path(), true, Clock::fixed(t(NOW))).expect("open");
    let fx = Fx { svc: &svc };
    fx.apply(
        "anna",
        "2025-01-01",
        Cmd::AddUser {
            login: "anna".into(),
            name: "Anna".into(),
            admin: true,
        },
    );
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(Lang::En) {
        fx.apply(
            "anna",
            "2025-01-01",
            Cmd::AddDictEntry {
                kind,
                name: name.into(),
                stage_kind,
            },
        );
    }
    for u in ["bartek", "celina"] {
        fx.apply(
            "anna",
            "2025-01-01",
            Cmd::AddUser {
                login: u.into(),
                name: u.into(),
                admin: false,
            },
        );
    }
    use ContactKind::{Company as Co, Person as Pe};
    let dm = "decision maker";
    let c1 = fx.contact(
        "anna",
        "2025-06-10",
        Co,
        Some("website"),
        &["vip"],
        &[dm],
        None,
    );
    let c2 = fx.contact("anna", "2026-01-15", Co, Some("website"), &[], &[], None);
    let c3 = fx.contact(
        "bartek",
        "2026-02-20",
        Co,
        Some("referral"),
        &["vip"],
        &["accounting"],
        None,
    );
    let c4 = fx.contact(
        "bartek",
        "2026-03-31T21:30:00Z",
        Pe,
        Some("referral"),
        &[],
        &[dm],
        Some(c3),
    );
    let c5 = fx.contact("celina", "2026-03-31T22:30:00Z", Pe, None, &[], &[], None);
    let c6 = fx.contact(
        "celina",
        "2026-04-10",
        Co,
        Some("trade fair"),
        &["vip"],
        &["purchasing"],
        None,
    );
    let c7 = fx.contact("anna", "2026-05-05", Co, None, &[], &[], None);
    let c8 = fx.contact(
        "bartek",
        "2026-06-01",
        Pe,
        Some("phone"),
        &[],
        &[dm, "accounting"],
        None,
    );
    let c9 = fx.contact("anna", "2026-07-07", Co, Some("website"), &[], &[], None);
    let c10 = fx.contact("celina", "2026-08-08", Co, Some("mailing"), &[], &[], None);
    let c11 = fx.contact("anna", "2026-09-09", Pe, Some("other"), &[], &[], None);
    let c12 = fx.contact(
        "bartek",
        "2026-10-10",
        Co,
        Some("website"),
        &["vip"],
        &[],
        None,
    );
    for (c, date, reason) in [
        (c1, "2026-02-01", "price"),
        (c2, "2026-05-15", "quality"),
        (c7, "2026-06-30", "price"),
        (c9, "2025-12-31", "competition"),
        (c12, "2026-11-01", "price"),
    ] {
        fx.apply(
            "anna",
            "2026-11-27",
            Cmd::EndContact {
                id: c,
                reason: reason.into(),
                date: day(date),
            },
        );
    }

    let (own, web, refl, fair, camp) = (
        Some("own initiative"),
        Some("web enquiry"),
        Some("referral"),
        Some("trade fair"),
        Some("campaign"),
    );
    let d1 = fx.deal(c1, "anna", own, pln(1000), &["print"], "2026-01-10");
    let d2 = fx.deal(c1, "anna", web, pln(2000), &["print"], "2026-01-12");
    let d3 = fx.deal(c2, "bartek", refl, pln(500), &[], "2026-01-20");
    let d4 = fx.deal(c2, "bartek", refl, None, &["web"], "2026-02-05");
    let d5 = fx.deal(
        c3,
        "celina",
        fair,
        pln(3000),
        &["print", "vip"],
        "2026-02-14",
    );
    let d6 = fx.deal(
        c3,
        "celina",
        web,
        Some(Money::new(150_050, "PLN")),
        &[],
        "2026-03-03",
    );
    let _d7 = fx.deal(c4, "anna", web, pln(800), &["web"], "2026-03-31T21:30:00Z");
    let d8 = fx.deal(c5, "bartek", own, pln(1200), &[], "2026-03-31T22:30:00Z");
    let d9 = fx.deal(c6, "celina", camp, pln(4000), &["vip"], "2026-04-02");
    let d10 = fx.deal(c6, "anna", camp, pln(2500), &[], "2026-04-20");
    let d11 = fx.deal(c7, "bartek", None, pln(700), &[], "2026-05-02");
    let d12 = fx.deal(c8, "celina", refl, pln(900), &["print"], "2026-05-15");
    let d13 = fx.deal(c9, "anna", own, pln(5000), &[], "2026-06-05");
    let d14 = fx.deal(c10, "bartek", fair, pln(600), &[], "2026-06-18");
    let d15 = fx.deal(c11, "celina", web, pln(300), &["web"], "2026-07-04");
    let d16 = fx.deal(c12, "anna", refl, pln(2200), &["vip"], "2026-07-22");
    let d17 = fx.deal(c1, "bartek", camp, pln(1800), &[], "2026-08-03");
    let _d18 = fx.deal(c2, "celina", own, None, &[], "2026-08-19");
    let d19 = fx.deal(c3, "anna", web, pln(1000), &["print"], "2026-09-02");
    let d20 = fx.deal(c4, "bartek", refl, pln(400), &[], "2026-09-18");
    let d21 = fx.deal(c5, "celina", fair, pln(2600), &[], "2026-10-05");
    let _d22 = fx.deal(c6, "anna", camp, pln(3300), &["vip"], "2026-10-12");
    let d23 = fx.deal(c7, "bartek", own, pln(150), &[], "2026-10-30");
    let d24 = fx.deal(c8, "celina", web, pln(2000), &[], "2026-11-05");
    let _d25 = fx.deal(c9, "anna", refl, pln(1100), &[], "2026-11-20");
    let _d26 = fx.deal(c10, "bartek", own, pln(750), &[], "2026-11-27T23:30:00Z");
    let d27 = fx.deal(c1, "anna", own, pln(10_000), &[], "2025-11-10");
    let d28 = fx.deal(c2, "bartek", web, pln(20_000), &[], "2025-12-15");
    let d29 = fx.deal(c3, "celina", refl, pln(30_000), &[], "2025-06-01");
    let _d30 = fx.deal(
        c4,
        "celina",
        camp,
        Some(Money::new(10_000, "EUR")),
        &[],
        "2026-11-28",
    );

    // Stage moves in time order (the order does not matter to the reports, which replay each
    // deal's history by time, but it is how it would happen).
    let moves: Vec<(u64, &str, &str, Option<&str>)> = vec![
        (d29, "2025-07-01", "lost", Some("timing")),
        (d27, "2025-12-01", "proposal", None),
        (d28, "2026-01-05", "won", None),
        (d1, "2026-01-20", "qualification", None),
        (d2, "2026-01-25", "qualification", None),
        (d1, "2026-02-01", "proposal", None),
        (d27, "2026-02-03", "lost", Some("price")),
        (d2, "2026-02-10", "lost", Some("price")),
        (d1, "2026-02-15", "won", None),
        (d4, "2026-02-20", "proposal", None),
        (d5, "2026-03-01", "qualification", None),
        (d4, "2026-03-10", "negotiation", None),
        (d5, "2026-03-15", "lost", Some("competition")),
        (d6, "2026-03-20", "won", None),
        (d8, "2026-04-10", "qualification", None),
        (d9, "2026-04-15", "qualification", None),
        (d9, "2026-05-01", "proposal", None),
        (d10, "2026-05-10", "proposal", None),
        (d9, "2026-05-20", "negotiation", None),
        (d11, "2026-05-30", "lost", Some("no budget")),
        (d10, "2026-06-01", "lost", Some("timing")),
        (d12, "2026-06-01", "qualification", None),
        (d9, "2026-06-10", "won", None),
        (d12, "2026-06-20", "new", None),
        (d13, "2026-06-25", "negotiation", None),
        (d14, "2026-07-01", "qualification", None),
        (d13, "2026-07-15", "won", None),
        (d15, "2026-07-20", "lost", Some("price")),
        (d16, "2026-08-05", "proposal", None),
        (d17, "2026-08-20", "qualification", None),
        (d17, "2026-09-01", "proposal", None),
        (d19, "2026-09-10", "won", None),
        (d17, "2026-09-15", "lost", Some("competition")),
        (d20, "2026-10-01", "negotiation", None),
        (d21, "2026-10-20", "qualification", None),
        (d21, "2026-11-02", "lost", Some("no response")),
        (d23, "2026-11-10", "proposal", None),
        (d24, "2026-11-12", "won", None),
        (d24, "2026-11-20", "negotiation", None),
    ];
    for (deal, at, stage, reason) in moves {
        fx.stage(deal, at, stage, reason);
    }
    fx.apply(
        "anna",
        "2026-07-10",
        Cmd::UpdateDeal {
            id: d13,
            patch: DealPatch {
                value: Some(pln(5500)),
                ..Default::default()
            },
        },
    );

    let campaign = fx.apply(
        "anna",
        "2026-01-02",
        Cmd::AddCampaign(CampaignDraft {
            name: "Lato".into(),
            ..Default::default()
        }),
    );
    let on = |kind, id| EntityRef { kind, id };
    let comment = |who: &str, at: &str, target: EntityRef| {
        fx.apply(
            who,
            at,
            Cmd::AddComment {
                on: target,
                text: "komentarz".into(),
            },
        );
    };
    comment("anna", "2026-01-15", on(EntityKind::Deal, d1));
    comment("anna", "2026-06-10", on(EntityKind::Deal, d13));
    comment("bartek", "2026-01-22", on(EntityKind::Deal, d3));
    comment("celina", "2026-05-05", on(EntityKind::Campaign, campaign));
    comment("anna", "2026-03-03", on(EntityKind::Contact, c1));
    let task = |who: &str, kind, deal: Option<u64>| {
        fx.apply(
            "anna",
            "2026-01-05",
            Cmd::AddTask(TaskDraft {
                kind,
                title: "sprawa".into(),
                assignee: Some(who.into()),
                due: None,
                deal_id: deal,
                campaign_id: None,
            }),
        )
    };
    let t1 = task("bartek", TaskKind::Task, Some(d3));
    let t2 = task("anna", TaskKind::Meeting, Some(d13));
    let t3 = task("celina", TaskKind::Meeting, None);
    task("anna", TaskKind::Task, None);
    task("celina", TaskKind::Meeting, None);
    for (id, who, at) in [
        (t1, "bartek", "2026-02-02"),
        (t2, "anna", "2026-06-20"),
        (t3, "celina", "2026-07-07"),
    ] {
        fx.apply(who, at, Cmd::CompleteTask { id });
    }
    drop(svc);
    dir
}

fn lejek(db: &Path, args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("lejek").expect("binary");
    c.env_clear()
        .env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("NO_COLOR", "1")
        .env("LEJEK_USER", "anna")
        .env("LEJEK_LANG", "en")
        // In process: these tests vary TZ and the report cache per command, which a
        // server fixes when it starts (its reports use its own time zone; README).
        .env("LEJEK_NO_SERVER", "1")
        .arg("--db")
        .arg(db)
        .args(args);
    c
}

/// `lejek report NAME ARGS... --format json`.
fn report(db: &Path, name: &str, args: &[&str]) -> Value {
    let mut all = vec!["report", name];
    all.extend_from_slice(args);
    all.extend(["--format", "json"]);
    let out = lejek(db, &all).output().expect("run lejek");
    assert!(
        out.status.success(),
        "lejek {all:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The rows by their first cell ("(none)" for null), each as the remaining cells.
fn rows(v: &Value) -> HashMap<String, Vec<Value>> {
    v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            let r = r.as_array().expect("row");
            let key = match &r[0] {
                Value::Null => "(none)".to_owned(),
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (key, r[1..].to_vec())
        })
        .collect()
}

fn columns(v: &Value) -> Vec<String> {
    v["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c.as_str().unwrap_or_default().to_owned())
        .collect()
}

fn totals(v: &Value) -> Vec<Value> {
    v["totals"].as_array().cloned().unwrap_or_default()
}

/// A row's counts (the first `n` cells after the group).
fn row(v: &Value, key: &str) -> Vec<Value> {
    rows(v)
        .remove(key)
        .unwrap_or_else(|| panic!("no row '{key}' in {}", v["rows"]))
}

#[test]
fn r1_contact_sources() {
    let db = fixture();
    let v = report(db.path(), "contact-sources", &P);
    assert_eq!(columns(&v), ["source", "count", "share"]);
    // Created in P: c2..c12 (c1 is from 2025). website c2 c9 c12; referral c3 c4;
    // trade fair c6; phone c8; mailing c10; other c11; none c5 c7.
    let want = [
        ("website", 3),
        ("referral", 2),
        ("trade fair", 1),
        ("phone", 1),
        ("mailing", 1),
        ("other", 1),
        ("(none)", 2),
    ];
    for (source, n) in want {
        assert_eq!(row(&v, source)[0], json!(n), "{source}");
    }
    assert_eq!(v["totals"], json!(["total", 11, 100.0]));
    // 3 of 11 from the website: 27.3 %.
    assert_eq!(row(&v, "website")[1], json!(27.3));

    // Persons only: c4 referral, c5 none, c8 phone, c11 other.
    let v = report(
        db.path(),
        "contact-sources",
        &[&P[..], &["--kind", "person"]].concat(),
    );
    assert_eq!(v["totals"][1], json!(4));
    assert_eq!(row(&v, "referral")[0], json!(1));
    assert_eq!(row(&v, "website")[0], json!(0));
    // Tagged vip in P: c3 referral, c6 trade fair, c12 website (c1 is from 2025).
    let v = report(
        db.path(),
        "contact-sources",
        &[&P[..], &["--tag", "VIP"]].concat(),
    );
    assert_eq!(v["totals"][1], json!(3));
    assert_eq!(row(&v, "trade fair")[0], json!(1));
    // Decision makers in P: c4 referral, c8 phone.
    let v = report(
        db.path(),
        "contact-sources",
        &[&P[..], &["--role", "decision maker"]].concat(),
    );
    assert_eq!(v["totals"][1], json!(2));
    assert_eq!(row(&v, "phone")[0], json!(1));
}

#[test]
fn r2_contact_end_reasons() {
    let db = fixture();
    let v = report(db.path(), "contact-end-reasons", &P);
    assert_eq!(columns(&v), ["reason", "count", "share"]);
    // Ended in P: c1 (02-01 price), c2 (05-15 quality), c7 (06-30 price), c12 (11-01 price);
    // c9 ended on 2025-12-31, before P.
    assert_eq!(row(&v, "price")[0], json!(3));
    assert_eq!(row(&v, "quality")[0], json!(1));
    assert_eq!(row(&v, "competition")[0], json!(0));
    assert_eq!(v["totals"][1], json!(4));
    // vip: c1 and c12, both price.
    let v = report(
        db.path(),
        "contact-end-reasons",
        &[&P[..], &["--tag", "vip"]].concat(),
    );
    assert_eq!(row(&v, "price")[0], json!(2));
    assert_eq!(v["totals"][1], json!(2));
    // Inclusive days: only 1 February.
    let v = report(
        db.path(),
        "contact-end-reasons",
        &["--from", "2026-02-01", "--to", "2026-02-01"],
    );
    assert_eq!(v["totals"][1], json!(1));
}

#[test]
fn r3_deal_sources() {
    let db = fixture();
    let v = report(db.path(), "deal-sources", &P);
    assert_eq!(
        columns(&v),
        [
            "source",
            "count",
            "value",
            "won_count",
            "won_value",
            "win_rate"
        ]
    );
    // own initiative: D1 (won 1000), D8 1200, D13 (won 5500), D18 -, D23 150, D26 750.
    assert_eq!(
        row(&v, "own initiative"),
        [
            json!(6),
            json!("8600.00"),
            json!(2),
            json!("6500.00"),
            json!(33.3)
        ]
    );
    // web enquiry: D2 2000, D6 (won 1500.50), D7 800, D15 300, D19 (won 1000), D24 2000
    // (won, then reopened: not won now).
    assert_eq!(
        row(&v, "web enquiry"),
        [
            json!(6),
            json!("7600.50"),
            json!(2),
            json!("2500.50"),
            json!(33.3)
        ]
    );
    // referral: D3 500, D4 -, D12 900, D16 2200, D20 400, D25 1100; none won.
    assert_eq!(
        row(&v, "referral"),
        [
            json!(6),
            json!("5100.00"),
            json!(0),
            json!("0.00"),
            json!(0.0)
        ]
    );
    // trade fair: D5 3000, D14 600, D21 2600.
    assert_eq!(row(&v, "trade fair")[..2], [json!(3), json!("6200.00")]);
    // campaign: D9 (won 4000), D10 2500, D17 1800, D22 3300 and D30 in EUR, summed apart.
    assert_eq!(
        row(&v, "campaign")[..4],
        [
            json!(5),
            json!({"PLN": "11600.00", "EUR": "100.00"}),
            json!(1),
            json!("4000.00")
        ]
    );
    // No source: D11 700.
    assert_eq!(row(&v, "(none)")[..2], [json!(1), json!("700.00")]);
    // 27 deals, 39800.50 PLN + 100 EUR; won D1 D6 D9 D13 D19 = 13000.50; 5/27 = 18.5 %.
    assert_eq!(
        v["totals"],
        json!([
            "total",
            27,
            {"PLN": "39800.50", "EUR": "100.00"},
            5,
            "13000.50",
            18.5
        ])
    );
    assert_eq!(v["currency"], Value::Null);

    // bartek's: D3 D4 D20 referral (900), D8 D23 D26 own (2100), D14 fair, D17 campaign,
    // D11 none; nothing won.
    let v = report(
        db.path(),
        "deal-sources",
        &[&P[..], &["--owner", "bartek"]].concat(),
    );
    assert_eq!(row(&v, "referral")[..2], [json!(3), json!("900.00")]);
    assert_eq!(row(&v, "own initiative")[..2], [json!(3), json!("2100.00")]);
    assert_eq!(v["totals"][1], json!(9));
    assert_eq!(v["totals"][3], json!(0));
    // Tagged print: D1 (own, won), D2 and D19 (web, D19 won), D5 (fair), D12 (referral).
    let v = report(
        db.path(),
        "deal-sources",
        &[&P[..], &["--tag", "print"]].concat(),
    );
    assert_eq!(
        row(&v, "web enquiry")[..4],
        [json!(2), json!("3000.00"), json!(1), json!("1000.00")]
    );
    assert_eq!(v["totals"][1], json!(5));
    assert_eq!(v["totals"][3], json!(2));
}

#[test]
fn r4_deal_loss_reasons() {
    let db = fixture();
    let v = report(db.path(), "deal-loss-reasons", &P);
    assert_eq!(columns(&v), ["reason", "count", "value", "share"]);
    // Lost in P, whenever created: D2 price 2000, D5 competition 3000, D10 timing 2500,
    // D11 no budget 700, D15 price 300, D17 competition 1800, D21 no response 2600, and D27
    // (created 2025) price 10000. D29 was lost in 2025.
    assert_eq!(row(&v, "price"), [json!(3), json!("12300.00"), json!(37.5)]);
    assert_eq!(row(&v, "competition")[..2], [json!(2), json!("4800.00")]);
    assert_eq!(row(&v, "timing")[..2], [json!(1), json!("2500.00")]);
    assert_eq!(row(&v, "no budget")[..2], [json!(1), json!("700.00")]);
    assert_eq!(row(&v, "no response")[..2], [json!(1), json!("2600.00")]);
    assert_eq!(
        totals(&v)[..3],
        [json!("total"), json!(8), json!("22900.00")]
    );

    // From web enquiries: D2 and D15, both price.
    let v = report(
        db.path(),
        "deal-loss-reasons",
        &[&P[..], &["--source", "web enquiry"]].concat(),
    );
    assert_eq!(row(&v, "price")[..2], [json!(2), json!("2300.00")]);
    assert_eq!(v["totals"][1], json!(2));
    // anna's: D2 price, D10 timing, D27 price.
    let v = report(
        db.path(),
        "deal-loss-reasons",
        &[&P[..], &["--owner", "anna"]].concat(),
    );
    assert_eq!(row(&v, "price")[..2], [json!(2), json!("12000.00")]);
    assert_eq!(row(&v, "timing")[0], json!(1));
    // Contact c1 (id 1): D2 price, D17 competition, D27 price.
    let v = report(
        db.path(),
        "deal-loss-reasons",
        &[&P[..], &["--contact", "1"]].concat(),
    );
    assert_eq!(row(&v, "price")[..2], [json!(2), json!("12000.00")]);
    assert_eq!(row(&v, "competition")[..2], [json!(1), json!("1800.00")]);
    assert_eq!(v["totals"][1], json!(3));
    // As it stood at the end of 30 June: D2, D5, D10, D11 and D27 were lost by then.
    let v = report(
        db.path(),
        "deal-loss-reasons",
        &[&P[..], &["--as-of", "2026-06-30"]].concat(),
    );
    assert_eq!(row(&v, "price")[..2], [json!(2), json!("12000.00")]);
    assert_eq!(row(&v, "competition")[..2], [json!(1), json!("3000.00")]);
    assert_eq!(v["totals"][1], json!(5));
}

#[test]
fn r5_deal_value_by_quarter_month_stage_kind_and_owner() {
    let db = fixture();
    let v = report(
        db.path(),
        "deal-value",
        &[&P[..], &["--interval", "quarter"]].concat(),
    );
    assert_eq!(columns(&v), ["interval", "count", "value"]);
    // Q1: D1 1000, D2 2000, D3 500, D4 -, D5 3000, D6 1500.50, D7 800 (23:30 on 31 March
    // locally) = 7, 8800.50. Q2: D8 1200 (00:30 on 1 April locally), D9 4000, D10 2500,
    // D11 700, D12 900, D13 5500, D14 600 = 7, 15400. Q3: D15 300, D16 2200, D17 1800,
    // D18 -, D19 1000, D20 400 = 6, 5700. Q4: D21 2600, D22 3300, D23 150, D24 2000,
    // D25 1100, D26 750 (00:30 on 28 November locally), D30 100 EUR = 7.
    assert_eq!(row(&v, "2026-Q1"), [json!(7), json!("8800.50")]);
    assert_eq!(row(&v, "2026-Q2"), [json!(7), json!("15400.00")]);
    assert_eq!(row(&v, "2026-Q3"), [json!(6), json!("5700.00")]);
    assert_eq!(
        row(&v, "2026-Q4"),
        [json!(7), json!({"PLN": "9900.00", "EUR": "100.00"})]
    );
    assert_eq!(v["totals"][1], json!(27));

    // Months of March and April: D6 D7 | D8 D9 D10.
    let v = report(
        db.path(),
        "deal-value",
        &[
            "--from",
            "2026-03-01",
            "--to",
            "2026-04-30",
            "--interval",
            "month",
        ],
    );
    assert_eq!(
        v["rows"],
        json!([["2026-03", 2, "2300.50"], ["2026-04", 3, "7700.00"]])
    );

    // Won now: Q1 D1 D6 (2500.50), Q2 D9 D13 (9500), Q3 D19 (1000), Q4 none (D24 reopened).
    let v = report(
        db.path(),
        "deal-value",
        &[&P[..], &["--interval", "quarter", "--stage-kind", "won"]].concat(),
    );
    assert_eq!(
        v["rows"],
        json!([
            ["2026-Q1", 2, "2500.50"],
            ["2026-Q2", 2, "9500.00"],
            ["2026-Q3", 1, "1000.00"],
            ["2026-Q4", 0, "0.00"]
        ])
    );
    // In stage "new" now: D3 D7 | D12 | D18 | D22 D25 D26 D30, one per year.
    let v = report(
        db.path(),
        "deal-value",
        &[&P[..], &["--interval", "year", "--stage", "new"]].concat(),
    );
    assert_eq!(
        v["rows"],
        json!([["2026", 8, {"PLN": "7350.00", "EUR": "100.00"}]])
    );

    // By owner, biggest first: anna 19400 (D1 D2 D7 D10 D13 D16 D19 D22 D25), celina
    // 14300.50 (+100 EUR), bartek 6100. In Q1: anna D1 D2 D7 = 3800, celina D5 D6 =
    // 4500.50, bartek D3 D4 = 500.
    let v = report(
        db.path(),
        "deal-value",
        &[&P[..], &["--interval", "quarter", "--by", "owner"]].concat(),
    );
    assert_eq!(
        columns(&v),
        [
            "interval",
            "count",
            "value",
            "owner:anna",
            "owner:celina",
            "owner:bartek"
        ]
    );
    assert_eq!(
        row(&v, "2026-Q1"),
        [
            json!(7),
            json!("8800.50"),
            json!("3800.00"),
            json!("4500.50"),
            json!("500.00")
        ]
    );
    assert_eq!(v["totals"][3], json!("19400.00"));
    assert_eq!(v["totals"][5], json!("6100.00"));
}

#[test]
fn interval_boundaries_follow_the_local_time_zone() {
    // D7 was created at 2026-03-31 21:30 UTC (23:30 in Warsaw) and D8 at 22:30 UTC (00:30 on
    // 1 April in Warsaw): both 31 March in UTC, but Q1 and Q2 locally.
    let db = fixture();
    let v = report(
        db.path(),
        "deal-value",
        &[
            "--from",
            "2026-03-31",
            "--to",
            "2026-04-01",
            "--interval",
            "quarter",
        ],
    );
    assert_eq!(
        v["rows"],
        json!([["2026-Q1", 1, "800.00"], ["2026-Q2", 1, "1200.00"]])
    );
    // The same for contacts: c4 (21:30 UTC) on 31 March, c5 (22:30 UTC) on 1 April.
    let v = report(
        db.path(),
        "contact-sources",
        &["--from", "2026-04-01", "--to", "2026-04-01"],
    );
    assert_eq!(v["totals"][1], json!(1));
    assert_eq!(row(&v, "(none)")[0], json!(1));
    // In UTC both are on 31 March, so the quarter of each flips.
    let out = lejek(
        db.path(),
        &[
            "report",
            "deal-value",
            "--from",
            "2026-03-31",
            "--to",
            "2026-04-01",
            "--interval",
            "quarter",
            "--format",
            "json",
        ],
    )
    .env("TZ", "UTC")
    .output()
    .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        v["rows"],
        json!([["2026-Q1", 2, "2000.00"], ["2026-Q2", 0, "0.00"]])
    );
}

#[test]
fn r6_sales_activity() {
    let db = fixture();
    let v = report(
        db.path(),
        "sales-activity",
        &[&P[..], &["--interval", "quarter"]].concat(),
    );
    assert_eq!(
        columns(&v),
        [
            "interval",
            "owner",
            "new_deals",
            "new_contacts",
            "comments",
            "tasks_done",
            "meetings_held"
        ]
    );
    // Rows by quarter, then salesperson. New deals by owner and creation (see the deal
    // table); new contacts by who created them: anna c2 (Q1), c7 (Q2), c9 c11 (Q3); bartek
    // c3 c4 (Q1), c8 (Q2), c12 (Q4); celina c5 c6 (Q2; c5 is 1 April locally), c10 (Q3).
    // Comments on deals and campaigns: anna Q1 (D1) and Q2 (D13), bartek Q1 (D3), celina
    // Q2 (campaign); anna's comment on a contact does not count. Tasks closed: bartek Q1.
    // Meetings held: anna Q2, celina Q3.
    assert_eq!(
        v["rows"],
        json!([
            ["2026-Q1", "anna", 3, 1, 1, 0, 0],
            ["2026-Q1", "bartek", 2, 2, 1, 1, 0],
            ["2026-Q1", "celina", 2, 0, 0, 0, 0],
            ["2026-Q2", "anna", 2, 1, 1, 0, 1],
            ["2026-Q2", "bartek", 3, 1, 0, 0, 0],
            ["2026-Q2", "celina", 2, 2, 1, 0, 0],
            ["2026-Q3", "anna", 2, 2, 0, 0, 0],
            ["2026-Q3", "bartek", 2, 0, 0, 0, 0],
            ["2026-Q3", "celina", 2, 1, 0, 0, 1],
            ["2026-Q4", "anna", 2, 0, 0, 0, 0],
            ["2026-Q4", "bartek", 2, 1, 0, 0, 0],
            ["2026-Q4", "celina", 3, 0, 0, 0, 0]
        ])
    );
    assert_eq!(v["totals"], json!(["total", null, 27, 11, 4, 1, 2]));

    // One salesperson in detail: celina per quarter.
    let v = report(
        db.path(),
        "sales-activity",
        &[&P[..], &["--interval", "quarter", "--owner", "celina"]].concat(),
    );
    assert_eq!(
        v["rows"],
        json!([
            ["2026-Q1", 2, 0, 0, 0, 0],
            ["2026-Q2", 2, 2, 1, 0, 0],
            ["2026-Q3", 2, 1, 0, 0, 1],
            ["2026-Q4", 3, 0, 0, 0, 0]
        ])
    );
    assert_eq!(v["totals"], json!(["total", 9, 3, 1, 0, 1]));
}

/// Reads a funnel row as [reached, lost_at, moved_on, still].
fn funnel_counts(v: &Value, stage: &str) -> Vec<i64> {
    row(v, stage)[..4]
        .iter()
        .map(|c| c.as_i64().expect("count"))
        .collect()
}

fn assert_identity(v: &Value) {
    for r in v["rows"].as_array().expect("rows") {
        let n: Vec<i64> = r.as_array().expect("row")[1..5]
            .iter()
            .map(|c| c.as_i64().expect("count"))
            .collect();
        assert_eq!(
            n[0],
            n[1] + n[2] + n[3],
            "reached = lost_at + moved_on + still: {r}"
        );
    }
}

#[test]
fn r7_funnel() {
    let db = fixture();
    let v = report(db.path(), "funnel", &P);
    assert_eq!(
        columns(&v),
        [
            "stage",
            "reached",
            "lost_at",
            "moved_on",
            "still",
            "value",
            "conversion"
        ]
    );
    // new: all 27 reached it. Still there: D3 D7 D12 (moved back) D18 D22 D25 D26 D30 = 8.
    // Lost there: D11 D15 = 2. The other 17 moved on.
    assert_eq!(funnel_counts(&v, "new"), [27, 2, 17, 8]);
    // qualification: reached by all but the nine that never left new (D3 D7 D11 D15 D18
    // D22 D25 D26 D30) = 18, skipped ones included (D4 D6 D10 D13 D16 D20 D23). Still:
    // D8 D14. Lost there: D2 D5 D21. Moved on: 13 (D12 moved back, which counts too).
    assert_eq!(funnel_counts(&v, "qualification"), [18, 3, 13, 2]);
    // proposal: D1 D4 D6 D9 D10 D13 D16 D17 D19 D20 D23 D24 = 12; still D16 D23; lost
    // D10 D17; moved on 8.
    assert_eq!(funnel_counts(&v, "proposal"), [12, 2, 8, 2]);
    // negotiation: D1 D4 D6 D9 D13 D19 D20 D24 (won once, reopened here) = 8; still D4
    // D20 D24; moved on D1 D6 D9 D13 D19.
    assert_eq!(funnel_counts(&v, "negotiation"), [8, 0, 5, 3]);
    // won: D1 D6 D9 D13 D19.
    assert_eq!(funnel_counts(&v, "won"), [5, 0, 0, 5]);
    // Value of the deals that reached each stage: all 27 = 39800.50 + 100 EUR; without
    // the nine that stayed in new (7450 PLN and the EUR deal) = 32350.50; proposal
    // 22050.50; negotiation 15400.50; won 13000.50.
    assert_eq!(
        row(&v, "new")[4],
        json!({"PLN": "39800.50", "EUR": "100.00"})
    );
    assert_eq!(row(&v, "qualification")[4], json!("32350.50"));
    assert_eq!(row(&v, "proposal")[4], json!("22050.50"));
    assert_eq!(row(&v, "negotiation")[4], json!("15400.50"));
    assert_eq!(row(&v, "won")[4], json!("13000.50"));
    // Conversion from the first stage: 18/27, 12/27, 8/27, and to won 5/27.
    assert_eq!(row(&v, "qualification")[5], json!(66.7));
    assert_eq!(row(&v, "won")[5], json!(18.5));
    assert_identity(&v);

    // bartek's: D3 D26 still new, D11 lost in new; D8 D14 still in qualification; D17 lost
    // in proposal, D23 still there; D4 D20 still in negotiation.
    let v = report(
        db.path(),
        "funnel",
        &[&P[..], &["--owner", "bartek"]].concat(),
    );
    assert_eq!(funnel_counts(&v, "new"), [9, 1, 6, 2]);
    assert_eq!(funnel_counts(&v, "qualification"), [6, 0, 4, 2]);
    assert_eq!(funnel_counts(&v, "proposal"), [4, 1, 2, 1]);
    assert_eq!(funnel_counts(&v, "negotiation"), [2, 0, 0, 2]);
    assert_eq!(funnel_counts(&v, "won"), [0, 0, 0, 0]);
    // From trade fairs: D5 (lost in qualification), D14 (still there), D21 (lost in
    // qualification).
    let v = report(
        db.path(),
        "funnel",
        &[&P[..], &["--source", "trade fair"]].concat(),
    );
    assert_eq!(funnel_counts(&v, "new"), [3, 0, 3, 0]);
    assert_eq!(funnel_counts(&v, "qualification"), [3, 2, 0, 1]);
}

#[test]
fn funnel_and_deal_stages_as_of_a_past_day() {
    let db = fixture();
    let asof = [&P[..], &["--as-of", "2026-06-30"]].concat();
    // At the end of 30 June only D1-D14 existed. D12 had moved back to new (06-20), D13 was
    // in negotiation (won on 07-15), D14 still new (qualification on 07-01).
    let v = report(db.path(), "funnel", &asof);
    assert_eq!(v["params"]["as_of"], json!("2026-06-30"));
    // new: 14 reached; still D3 D7 D12 D14; lost there D11; 9 moved on.
    assert_eq!(funnel_counts(&v, "new"), [14, 1, 9, 4]);
    // qualification: all but D3 D7 D11 D14 = 10; still D8; lost D2 D5; moved on 7.
    assert_eq!(funnel_counts(&v, "qualification"), [10, 2, 7, 1]);
    // proposal: D1 D4 D6 D9 D10 D13 = 6; lost D10; moved on 5.
    assert_eq!(funnel_counts(&v, "proposal"), [6, 1, 5, 0]);
    // negotiation: D1 D4 D6 D9 D13; still D4 D13.
    assert_eq!(funnel_counts(&v, "negotiation"), [5, 0, 3, 2]);
    assert_eq!(funnel_counts(&v, "won"), [3, 0, 0, 3]);
    assert_identity(&v);

    // Deal stages then: new D3 D7 D12 D14 (2800); qualification D8 (1200); negotiation D4
    // D13 (D13 still 5000: its value changed on 07-10); won D1 D6 D9 (6500.50); lost D2 D5
    // D10 D11 (8200).
    let v = report(db.path(), "deal-stages", &asof);
    assert_eq!(row(&v, "new")[..2], [json!(4), json!("2800.00")]);
    assert_eq!(row(&v, "qualification")[..2], [json!(1), json!("1200.00")]);
    assert_eq!(row(&v, "proposal")[..2], [json!(0), json!("0.00")]);
    assert_eq!(row(&v, "negotiation")[..2], [json!(2), json!("5000.00")]);
    assert_eq!(row(&v, "won")[..2], [json!(3), json!("6500.50")]);
    assert_eq!(row(&v, "lost")[..2], [json!(4), json!("8200.00")]);
    assert_eq!(
        totals(&v)[..3],
        [json!("total"), json!(14), json!("23700.50")]
    );

    // --as-of alone: the period is the twelve months to that day (2025-07-01..2026-06-30),
    // which brings in D27 and D28 (created in late 2025): D27 was lost, D28 won by then.
    let v = report(db.path(), "deal-stages", &["--as-of", "2026-06-30"]);
    assert_eq!(v["params"]["from"], json!("2025-07-01"));
    assert_eq!(v["totals"][1], json!(16));
    assert_eq!(row(&v, "won")[0], json!(4));
    assert_eq!(row(&v, "lost")[0], json!(5));
}

#[test]
fn r8_deal_stages() {
    let db = fixture();
    let v = report(db.path(), "deal-stages", &P);
    assert_eq!(columns(&v), ["stage", "count", "value", "share"]);
    // new: D3 500, D7 800, D12 900, D18 -, D22 3300, D25 1100, D26 750, D30 100 EUR.
    assert_eq!(
        row(&v, "new")[..2],
        [json!(8), json!({"PLN": "7350.00", "EUR": "100.00"})]
    );
    assert_eq!(row(&v, "qualification")[..2], [json!(2), json!("1800.00")]);
    assert_eq!(row(&v, "proposal")[..2], [json!(2), json!("2350.00")]);
    // negotiation: D4 (no value), D20 400, D24 2000.
    assert_eq!(row(&v, "negotiation")[..2], [json!(3), json!("2400.00")]);
    assert_eq!(row(&v, "won")[..2], [json!(5), json!("13000.50")]);
    // lost: D2 2000, D5 3000, D10 2500, D11 700, D15 300, D17 1800, D21 2600.
    assert_eq!(row(&v, "lost")[..2], [json!(7), json!("12900.00")]);
    assert_eq!(row(&v, "lost")[2], json!(25.9));
    assert_eq!(v["totals"][1], json!(27));

    // All filters at once: anna's, from referrals or own initiative, tagged vip: D16 only.
    let v = report(
        db.path(),
        "deal-stages",
        &[
            &P[..],
            &[
                "--owner",
                "anna",
                "--source",
                "referral",
                "--source",
                "own initiative",
                "--tag",
                "vip",
            ],
        ]
        .concat(),
    );
    assert_eq!(
        totals(&v)[..3],
        [json!("total"), json!(1), json!("2200.00")]
    );
    assert_eq!(row(&v, "proposal")[0], json!(1));
    // The filter language works too: the deals of the vip-tagged, over 3000.
    let v = report(
        db.path(),
        "deal-stages",
        &[&P[..], &["--filter", "tag:vip value>3000"]].concat(),
    );
    // D9 4000 (won), D22 3300 (new).
    assert_eq!(v["totals"][1], json!(2));
}

#[test]
fn table_csv_and_chart_formats() {
    let db = fixture();
    let pl = |args: &[&str]| {
        let out = lejek(db.path(), args)
            .env("LEJEK_LANG", "pl")
            .output()
            .expect("run");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let table = pl(&[&["report", "deal-stages"], &P[..]].concat());
    // Polish headers, money and a totals row.
    assert!(table.contains("Etapy interesów"), "{table}");
    assert!(table.contains("Liczba"), "{table}");
    assert!(table.contains("13 000,50 zł"), "{table}");
    assert!(table.contains("Razem"), "{table}");
    assert!(table.contains("100,00 EUR"), "{table}");
    let en = lejek(db.path(), &[&["report", "deal-stages"], &P[..]].concat())
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&en.stdout).contains("PLN 13,000.50"));

    let csv = pl(&[&["report", "deal-sources"], &P[..], &["--format", "csv"]].concat());
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("source,count,value,won_count,won_value,win_rate")
    );
    assert!(
        csv.contains("own initiative,6,8600.00,2,6500.00,33.3"),
        "{csv}"
    );
    // No totals row in CSV: 5 sources and none.
    assert_eq!(csv.lines().count(), 7);

    let chart = pl(&[&["report", "deal-value"], &P[..], &["--format", "chart"]].concat());
    assert!(chart.contains("2026-01"), "{chart}");
    assert!(
        !chart.contains('\u{1b}'),
        "no escape sequences under NO_COLOR"
    );
    let bars = pl(&[
        &["report", "deal-loss-reasons"],
        &P[..],
        &["--format", "chart"],
    ]
    .concat());
    assert!(bars.contains('█'), "{bars}");
    assert!(bars.contains("price"), "{bars}");
}

#[test]
fn bad_parameters_exit_2_with_one_line() {
    let db = fixture();
    let bad = |args: &[&str], want: &str| {
        let out = lejek(db.path(), args).output().expect("run");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(out.stdout.is_empty());
    };
    bad(
        &["report", "no-such-report"],
        "unknown report 'no-such-report'",
    );
    bad(
        &["report", "deal-value", "--interval", "week"],
        "unknown interval 'week'",
    );
    bad(
        &[
            "report",
            "deal-sources",
            "--from",
            "2026-05-01",
            "--to",
            "2026-01-01",
        ],
        "the period starts after it ends",
    );
    bad(&["report", "funnel", "--owner", "zenon"], "no user 'zenon'");
    bad(
        &["report", "deal-stages", "--stage", "nonsense"],
        "nonsense",
    );
    bad(&["report", "deal-sources", "--source", "radio"], "radio");
    bad(
        &["report", "contact-sources", "--role", "janitor"],
        "janitor",
    );
    bad(
        &["report", "deal-stages", "--from", "yesterday-ish"],
        "yesterday-ish",
    );
    bad(
        &["report", "deal-stages", "--kind", "company"],
        "--kind does not apply",
    );
    bad(
        &["report", "contact-sources", "--as-of", "2026-01-01"],
        "--as-of does not apply",
    );
    bad(&["report", "deal-value", "--by", "weather"], "weather");
    bad(&["report", "deal-value", "--stage-kind", "maybe"], "maybe");
    bad(&["report", "funnel", "--contact", "999"], "999");
    bad(&["report", "deal-stages", "--tag", "a,b"], "a,b");
    // In Polish too.
    let out = lejek(
        db.path(),
        &["report", "deal-value", "--interval", "tydzień"],
    )
    .env("LEJEK_LANG", "pl")
    .output()
    .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nieznany okres 'tydzień'"));
}

#[test]
fn demo_data_funnel_identity_and_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let ok = |args: &[&str]| {
        let out = lejek(dir.path(), args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    ok(&["init", "--demo"]);
    let period = ["--from", "2025-01-01", "--to", "2026-11-28"];
    for as_of in [None, Some("2026-03-31")] {
        let mut args = vec!["report", "funnel"];
        args.extend(period);
        if let Some(a) = as_of {
            args.extend(["--as-of", a]);
        }
        args.extend(["--format", "json"]);
        let v: Value = serde_json::from_slice(&ok(&args)).expect("JSON");
        assert!(v["rows"].as_array().is_some_and(|r| r.len() >= 4));
        assert_identity(&v);
    }
    // deal-stages and deal-sources count exactly the deals the list finds by creation date.
    let list: Value = serde_json::from_slice(&ok(&[
        "deal",
        "list",
        "--filter",
        "created>=2025-01-01 created<=2026-11-28",
        "--format",
        "json",
    ]))
    .expect("JSON");
    let n = list.as_array().map(Vec::len).unwrap_or(0) as i64;
    assert!(n > 0);
    for name in ["deal-stages", "deal-sources"] {
        let v = report(dir.path(), name, &period);
        let sum: i64 = v["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r[1].as_i64().unwrap_or(0))
            .sum();
        assert_eq!(sum, n, "{name}");
        assert_eq!(v["totals"][1], json!(n));
    }
}

/// Every report's JSON, with the cache (`<db>/cache/reports.bin`) and without it.
fn all_reports(db: &Path, cache: bool) -> Vec<Value> {
    let cases: [(&str, &[&str]); 10] = [
        ("contact-sources", &[]),
        ("contact-end-reasons", &[]),
        ("deal-sources", &[]),
        ("deal-loss-reasons", &[]),
        ("deal-value", &["--by", "tag"]),
        ("sales-activity", &[]),
        ("funnel", &[]),
        ("deal-stages", &[]),
        ("funnel", &["--as-of", "2026-11-27"]),
        ("deal-stages", &["--as-of", "2026-06-30"]),
    ];
    cases
        .iter()
        .map(|(name, extra)| {
            let mut args = vec!["report", name];
            args.extend(P);
            args.extend(*extra);
            args.extend(["--format", "json"]);
            let out = lejek(db, &args)
                .env("LEJEK_REPORT_CACHE", if cache { "on" } else { "off" })
                .output()
                .expect("run");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            serde_json::from_slice(&out.stdout).expect("JSON")
        })
        .collect()
}

#[test]
fn the_report_cache_follows_every_write_and_never_outlives_its_database() {
    let db = fixture();
    let fresh = all_reports(db.path(), false);
    assert_eq!(all_reports(db.path(), true), fresh, "a new cache");
    assert!(db.path().join("cache/reports.bin").exists());
    assert_eq!(all_reports(db.path(), true), fresh, "a cache read back");

    // Writes of every kind the reports read, through the CLI.
    let ok = |args: &[&str]| {
        let out = lejek(db.path(), args).output().expect("run");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    ok(&[
        "deal",
        "add",
        "--contact",
        "1",
        "--title",
        "Nowy",
        "--value",
        "999",
        "--owner",
        "bartek",
        "--source",
        "referral",
        "--tag",
        "print",
    ]);
    ok(&["deal", "set", "3", "--stage", "qualification"]);
    ok(&["deal", "lose", "8", "--reason", "price"]);
    ok(&["deal", "set", "13", "--value", "6000"]);
    ok(&["deal", "set", "16", "--owner", "celina", "--tag", "web"]);
    ok(&[
        "contact",
        "add",
        "--kind",
        "company",
        "--name",
        "Nowa firma",
        "--source",
        "phone",
    ]);
    ok(&[
        "contact",
        "end",
        "3",
        "--reason",
        "quality",
        "--date",
        "2026-11-28",
    ]);
    ok(&["deal", "comment", "1", "hej"]);
    let task = ok(&[
        "task",
        "add",
        "--title",
        "Spotkanie",
        "--kind",
        "meeting",
        "--assignee",
        "bartek",
    ]);
    ok(&["task", "done", &task]);
    let after = all_reports(db.path(), false);
    assert_ne!(after, fresh, "the writes change the reports");
    assert_eq!(all_reports(db.path(), true), after, "the cache caught up");
    // New deal: 28 deals in P now.
    assert_eq!(after[2]["totals"][1], json!(28));

    // A cache that belongs to another history (a database restored from an older backup
    // has fewer events; here a fresh fixture) is not used.
    let other = fixture();
    std::fs::create_dir_all(other.path().join("cache")).expect("dir");
    std::fs::copy(
        db.path().join("cache/reports.bin"),
        other.path().join("cache/reports.bin"),
    )
    .expect("copy");
    assert_eq!(all_reports(other.path(), true), fresh);
    // A damaged cache is ignored too.
    std::fs::write(
        other.path().join("cache/reports.bin"),
        b"LEJEKRPT\x01\x00\x00\x00junk",
    )
    .expect("write");
    assert_eq!(all_reports(other.path(), true), fresh);
}

#[test]
fn the_engine_api_for_the_tui_loads_refreshes_and_runs_on_threads() {
    use lejek::report::{self, Params};
    let db = fixture();
    let svc =
        std::sync::Arc::new(Service::open(db.path(), false, Clock::fixed(t(NOW))).expect("open"));
    let params = Params {
        from: Some(day("2026-01-01")),
        to: Some(day("2026-11-28")),
        me: "anna".into(),
        ..Params::default()
    };
    // Reports computed on several threads at once (the TUI computes off the UI thread),
    // writing the cache at the same time, all agree.
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let (svc, params) = (svc.clone(), params.clone());
            std::thread::spawn(move || report::run(&svc, "funnel", &params).expect("funnel"))
        })
        .collect();
    let results: Vec<_> = handles
        .into_iter()
        .map(|h| h.join().expect("thread"))
        .collect();
    assert!(results.windows(2).all(|w| w[0] == w[1]));
    let first = &results[0];
    assert_eq!(first.columns[1].id, "reached");

    // One dataset for every report, refreshed after a change.
    let mut data = report::load(&svc).expect("load");
    assert_eq!(
        &report::run_on(&svc, &data, "funnel", &params).expect("run_on"),
        first
    );
    assert!(!data.refresh(&*svc).expect("refresh"), "nothing changed");
    let actor = Actor {
        login: "anna".into(),
        at: t(NOW),
        recorded: None,
    };
    svc.apply(&actor, Cmd::WinDeal { id: 3, stage: None })
        .expect("win");
    assert!(data.refresh(&*svc).expect("refresh"), "a deal changed");
    let after = report::run_on(&svc, &data, "funnel", &params).expect("run_on");
    assert_eq!(after, report::run(&svc, "funnel", &params).expect("run"));
    // D3 went from new straight to won: one more won deal, one fewer still in new.
    let won = |r: &report::Report| {
        r.rows
            .iter()
            .find(|row| row[0] == report::Cell::Text("won".into()))
            .map(|row| row[1].clone())
    };
    assert_eq!(won(first), Some(report::Cell::Count(5)));
    assert_eq!(won(&after), Some(report::Cell::Count(6)));
}

/// Issue 19 item 1: the reports list stages in pipeline order. A stage added later lands
/// among the open ones (not after won and lost), and moved before proposal it is shown
/// there. Moving renames nothing and counts nothing anew: the funnel's figures for the
/// stages that were there stay as `r7_funnel` worked them out.
#[test]
fn funnel_and_deal_stages_follow_the_pipeline_order() {
    let db = fixture();
    let ok = |args: &[&str]| {
        let out = lejek(db.path(), args).output().expect("run lejek");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let stages = |v: &Value| -> Vec<String> {
        v["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .map(|r| r[0].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    ok(&["dict", "add", "deal-stage", "contract"]);
    let v = report(db.path(), "deal-stages", &P);
    assert_eq!(
        stages(&v),
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
    ok(&[
        "dict",
        "move",
        "deal-stage",
        "contract",
        "--before",
        "proposal",
    ]);
    let order = [
        "new",
        "qualification",
        "contract",
        "proposal",
        "negotiation",
        "won",
        "lost",
    ];
    assert_eq!(stages(&report(db.path(), "deal-stages", &P)), order);
    let funnel = report(db.path(), "funnel", &P);
    assert_eq!(stages(&funnel)[..5], order[..5]);
    assert_eq!(funnel_counts(&funnel, "new"), [27, 2, 17, 8]);
    assert_eq!(funnel_counts(&funnel, "proposal"), [12, 2, 8, 2]);
}
