//! A working day's commands at the service level (issue 18): every path that closes a deal
//! clears its next activity (item 10), a removed comment leaves the sales-activity report
//! (item 5), and a reopened contact's end is in its history (item 6).

use chrono::{NaiveDate, TimeZone, Utc};
use lejek::model::{Change, ContactKind, EntityKind, EntityRef, StageKind};
use lejek::report::{Cell, Params};
use lejek::service::query::ListQuery;
use lejek::service::{
    Actor, Clock, Command, ContactDraft, DealDraft, DealPatch, Imported, ImportedDeal, Service,
};

fn service() -> (tempfile::TempDir, Service, Actor) {
    let dir = tempfile::tempdir().expect("temp dir");
    let at = Utc
        .with_ymd_and_hms(2026, 11, 28, 12, 0, 0)
        .single()
        .expect("time");
    let svc = Service::open(dir.path(), true, Clock::fixed(at)).expect("open");
    let actor = svc.actor("anna");
    let mut cmds = vec![(
        actor.clone(),
        Command::AddUser {
            login: "anna".into(),
            name: "Anna".into(),
            admin: true,
        },
    )];
    for (kind, name, stage_kind) in lejek::service::seed::default_dicts(lejek::i18n::Lang::En) {
        cmds.push((
            actor.clone(),
            Command::AddDictEntry {
                kind,
                name: name.into(),
                stage_kind,
            },
        ));
    }
    cmds.push((
        actor.clone(),
        Command::AddContact(ContactDraft {
            kind: Some(ContactKind::Company),
            name: "Alfa".into(),
            ..Default::default()
        }),
    ));
    svc.apply_batch(cmds).expect("setup");
    (dir, svc, actor)
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, d).expect("a day")
}

fn deal(svc: &Service, actor: &Actor, title: &str, next: u32) -> u64 {
    svc.apply(
        actor,
        Command::AddDeal(DealDraft {
            contact_id: 1,
            title: title.into(),
            next_activity: Some(day(next)),
            ..Default::default()
        }),
    )
    .expect("a deal")
    .id
    .expect("its id")
}

fn on_deal(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Deal,
        id,
    }
}

/// The `next_activity` changes in a deal's history: (old, new).
fn next_changes(svc: &Service, id: u64) -> Vec<(Option<String>, Option<String>)> {
    svc.history(on_deal(id))
        .expect("history")
        .into_iter()
        .filter_map(|e| match e.change {
            Change::Field { field, old, new } if field == "next_activity" => Some((old, new)),
            _ => None,
        })
        .collect()
}

fn overdue(svc: &Service) -> Vec<u64> {
    let q = ListQuery {
        filter: "next:overdue".into(),
        me: "anna".into(),
        ..Default::default()
    };
    svc.list_deals(&q)
        .expect("list")
        .iter()
        .map(|d| d.id)
        .collect()
}

#[test]
fn every_way_of_closing_a_deal_clears_its_next_activity() {
    let (_dir, svc, anna) = service();
    let won = deal(&svc, &anna, "won", 20);
    let lost = deal(&svc, &anna, "lost", 21);
    let moved = deal(&svc, &anna, "moved", 22);
    let open = deal(&svc, &anna, "open", 23);
    assert_eq!(overdue(&svc), [won, lost, moved, open]);

    svc.apply(
        &anna,
        Command::WinDeal {
            id: won,
            stage: None,
        },
    )
    .expect("win");
    svc.apply(
        &anna,
        Command::LoseDeal {
            id: lost,
            reason: "price".into(),
            stage: None,
        },
    )
    .expect("lose");
    svc.apply(
        &anna,
        Command::UpdateDeal {
            id: moved,
            patch: DealPatch {
                stage: Some("won".into()),
                // Clearing it in the same patch records the change once, not twice.
                next_activity: Some(None),
                ..Default::default()
            },
        },
    )
    .expect("set stage");
    for (id, was) in [
        (won, "2026-11-20"),
        (lost, "2026-11-21"),
        (moved, "2026-11-22"),
    ] {
        assert_eq!(svc.deal(id).expect("deal").next_activity, None, "#{id}");
        assert_eq!(
            next_changes(&svc, id),
            [(Some(was.to_owned()), None)],
            "#{id}: the old date in the history, once"
        );
    }
    assert_eq!(overdue(&svc), [open]);

    // A new deal straight into a won stage cannot carry a date either.
    let err = svc
        .apply(
            &anna,
            Command::AddDeal(DealDraft {
                contact_id: 1,
                title: "x".into(),
                stage: Some("won".into()),
                next_activity: Some(day(30)),
                ..Default::default()
            }),
        )
        .expect_err("refused");
    assert_eq!(err.exit_code(), 2);
}

#[test]
fn an_imported_closed_deal_keeps_its_files_next_date_only_in_history() {
    let (_dir, svc, anna) = service();
    let closed = Utc
        .with_ymd_and_hms(2026, 6, 1, 10, 0, 0)
        .single()
        .expect("time");
    let id = svc
        .apply(
            &anna,
            Command::Import(Imported::Deal(ImportedDeal {
                deal: DealDraft {
                    contact_id: 1,
                    title: "stary".into(),
                    stage: Some("won".into()),
                    next_activity: Some(day(1)),
                    ..Default::default()
                },
                loss_reason: None,
                created: Utc
                    .with_ymd_and_hms(2026, 5, 1, 10, 0, 0)
                    .single()
                    .expect("time"),
                closed: Some(closed),
                by: None,
                history: vec![],
            })),
        )
        .expect("import")
        .id
        .expect("its id");
    let d = svc.deal(id).expect("deal");
    assert_eq!(d.next_activity, None);
    assert_eq!(
        next_changes(&svc, id),
        [(Some("2026-11-01".to_owned()), None)]
    );
    let cleared = svc
        .history(on_deal(id))
        .expect("history")
        .into_iter()
        .find(|e| matches!(&e.change, Change::Field { field, .. } if field == "next_activity"))
        .expect("the change");
    assert_eq!(cleared.at, closed, "dated when the deal closed");
    let stage = svc.dict_by_id(d.stage).expect("dict").expect("stage");
    assert_eq!(stage.stage_kind, Some(StageKind::Won));
}

/// The sales-activity report's comment count, summed over its rows.
fn comments_counted(svc: &Service) -> i64 {
    let r = lejek::report::run(svc, "sales-activity", &Params::default()).expect("report");
    let col = r
        .columns
        .iter()
        .position(|c| c.id == "comments")
        .expect("a comments column");
    r.rows
        .iter()
        .map(|row| match row.get(col) {
            Some(Cell::Count(n)) => *n,
            _ => 0,
        })
        .sum()
}

#[test]
fn a_removed_comment_leaves_the_activity_report_and_its_text_stays_in_history() {
    let (dir, svc, anna) = service();
    let d = deal(&svc, &anna, "d", 30);
    let c = svc
        .apply(
            &anna,
            Command::AddComment {
                on: on_deal(d),
                text: "Rabat 5%".into(),
            },
        )
        .expect("comment")
        .id
        .expect("its id");
    assert_eq!(comments_counted(&svc), 1);
    // Saved with the comment: opened again, the model catches up from the events since.
    svc.save_read_model();
    svc.apply(&anna, Command::RemoveComment { id: c })
        .expect("remove");
    assert_eq!(comments_counted(&svc), 0, "the model in memory");
    let removed = svc
        .history(on_deal(d))
        .expect("history")
        .into_iter()
        .any(|e| matches!(e.change, Change::CommentRemoved { comment_id, ref text } if comment_id == c && text == "Rabat 5%"));
    assert!(removed);
    let path = dir.path().to_path_buf();
    drop(svc);
    let svc = (0..500)
        .find_map(|_| match Service::open(&path, false, Clock::system()) {
            Ok(s) => Some(s),
            Err(_) => {
                std::thread::sleep(std::time::Duration::from_millis(20));
                None
            }
        })
        .expect("reopen");
    assert_eq!(
        comments_counted(&svc),
        0,
        "the saved model brought up to date"
    );
}
