//! A database of format 6 (issue 19 item 2) opens in this build: it is marked format 7, its
//! deals and stages, stored in record format 1, read as they were (no expected close date,
//! no probability or rot days), lists and the read model agree on them, and the first write
//! of a deal stores it in the record format of this build.
//!
//! The format-6 database is made here the way format 6 stored it: record format 1 lays a
//! `Deal` out as format 2 does without its last field, `expected_close`, and a `DictEntry`
//! without its last two, `probability` and `rot_days`. Those are `None` here, which bincode
//! writes as one zero byte each: a format-1 record is the format-2 one without them, and the
//! version byte 1 (`fixtures/compat/v1-records.hex` holds bytes made by the first build).

use std::path::Path;

use chrono::{TimeZone, Utc};

use crate::model::{Deal, DictEntry, DictKind, Money};
use crate::service::query::ListQuery;
use crate::service::{Clock, Command, ContactDraft, DealDraft, DealPatch, Service};
use crate::store::{FORMAT_VERSION, T, codec};

fn clock() -> Clock {
    Clock::fixed(
        Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
            .single()
            .expect("a valid time"),
    )
}

fn reopen(dir: &Path) -> Service {
    for _ in 0..500 {
        match Service::open(dir, false, clock()) {
            Err(crate::service::Error::Open(crate::store::OpenError::Locked(_))) => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other.expect("reopen the test database"),
        }
    }
    panic!("the test database stayed locked")
}

/// The record-format-1 bytes of a record whose last `trailing` fields are `None`.
fn as_format_1(bytes: &[u8], trailing: usize) -> Vec<u8> {
    assert_eq!(bytes[0], codec::RECORD_VERSION);
    let body = &bytes[1..bytes.len() - trailing];
    assert!(
        bytes[bytes.len() - trailing..].iter().all(|b| *b == 0),
        "the fields format 1 lacks are None"
    );
    let mut old = vec![1u8];
    old.extend_from_slice(body);
    old
}

fn deal_ids(svc: &Service) -> Vec<(u64, String, String)> {
    svc.list_deals(&ListQuery {
        sort: Some("stage".into()),
        me: "anna".into(),
        ..Default::default()
    })
    .expect("deals")
    .into_iter()
    .map(|d| (d.id, d.title, d.stage))
    .collect()
}

#[test]
fn a_format_6_database_opens_upgraded_and_reads_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    let (deals_before, stages_before) = {
        let svc = Service::open(&db, true, clock()).expect("create");
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
            .expect("setup");
        let contact = svc
            .apply(
                &actor,
                Command::AddContact(ContactDraft {
                    name: "Drukarnia Łódź".into(),
                    ..Default::default()
                }),
            )
            .expect("contact")
            .id
            .expect("id");
        for (title, stage) in [("Ulotki", "oferta"), ("Kalendarze", "nowy")] {
            svc.apply(
                &actor,
                Command::AddDeal(DealDraft {
                    contact_id: contact,
                    title: title.into(),
                    stage: Some(stage.into()),
                    value: Some(Money::new(123_456, "PLN")),
                    ..Default::default()
                }),
            )
            .expect("deal");
        }
        // Every deal and dictionary entry back to record format 1, the database to 6.
        let store = svc.store();
        // (A deal's last two fields, since format 8: `expected_close` and the empty map of
        // custom values, one zero byte each.)
        for (t, trailing) in [(T::Deals, 2), (T::Dicts, 2)] {
            let tree = store.tree(t);
            for item in tree.iter() {
                let (k, v) = item.expect("read");
                tree.insert(k, as_format_1(&v, trailing)).expect("write");
            }
        }
        store
            .tree(T::Meta)
            .insert(b"format_version", &6u32.to_be_bytes())
            .expect("meta");
        store.db.flush().expect("flush");
        let _ = std::fs::remove_dir_all(db.join("cache"));
        let deals: Vec<Deal> = store
            .tree(T::Deals)
            .iter()
            .map(|i| codec::decode(&i.expect("read").1).expect("a format-1 deal decodes"))
            .collect();
        let stages = svc.dict(DictKind::DealStage).expect("stages");
        (deals, stages)
    };

    let svc = reopen(&db);
    assert_eq!(svc.store().format_version(), FORMAT_VERSION);
    // Stages as they were, in their order, with nothing set.
    let stages: Vec<DictEntry> = svc.dict(DictKind::DealStage).expect("stages");
    assert_eq!(stages, stages_before);
    let names: Vec<&str> = stages.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "nowy",
            "kwalifikacja",
            "oferta",
            "negocjacje",
            "wygrany",
            "przegrany"
        ]
    );
    assert!(stages.iter().all(|e| e.rot_days.is_none()));
    assert_eq!(stages[0].probability, None);
    assert_eq!(stages[4].win_chance(), Some(100));
    // Deals as they were; the list (the read model, read through the v1 mirror) agrees.
    for d in &deals_before {
        let now = svc.deal(d.id).expect("the deal");
        assert_eq!(&now, d);
        assert_eq!(now.expected_close, None);
    }
    assert_eq!(
        deal_ids(&svc),
        vec![
            (2, "Kalendarze".to_owned(), "nowy".to_owned()),
            (1, "Ulotki".to_owned(), "oferta".to_owned())
        ]
    );
    let view = svc.deal_view(1).expect("view");
    assert_eq!(view.value.as_deref(), Some("1234.56"));
    assert_eq!((view.days_in_stage, view.rotting), (0, false));

    // The first write of a deal stores it in record format 2.
    svc.apply(
        &svc.actor("anna"),
        Command::UpdateDeal {
            id: 1,
            patch: DealPatch {
                expected_close: Some(chrono::NaiveDate::from_ymd_opt(2027, 1, 31)),
                ..Default::default()
            },
        },
    )
    .expect("set the expected close date");
    let stored = svc
        .store()
        .tree(T::Deals)
        .get(crate::store::keys::id(1))
        .expect("read")
        .expect("deal 1");
    assert_eq!(stored[0], codec::RECORD_VERSION);
    assert_eq!(
        svc.deal(1).expect("deal").expected_close,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 31)
    );
    let untouched = svc
        .store()
        .tree(T::Deals)
        .get(crate::store::keys::id(2))
        .expect("read")
        .expect("deal 2");
    assert_eq!(untouched[0], 1, "a deal not written stays as it was");
}
