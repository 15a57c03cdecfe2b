//! A database of format 7 (issue 20 item 1) opens in this build: it is marked format 8, its
//! deals and contacts, stored in record format 2, read as they were (no custom values),
//! lists and the read model agree on them, and the first write of each stores it in record
//! format 3 with its custom values.
//!
//! The format-7 database is made here the way format 7 stored it: record format 2 lays a
//! `Deal` and a `Contact` out as format 3 does without the last field, `fields`. An empty
//! map is one zero byte in bincode, so a format-2 record is the format-3 one without it,
//! under version byte 2.

use std::path::Path;

use chrono::{TimeZone, Utc};

use crate::model::{Contact, Deal, FieldKind, FieldOn, Money};
use crate::service::query::ListQuery;
use crate::service::{
    Clock, Command, ContactDraft, ContactPatch, DealDraft, DealPatch, FieldDraft, Service,
};
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

/// The record-format-2 bytes of a deal or contact with no custom values.
fn as_format_2(bytes: &[u8]) -> Vec<u8> {
    assert_eq!(bytes[0], codec::RECORD_VERSION);
    assert_eq!(bytes.last(), Some(&0), "no custom values: an empty map");
    let mut old = vec![2u8];
    old.extend_from_slice(&bytes[1..bytes.len() - 1]);
    old
}

/// (id, title or name) of each record in a list.
type Listed = Vec<(u64, String)>;

fn listed(svc: &Service) -> (Listed, Listed) {
    let q = ListQuery {
        me: "anna".into(),
        ..Default::default()
    };
    let deals = svc.list_deals(&q).expect("deals");
    let contacts = svc.list_contacts(&q).expect("contacts");
    (
        deals.into_iter().map(|d| (d.id, d.title)).collect(),
        contacts.into_iter().map(|c| (c.id, c.name)).collect(),
    )
}

#[test]
fn a_format_7_database_opens_upgraded_and_reads_as_it_was() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("db");
    let (deals_before, contacts_before) = {
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
        for name in ["Drukarnia Łódź", "Transbud"] {
            let contact = svc
                .apply(
                    &actor,
                    Command::AddContact(ContactDraft {
                        name: name.into(),
                        city: Some("Łódź".into()),
                        ..Default::default()
                    }),
                )
                .expect("contact")
                .id
                .expect("id");
            svc.apply(
                &actor,
                Command::AddDeal(DealDraft {
                    contact_id: contact,
                    title: format!("Ulotki dla {name}"),
                    value: Some(Money::new(123_456, "PLN")),
                    expected_close: chrono::NaiveDate::from_ymd_opt(2027, 1, 31),
                    ..Default::default()
                }),
            )
            .expect("deal");
        }
        // Every deal and contact back to record format 2, the database to 7.
        let store = svc.store();
        for t in [T::Deals, T::Contacts] {
            let tree = store.tree(t);
            for item in tree.iter() {
                let (k, v) = item.expect("read");
                tree.insert(k, as_format_2(&v)).expect("write");
            }
        }
        store
            .tree(T::Meta)
            .insert(b"format_version", &7u32.to_be_bytes())
            .expect("meta");
        store.db.flush().expect("flush");
        let _ = std::fs::remove_dir_all(db.join("cache"));
        let deals: Vec<Deal> = store
            .tree(T::Deals)
            .iter()
            .map(|i| codec::decode(&i.expect("read").1).expect("a format-2 deal decodes"))
            .collect();
        let contacts: Vec<Contact> = store
            .tree(T::Contacts)
            .iter()
            .map(|i| codec::decode(&i.expect("read").1).expect("a format-2 contact decodes"))
            .collect();
        (deals, contacts)
    };
    assert_eq!((deals_before.len(), contacts_before.len()), (2, 2));

    let svc = reopen(&db);
    assert_eq!(svc.store().format_version(), FORMAT_VERSION);
    assert_eq!(FORMAT_VERSION, 8);
    for d in &deals_before {
        let now = svc.deal(d.id).expect("the deal");
        assert_eq!(&now, d);
        assert!(now.fields.is_empty());
        assert_eq!(
            now.expected_close,
            chrono::NaiveDate::from_ymd_opt(2027, 1, 31)
        );
    }
    for c in &contacts_before {
        let now = svc.contact(c.id).expect("the contact");
        assert_eq!(&now, c);
        assert_eq!(now.city.as_deref(), Some("Łódź"));
    }
    // The lists (the read model, read through the format-2 mirrors) show them all.
    assert_eq!(
        listed(&svc),
        (
            vec![
                (1, "Ulotki dla Drukarnia Łódź".to_owned()),
                (2, "Ulotki dla Transbud".to_owned())
            ],
            vec![(1, "Drukarnia Łódź".to_owned()), (2, "Transbud".to_owned())]
        )
    );

    // The first write of a deal and a contact stores them in record format 3.
    let actor = svc.actor("anna");
    for (on, name) in [(FieldOn::Deal, "waga"), (FieldOn::Contact, "waga")] {
        svc.apply(
            &actor,
            Command::AddField(FieldDraft {
                on,
                name: name.into(),
                kind: FieldKind::Number,
                values: Vec::new(),
                label_pl: None,
                label_en: None,
            }),
        )
        .expect("define the field");
    }
    svc.apply(
        &actor,
        Command::UpdateDeal {
            id: 1,
            patch: DealPatch {
                fields: vec![("waga".into(), "12,5".into())],
                ..Default::default()
            },
        },
    )
    .expect("set a deal's value");
    svc.apply(
        &actor,
        Command::UpdateContact {
            id: 2,
            patch: ContactPatch {
                fields: vec![("waga".into(), "3".into())],
                ..Default::default()
            },
        },
    )
    .expect("set a contact's value");
    let first_byte = |t: T, id: u64| {
        svc.store()
            .tree(t)
            .get(crate::store::keys::id(id))
            .expect("read")
            .expect("the record")[0]
    };
    assert_eq!(first_byte(T::Deals, 1), 3);
    assert_eq!(first_byte(T::Contacts, 2), 3);
    assert_eq!(
        first_byte(T::Deals, 2),
        2,
        "a deal not written stays as it was"
    );
    assert_eq!(first_byte(T::Contacts, 1), 2, "so does a contact");
    assert_eq!(
        svc.deal_view(1)
            .expect("view")
            .fields
            .get("waga")
            .map(String::as_str),
        Some("12.5")
    );
    let heavy = svc
        .list_deals(&ListQuery {
            filter: "waga>10".into(),
            me: "anna".into(),
            ..Default::default()
        })
        .expect("filtered");
    assert_eq!(heavy.iter().map(|d| d.id).collect::<Vec<_>>(), vec![1]);
}
