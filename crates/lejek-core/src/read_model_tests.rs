//! The read model against the records (issue 17 item 5): random sequences of commands, and
//! after each few every list question the model answers is asked of a plain scan of the
//! store too (`Service::scan_deals` / `scan_contacts`, which read and filter every record
//! as lists did before the model). A restart in the middle of a sequence (with and without
//! the model saved) must change nothing either. Days pass in between (`Op::Tick`), so deals
//! differ in their days in stage and rot (issue 19).

use std::path::Path;

use chrono::{TimeZone, Utc};
use proptest::prelude::*;

use crate::model::{DictKind, Id, Money};
use crate::service::query::{FilterOf, ListQuery};
use crate::service::{CampaignDraft, Clock, Command, ContactDraft, DealDraft, DealPatch, Service};
use crate::text::contains_folded;

const TITLES: &[&str] = &[
    "Kalendarze firmowe",
    "Łódź — kubki",
    "Długopisy z logo",
    "Zimowa kampania",
    "Kowalski i syn",
];
const NAMES: &[&str] = &[
    "Kowalski Sp. z o.o.",
    "Nowak",
    "Łąka SA",
    "Polbud",
    "Kowalczyk Anna",
];
const CITIES: &[&str] = &["Łódź", "Kraków", "Gdańsk"];
const NIPS: &[&str] = &["1234567802", "1234567819", "1234567825", "1234567831"];
const TAGS: &[&str] = &["VIP", "Święta", "stały"];
const OFFERS: &[&str] = &["kalendarze", "gadżety"];
const CAMPAIGNS: &[&str] = &["Zima 2026", "Wiosna"];

#[derive(Clone, Debug)]
enum Op {
    Contact {
        company: bool,
        name: usize,
        city: Option<usize>,
        email: bool,
        nip: Option<usize>,
        tag: Option<usize>,
    },
    Deal {
        contact: usize,
        title: usize,
        value: Option<i64>,
        tag: Option<usize>,
        offer: Option<usize>,
        next: Option<u32>,
        expected: Option<u32>,
    },
    Edit {
        deal: usize,
        title: Option<usize>,
        value: Option<Option<i64>>,
        tag: Option<usize>,
    },
    Stage {
        deal: usize,
        stage: usize,
    },
    Win {
        deal: usize,
    },
    Lose {
        deal: usize,
    },
    Join {
        campaign: usize,
        contacts: Vec<usize>,
    },
    RenameContact {
        contact: usize,
        name: usize,
    },
    RenameStage {
        stage: usize,
    },
    RetireSource,
    /// A closed deal holding a next activity, as a database from before closing cleared it
    /// (issue 18 item 10) may: written straight to the store, then the service reopened.
    OldClosedNext {
        deal: usize,
        next: u32,
    },
    Restart {
        saved: bool,
    },
    /// Days pass: the clock moves on and the service is opened again with it.
    Tick {
        days: u32,
    },
    /// A stage's probability and rot days (issue 19).
    SetStage {
        stage: usize,
        rot_days: Option<u32>,
    },
    /// A stage moved before or after another of its kind.
    MoveStage {
        stage: usize,
        other: usize,
        after: bool,
    },
    /// An expected close date set or cleared.
    Expect {
        deal: usize,
        expected: Option<u32>,
    },
    Compare,
}

fn op() -> impl Strategy<Value = Op> {
    let small = 0usize..8;
    prop_oneof![
        4 => (any::<bool>(), 0..NAMES.len(), proptest::option::of(0..CITIES.len()), any::<bool>(),
              proptest::option::of(0..NIPS.len()), proptest::option::of(0..TAGS.len()))
            .prop_map(|(company, name, city, email, nip, tag)| Op::Contact { company, name, city, email, nip, tag }),
        6 => (small.clone(), 0..TITLES.len(), proptest::option::of(0i64..2_000_000),
              proptest::option::of(0..TAGS.len()), proptest::option::of(0..OFFERS.len()),
              proptest::option::of(0u32..60), proptest::option::of(0u32..90))
            .prop_map(|(contact, title, value, tag, offer, next, expected)| Op::Deal { contact, title, value, tag, offer, next, expected }),
        3 => (small.clone(), proptest::option::of(0..TITLES.len()),
              proptest::option::of(proptest::option::of(0i64..2_000_000)), proptest::option::of(0..TAGS.len()))
            .prop_map(|(deal, title, value, tag)| Op::Edit { deal, title, value, tag }),
        2 => (small.clone(), 0usize..4).prop_map(|(deal, stage)| Op::Stage { deal, stage }),
        1 => small.clone().prop_map(|deal| Op::Win { deal }),
        1 => small.clone().prop_map(|deal| Op::Lose { deal }),
        1 => (0..CAMPAIGNS.len(), proptest::collection::vec(small.clone(), 1..4))
            .prop_map(|(campaign, contacts)| Op::Join { campaign, contacts }),
        1 => (small.clone(), 0..NAMES.len()).prop_map(|(contact, name)| Op::RenameContact { contact, name }),
        1 => (0usize..4).prop_map(|stage| Op::RenameStage { stage }),
        1 => Just(Op::RetireSource),
        1 => (small.clone(), 0u32..60).prop_map(|(deal, next)| Op::OldClosedNext { deal, next }),
        1 => any::<bool>().prop_map(|saved| Op::Restart { saved }),
        2 => (1u32..12).prop_map(|days| Op::Tick { days }),
        1 => (0usize..4, proptest::option::of(1u32..10)).prop_map(|(stage, rot_days)| Op::SetStage { stage, rot_days }),
        1 => (0usize..6, 0usize..6, any::<bool>()).prop_map(|(stage, other, after)| Op::MoveStage { stage, other, after }),
        1 => (small.clone(), proptest::option::of(0u32..90)).prop_map(|(deal, expected)| Op::Expect { deal, expected }),
        2 => Just(Op::Compare),
    ]
}

thread_local! {
    /// How many days have passed since the test's start (`Op::Tick`).
    static DAYS_ON: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

fn clock() -> Clock {
    let start = Utc
        .with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
        .single()
        .expect("a valid time");
    Clock::fixed(start + chrono::Duration::days(i64::from(DAYS_ON.get())))
}

fn open(dir: &Path, create: bool) -> Service {
    Service::open(dir, create, clock()).expect("open the test database")
}

/// Open the database again after the service on it was dropped. sled's flusher thread lets
/// go of the database's lock a moment after the last handle is dropped, so a reopen right
/// away may find it still locked: wait for it (at most 10 s).
fn reopen(dir: &Path) -> Service {
    for _ in 0..500 {
        match Service::open(dir, false, clock()) {
            Err(crate::service::Error::Open(crate::store::OpenError::Locked(_))) => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.expect("reopen the test database"),
        }
    }
    panic!("the test database stayed locked after its service was dropped")
}

/// A fresh database with a user and the Polish dictionaries.
fn setup(dir: &Path) -> Service {
    let svc = open(dir, true);
    let mut cmds = vec![Command::AddUser {
        login: "anna".into(),
        name: "Anna".into(),
        admin: true,
    }];
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(crate::i18n::Lang::Pl) {
        cmds.push(Command::AddDictEntry {
            kind,
            name: name.to_owned(),
            stage_kind,
        });
    }
    let actor = svc.actor("anna");
    svc.apply_batch(cmds.into_iter().map(|c| (actor.clone(), c)).collect())
        .expect("set up the test database");
    svc
}

fn ids_of(svc: &Service, kind: DictKind) -> Vec<String> {
    svc.dict(kind)
        .expect("dictionary")
        .into_iter()
        .filter(|e| !e.retired)
        .map(|e| e.name)
        .collect()
}

/// Run one command as anna; a refused command (a deal already closed, a duplicate NIP)
/// writes nothing, which is as much a case for the model as one that writes.
fn run(svc: &Service, cmd: Command) {
    let _ = svc.apply(&svc.actor("anna"), cmd);
}

fn pick(ids: &[Id], i: usize) -> Option<Id> {
    (!ids.is_empty()).then(|| ids[i % ids.len()])
}

fn apply(svc: &mut Service, db: &Path, op: &Op) {
    let contacts = svc
        .ids(FilterOf::Contact, &ListQuery::default())
        .expect("contacts");
    let deals = svc
        .ids(FilterOf::Deal, &ListQuery::default())
        .expect("deals");
    match op {
        Op::Contact {
            company,
            name,
            city,
            email,
            nip,
            tag,
        } => {
            let company_id = if *company {
                None
            } else {
                pick(&contacts, *name)
            };
            run(
                svc,
                Command::AddContact(ContactDraft {
                    kind: Some(if *company {
                        crate::model::ContactKind::Company
                    } else {
                        crate::model::ContactKind::Person
                    }),
                    name: NAMES[*name].into(),
                    company_id,
                    email: email.then(|| format!("biuro{}@kowal.pl", contacts.len())),
                    phone: Some(format!("+48 600 100 {:03}", contacts.len())),
                    city: city.map(|c| CITIES[c].into()),
                    nip: nip.map(|n| NIPS[n].into()),
                    tags: tag.map(|t| TAGS[t].to_owned()).into_iter().collect(),
                    ..Default::default()
                }),
            );
        }
        Op::Deal {
            contact,
            title,
            value,
            tag,
            offer,
            next,
            expected,
        } => {
            let Some(contact_id) = pick(&contacts, *contact) else {
                return;
            };
            run(
                svc,
                Command::AddDeal(DealDraft {
                    contact_id,
                    title: TITLES[*title].into(),
                    value: value.map(|v| Money::new(v, "PLN")),
                    tags: tag.map(|t| TAGS[t].to_owned()).into_iter().collect(),
                    offer: offer.map(|o| OFFERS[o].into()),
                    next_activity: next.map(day),
                    expected_close: expected.map(day),
                    ..Default::default()
                }),
            );
        }
        Op::Edit {
            deal,
            title,
            value,
            tag,
        } => {
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            run(
                svc,
                Command::UpdateDeal {
                    id,
                    patch: DealPatch {
                        title: title.map(|t| format!("{} bis", TITLES[t])),
                        value: value.map(|v| v.map(|v| Money::new(v, "PLN"))),
                        add_tags: tag.map(|t| TAGS[t].to_owned()).into_iter().collect(),
                        ..Default::default()
                    },
                },
            );
        }
        Op::Stage { deal, stage } => {
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            let stages = ids_of(svc, DictKind::DealStage);
            let Some(name) = stages.get(*stage % stages.len().max(1)) else {
                return;
            };
            run(
                svc,
                Command::UpdateDeal {
                    id,
                    patch: DealPatch {
                        stage: Some(name.clone()),
                        ..Default::default()
                    },
                },
            );
        }
        Op::Win { deal } => {
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            run(svc, Command::WinDeal { id, stage: None });
        }
        Op::Lose { deal } => {
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            let reasons = ids_of(svc, DictKind::LossReason);
            let Some(reason) = reasons.first() else {
                return;
            };
            run(
                svc,
                Command::LoseDeal {
                    id,
                    reason: reason.clone(),
                    stage: None,
                },
            );
        }
        Op::Join {
            campaign,
            contacts: which,
        } => {
            let chosen: Vec<Id> = which.iter().filter_map(|i| pick(&contacts, *i)).collect();
            run(
                svc,
                Command::AddDealsToCampaign {
                    campaign: CAMPAIGNS[*campaign].into(),
                    create: CampaignDraft {
                        name: CAMPAIGNS[*campaign].into(),
                        ..Default::default()
                    },
                    contacts: chosen,
                    matching: None,
                    deal: DealDraft {
                        title: "Oferta zimowa".into(),
                        ..Default::default()
                    },
                },
            );
        }
        Op::RenameContact { contact, name } => {
            let Some(id) = pick(&contacts, *contact) else {
                return;
            };
            run(
                svc,
                Command::UpdateContact {
                    id,
                    patch: crate::service::ContactPatch {
                        name: Some(format!("{} nowa", NAMES[*name])),
                        ..Default::default()
                    },
                },
            );
        }
        Op::RenameStage { stage } => {
            let stages = ids_of(svc, DictKind::DealStage);
            let Some(name) = stages.get(*stage % stages.len().max(1)) else {
                return;
            };
            run(
                svc,
                Command::RenameDictEntry {
                    kind: DictKind::DealStage,
                    name: name.clone(),
                    new_name: format!("{name}ł"),
                },
            );
        }
        Op::RetireSource => {
            let sources = ids_of(svc, DictKind::DealSource);
            if let Some(name) = sources.first() {
                run(
                    svc,
                    Command::RetireDictEntry {
                        kind: DictKind::DealSource,
                        name: name.clone(),
                    },
                );
            }
        }
        Op::Restart { saved } => {
            if *saved {
                svc.save_read_model();
            }
            restart(svc, db);
        }
        Op::OldClosedNext { deal, next } => {
            use crate::store::{T, codec, keys};
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            let tree = svc.store().tree(T::Deals);
            let bytes = tree.get(keys::id(id)).expect("read").expect("the deal");
            let mut d: crate::model::Deal = codec::decode(&bytes).expect("decode");
            if d.closed.is_none() {
                return;
            }
            d.next_activity = Some(day(*next));
            tree.insert(keys::id(id), codec::encode(&d)).expect("write");
            // Written behind the service's back: no saved model may claim to know better.
            let _ = std::fs::remove_file(crate::read_model::snapshot::path(svc));
            restart(svc, db);
        }
        Op::Tick { days } => {
            DAYS_ON.set(DAYS_ON.get() + days);
            restart(svc, db);
        }
        Op::SetStage { stage, rot_days } => {
            let stages = ids_of(svc, DictKind::DealStage);
            let Some(name) = stages.get(*stage % stages.len().max(1)) else {
                return;
            };
            run(
                svc,
                Command::SetStage {
                    name: name.clone(),
                    probability: Some(Some(40)),
                    rot_days: Some(*rot_days),
                },
            );
        }
        Op::MoveStage {
            stage,
            other,
            after,
        } => {
            let stages = ids_of(svc, DictKind::DealStage);
            let (Some(name), Some(other)) = (
                stages.get(*stage % stages.len().max(1)),
                stages.get(*other % stages.len().max(1)),
            ) else {
                return;
            };
            let other = Some(other.clone());
            run(
                svc,
                Command::MoveDictEntry {
                    kind: DictKind::DealStage,
                    name: name.clone(),
                    before: (!after).then(|| other.clone()).flatten(),
                    after: after.then_some(other).flatten(),
                },
            );
        }
        Op::Expect { deal, expected } => {
            let Some(id) = pick(&deals, *deal) else {
                return;
            };
            run(
                svc,
                Command::UpdateDeal {
                    id,
                    patch: DealPatch {
                        expected_close: Some(expected.map(day)),
                        ..Default::default()
                    },
                },
            );
        }
        Op::Compare => compare(svc),
    }
}

/// A day in November or December 2026 (the test's today is 28 November).
fn day(d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("a day") + chrono::Days::new(u64::from(d))
}

/// Close the service and open it again, as a new process would.
fn restart(svc: &mut Service, db: &Path) {
    // The database is locked while open: hold a spare one while it is closed.
    let spare = db.with_file_name("spare");
    let old = std::mem::replace(svc, open(&spare, true));
    drop(old);
    *svc = reopen(db);
}

fn query(filter: &str, sort: Option<&str>, offset: usize, limit: Option<usize>) -> ListQuery {
    ListQuery {
        filter: filter.into(),
        sort: sort.map(Into::into),
        me: "anna".into(),
        limit,
        offset,
    }
}

const WINDOWS: &[(usize, Option<usize>)] = &[(0, None), (0, Some(3)), (2, Some(4))];

/// Every deal and contact question, of the model and of a scan of the store.
fn compare(svc: &Service) {
    let stages = ids_of(svc, DictKind::DealStage);
    let first_stage = stages.first().cloned().unwrap_or_default();
    let deal_filters = [
        String::new(),
        format!("stage:\"{first_stage}\""),
        "value>=5000".into(),
        "value<1000 or tag:vip".into(),
        "-tag:vip".into(),
        "contact:kowal".into(),
        "title:kalend".into(),
        "offer:none".into(),
        "campaign:zima".into(),
        "stage_kind:won or stage_kind:lost".into(),
        "closed:none owner:me".into(),
        "next<2026-11-20".into(),
        "next:overdue".into(),
        "next:none".into(),
        "created>=2026-11-28 -source:none".into(),
        "tag=swieta".into(),
        "expected<2026-12-15".into(),
        "expected:none".into(),
        "instage>3d".into(),
        "instage<=1 or rotting:yes".into(),
        "rotting:no stage_kind:open".into(),
    ];
    for f in &deal_filters {
        for sort in [
            None,
            Some("value:desc"),
            Some("title"),
            Some("next"),
            Some("contact"),
            Some("stage"),
            Some("stage:desc"),
            Some("instage"),
            Some("expected"),
            Some("rotting"),
        ] {
            let all = svc
                .scan_deals(&query(f, sort, 0, None))
                .expect("scan deals");
            for &(offset, limit) in WINDOWS {
                let page = svc
                    .page_deals(&query(f, sort, offset, limit))
                    .expect("page of deals");
                let want: Vec<Id> = all
                    .iter()
                    .skip(offset)
                    .take(limit.unwrap_or(usize::MAX))
                    .map(|v| v.id)
                    .collect();
                let got: Vec<Id> = page.rows.iter().map(|v| v.id).collect();
                assert_eq!(
                    got, want,
                    "deals {f:?} sorted {sort:?} window {offset}+{limit:?}"
                );
                assert_eq!(page.total, all.len(), "total of deals {f:?}");
            }
        }
    }
    // A bare word: the title or offer, or the contact's name, e-mail, phone or NIP.
    let everything = svc
        .scan_deals(&query("", None, 0, None))
        .expect("scan deals");
    for word in [
        "kowal",
        "łódź",
        "600 100 00",
        "12345678",
        "kalendarze",
        "nowa",
    ] {
        let needle = crate::text::fold(word);
        let want: Vec<Id> = everything
            .iter()
            .filter(|d| {
                let c = svc.contact(d.contact_id).expect("the deal's contact");
                [
                    Some(&d.title),
                    d.offer.as_ref(),
                    Some(&c.name),
                    c.email.as_ref(),
                    c.phone.as_ref(),
                    c.nip.as_ref(),
                ]
                .into_iter()
                .flatten()
                .any(|t| contains_folded(t, &needle))
            })
            .map(|d| d.id)
            .collect();
        let page = svc
            .page_deals(&query(&format!("\"{word}\""), None, 0, None))
            .expect("search");
        assert_eq!(
            page.rows.iter().map(|v| v.id).collect::<Vec<_>>(),
            want,
            "search {word:?}"
        );
    }
    let contact_filters = [
        "",
        "city:lodz",
        "kind:company",
        "name:kow",
        "company:pol",
        "email:none",
        "tag:vip",
        "kowal",
        "-nip:none",
    ];
    for f in contact_filters {
        for sort in [None, Some("name"), Some("city:desc"), Some("created")] {
            let all = svc
                .scan_contacts(&query(f, sort, 0, None))
                .expect("scan contacts");
            for &(offset, limit) in WINDOWS {
                let page = svc
                    .page_contacts(&query(f, sort, offset, limit))
                    .expect("page of contacts");
                let want: Vec<Id> = all
                    .iter()
                    .skip(offset)
                    .take(limit.unwrap_or(usize::MAX))
                    .map(|v| v.id)
                    .collect();
                assert_eq!(
                    page.rows.iter().map(|v| v.id).collect::<Vec<_>>(),
                    want,
                    "contacts {f:?} sorted {sort:?}"
                );
                assert_eq!(page.total, all.len());
            }
        }
    }
    // A campaign's progress: its deals as the store's index lists them, counted and summed
    // by the kind of their stage.
    for c in svc
        .list_campaigns(&query("", None, 0, None))
        .expect("campaigns")
    {
        let deals = svc.deals_of_campaign(c.id).expect("the campaign's deals");
        let sum = |kind: &str| -> i64 {
            deals
                .iter()
                .filter(|d| d.stage_kind == kind)
                .filter_map(|d| d.value_minor)
                .sum()
        };
        let minor = |s: &str| {
            crate::model::money::parse_money(s, "PLN")
                .expect("an amount")
                .minor
        };
        assert_eq!(c.deals, deals.len() as u64, "deals of campaign {}", c.name);
        assert_eq!(
            minor(&c.open_value),
            sum("open"),
            "open value of {}",
            c.name
        );
        assert_eq!(minor(&c.won_value), sum("won"), "won value of {}", c.name);
        assert_eq!(
            minor(&c.lost_value),
            sum("lost"),
            "lost value of {}",
            c.name
        );
    }
    // Reports come from the same model: each equals the report over tables read afresh
    // from the store, now and as of a past day (the history replayed).
    let fresh = crate::report::Dataset::load(svc, crate::report::Need::all()).expect("load");
    let past = crate::report::Params {
        as_of: chrono::NaiveDate::from_ymd_opt(2026, 11, 27),
        ..Default::default()
    };
    for (name, _) in crate::report::REPORTS {
        // --as-of is a deal report's parameter.
        let as_of = !name.starts_with("contact-") && name != "sales-activity";
        for params in [
            Some(crate::report::Params::default()),
            as_of.then(|| past.clone()),
        ]
        .into_iter()
        .flatten()
        {
            let from_model = crate::report::run(svc, name, &params).expect("report from the model");
            let from_store = crate::report::run_on(svc, &fresh, name, &params).expect("report");
            assert_eq!(
                from_model, from_store,
                "report {name} as of {:?}",
                params.as_of
            );
        }
    }
}

/// `lejek check` compares the saved copy with the store: a copy that says the same passes
/// and stays; one whose deal differs (here: a title changed in the copy only, the copy still
/// claiming to be current) fails and is removed, to be built again.
#[test]
fn check_finds_a_saved_model_that_differs_from_the_store() {
    use crate::read_model::dataset::{Dataset, Need};
    use crate::read_model::snapshot;
    let dir = tempfile::tempdir().expect("temp dir");
    let svc = setup(&dir.path().join("db"));
    let contact = svc
        .apply(
            &svc.actor("anna"),
            Command::AddContact(ContactDraft {
                name: "Nowak".into(),
                ..Default::default()
            }),
        )
        .expect("a contact")
        .id
        .expect("its id");
    run(
        &svc,
        Command::AddDeal(DealDraft {
            contact_id: contact,
            title: "Kalendarze".into(),
            ..Default::default()
        }),
    );
    // No copy at all: nothing to compare, nothing wrong.
    assert!(snapshot::matches_store(&svc).expect("check"));
    let mut data = Dataset::load(&svc, Need::all()).expect("load");
    snapshot::write(&svc, &data).expect("save");
    assert!(snapshot::matches_store(&svc).expect("check"), "a true copy");
    assert!(snapshot::path(&svc).exists(), "a true copy stays");
    data.deals[0].title = "Długopisy".into();
    snapshot::write(&svc, &data).expect("save");
    assert!(
        !snapshot::matches_store(&svc).expect("check"),
        "a copy that lies"
    );
    assert!(
        !snapshot::path(&svc).exists(),
        "a copy that lies is removed"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn the_read_model_answers_as_a_scan_of_the_store(ops in proptest::collection::vec(op(), 5..45)) {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("db");
        DAYS_ON.set(0);
        let mut svc = setup(&db);
        // The model exists from the start, so every write after this goes through it.
        compare(&svc);
        for op in &ops {
            apply(&mut svc, &db, op);
        }
        compare(&svc);
    }
}
