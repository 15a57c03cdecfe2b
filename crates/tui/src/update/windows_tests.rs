//! The records' lists over a real Service of 300 deals: the total in the title while only
//! a window is held, scrolling past the first window (asked ahead of time), the last
//! window on `G`, a stale answer dropped, select all through the service's ids, and the
//! window asked again after a write, here or elsewhere.

use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

use crate::app::App;
use crate::backend::Backend;
use crate::data::{Loaded, Paged};
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::model::{EntityKind, EntityRef};
use crate::server::protocol::Notice;
use crate::service::query::{FilterOf, ListQuery};
use crate::service::views::DealView;
use crate::service::{Clock, Command, ContactDraft, DealDraft, Service};
use crate::test_screen::now;

const DEALS: u64 = 300;

/// A database of one company and 300 deals (every third one piotr's, the rest anna's),
/// and a TUI over it signed in as anna, with its first windows loaded.
fn app() -> (TempDir, App) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let svc = Service::open(dir.path(), true, Clock::fixed(now()))
        .unwrap_or_else(|e| panic!("open: {e:?}"));
    // Ten days ago: what is written in the tests (now) is the newest activity.
    let anna = crate::service::Actor {
        login: "anna".into(),
        at: now() - chrono::Duration::days(10),
        recorded: None,
    };
    let user = |login: &str, admin| Command::AddUser {
        login: login.into(),
        name: login.into(),
        admin,
    };
    let mut cmds = vec![
        (anna.clone(), user("anna", true)),
        (anna.clone(), user("piotr", false)),
    ];
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(Lang::Pl) {
        let cmd = Command::AddDictEntry {
            kind,
            name: name.into(),
            stage_kind,
        };
        cmds.push((anna.clone(), cmd));
    }
    svc.apply_batch(cmds)
        .unwrap_or_else(|e| panic!("users and dictionaries: {e:?}"));
    let mut cmds = Vec::new();
    cmds.push((
        anna.clone(),
        Command::AddContact(ContactDraft {
            name: "Drukarnia Nowak".into(),
            ..Default::default()
        }),
    ));
    for i in 1..=DEALS {
        let deal = DealDraft {
            contact_id: 1,
            title: format!("Interes {i:03}"),
            owner: Some(if i % 3 == 0 { "piotr" } else { "anna" }.into()),
            ..Default::default()
        };
        cmds.push((anna.clone(), Command::AddDeal(deal)));
    }
    svc.apply_batch(cmds)
        .unwrap_or_else(|e| panic!("the records: {e:?}"));
    let backend = Backend::local(svc, "anna".into());
    let mut app = crate::new_app(backend, "anna".into(), Lang::Pl, Keymap::default());
    crate::load_now(&mut app);
    (dir, app)
}

fn press(app: &mut App, code: KeyCode) {
    super::on_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The screen, 120x35, as text.
fn screen(app: &mut App) -> String {
    crate::test_screen::screen(app, 120, 35)
}

/// The deal ids in the deal list's order, as the service has them.
fn order(app: &App, filter: &str) -> Vec<u64> {
    let q = ListQuery {
        filter: filter.into(),
        me: "anna".into(),
        ..app.list::<DealView>().query("anna")
    };
    app.svc
        .ids(FilterOf::Deal, &q)
        .unwrap_or_else(|e| panic!("ids: {e:?}"))
}

/// The rows the deal list holds.
fn held(app: &App) -> usize {
    app.list::<DealView>().window().map_or(0, |w| w.rows.len())
}

/// Answers from the background, as the event loop would receive them: all that come
/// until none has for a second.
fn answers(rx: &Receiver<Loaded>) -> Vec<Loaded> {
    let mut got = Vec::new();
    while let Ok(l) = rx.recv_timeout(Duration::from_secs(1)) {
        got.push(l);
    }
    got
}

/// A window of deals: its request's number and how many deals it says match.
fn deals_answer(l: &Loaded) -> (u64, Option<usize>) {
    match l {
        Loaded::Window(Paged::Deals(a)) => (a.seq, a.page.as_ref().ok().map(|p| p.0.total)),
        _ => panic!("not a window of deals"),
    }
}

#[test]
fn the_list_holds_a_window_and_its_title_counts_every_deal() {
    let (_db, mut app) = app();
    let s = screen(&mut app);
    assert!(s.contains("┌ Interesy 300/300 "), "{s}");
    assert!(s.contains("Interes 001"), "{s}");
    let list = app.list::<DealView>();
    assert_eq!(list.total(), 300);
    assert!(held(&app) < 300 && held(&app) >= 30, "holds {}", held(&app));
}

#[test]
fn scrolling_goes_past_the_first_window_and_g_to_the_last() {
    let (_db, mut app) = app();
    screen(&mut app);
    let page = app.page;
    let first = held(&app);
    let want = order(&app, "");
    for _ in 0..(first / page + 2) {
        press(&mut app, KeyCode::PageDown);
        let list = app.list::<DealView>();
        assert_eq!(
            list.current_id(),
            Some(want[list.cursor]),
            "the row under the cursor is the service's at {}",
            list.cursor
        );
        screen(&mut app);
    }
    let list = app.list::<DealView>();
    assert!(
        list.cursor >= first,
        "past the first window: {}",
        list.cursor
    );
    assert!(list.window().is_some_and(|w| w.start > 0));
    let s = screen(&mut app);
    let title = format!("Interes {:03}", want[app.list::<DealView>().cursor]);
    assert!(s.contains(&title), "{title} on screen:\n{s}");

    press(&mut app, KeyCode::Char('G'));
    assert_eq!(app.list::<DealView>().cursor, 299);
    assert_eq!(app.list::<DealView>().current_id(), want.last().copied());
    let s = screen(&mut app);
    assert!(s.contains("Interes 300"), "{s}");
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.list::<DealView>().current_id(), Some(want[0]));

    // `:250`: a deal beyond the window held; the service says where it is.
    assert!(app.list::<DealView>().position(250).is_none());
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "250");
    press(&mut app, KeyCode::Enter);
    let list = app.list::<DealView>();
    assert_eq!(list.current_id(), Some(250));
    assert_eq!(want[list.cursor], 250);

    // A filter narrowing the list after G: the cursor on its last row, the screen full.
    press(&mut app, KeyCode::Char('G'));
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "filter owner:piotr");
    press(&mut app, KeyCode::Enter);
    let s = screen(&mut app);
    assert_eq!(app.list::<DealView>().cursor, 99);
    let rows = s
        .lines()
        .filter(|l| l.contains("Drukarnia Nowak") && l.contains(" piotr "));
    assert_eq!(rows.count(), page, "{s}");
    assert!(s.contains("Interes 300"), "{s}");
}

#[test]
fn the_next_window_is_asked_for_before_the_cursor_needs_it() {
    let (_db, mut app) = app();
    screen(&mut app);
    let (tx, rx) = channel();
    app.loader = Some(tx);
    let page = app.page;
    // Page by page until a request goes out: the cursor's row is still held then, and a
    // page further too, while the answer is on its way.
    let mut pages = 0;
    while rx.try_recv().is_err() {
        press(&mut app, KeyCode::PageDown);
        assert!(app.list::<DealView>().current().is_some());
        pages += 1;
        assert!(pages < 10, "no request");
        std::thread::sleep(Duration::from_millis(50));
    }
    let list = app.list::<DealView>();
    let end = list.window().map_or(0, |w| w.start + w.rows.len());
    assert!(
        list.cursor + page < end,
        "asked with more than a page ahead held: cursor {}, held to {end}",
        list.cursor
    );
}

#[test]
fn an_answer_to_an_older_keystroke_is_dropped() {
    let (_db, mut app) = app();
    let (tx, rx) = channel();
    app.loader = Some(tx);
    press(&mut app, KeyCode::Char('/'));
    // "o" finds the deals of "Drukarnia Nowak", all of them; its answer is held back.
    type_text(&mut app, "o");
    let older = rx
        .recv_timeout(Duration::from_secs(20))
        .unwrap_or_else(|e| panic!("an answer: {e}"));
    assert_eq!(deals_answer(&older).1, Some(300));
    type_text(&mut app, "wner:piotr");
    // Of the keystrokes typed while one request runs, only the latest is asked.
    let mut got = answers(&rx);
    got.sort_by_key(|l| std::cmp::Reverse(deals_answer(l).0));
    let newer = got.remove(0);
    assert!(deals_answer(&newer).0 > deals_answer(&older).0);
    super::on_loaded(&mut app, newer);
    assert_eq!(app.list::<DealView>().total(), 100);
    super::on_loaded(&mut app, older);
    assert_eq!(app.list::<DealView>().total(), 100);
    assert!(
        app.list::<DealView>()
            .visible_rows()
            .all(|d| d.owner == "piotr")
    );
    let s = screen(&mut app);
    assert!(s.contains("┌ Interesy 100/300 "), "{s}");
}

#[test]
fn select_all_takes_every_match_from_the_service_not_the_rows_held() {
    let (_db, mut app) = app();
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "owner:anna");
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('a'));
    let list = app.list::<DealView>();
    assert_eq!(list.selected.len(), 200);
    assert!(held(&app) < 200);
    let want: std::collections::BTreeSet<u64> = order(&app, "owner:anna").into_iter().collect();
    assert_eq!(list.selected, want);
    let s = screen(&mut app);
    assert!(s.contains("zaznaczono 200"), "{s}");
}

#[test]
fn a_write_here_or_elsewhere_brings_the_window_up_to_date() {
    let (_db, mut app) = app();
    screen(&mut app);
    // A write elsewhere (piotr's), then its notice: a new deal, first in the order (the
    // latest activity first).
    let svc = app.svc.service().unwrap_or_else(|| panic!("the service"));
    let new = svc
        .apply(
            &svc.actor("piotr"),
            Command::AddDeal(DealDraft {
                contact_id: 1,
                title: "Nowy interes".into(),
                ..Default::default()
            }),
        )
        .unwrap_or_else(|e| panic!("{e:?}"))
        .id
        .unwrap_or_else(|| panic!("a new id"));
    let notice = Notice {
        refs: vec![EntityRef {
            kind: EntityKind::Deal,
            id: new,
        }],
        everything: false,
        by: "piotr".into(),
    };
    super::on_loaded(&mut app, Loaded::Changed(notice));
    assert_eq!(app.list::<DealView>().total(), 301);
    let s = screen(&mut app);
    assert!(s.contains("┌ Interesy 301/301 "), "{s}");
    assert!(s.contains("Nowy interes"), "{s}");
    assert_eq!(app.list::<DealView>().row(0).map(|d| d.id), Some(new));

    // A write here: the deal under the cursor, far down the list, won. Its last activity
    // moves it to the top; the cursor goes with it and the row says won.
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
    }
    let deal = app
        .list::<DealView>()
        .current_id()
        .unwrap_or_else(|| panic!("a deal under the cursor"));
    assert!(app.list::<DealView>().cursor > 50);
    type_text(&mut app, "wy");
    let list = app.list::<DealView>();
    assert_eq!(list.current_id(), Some(deal));
    assert_eq!(list.current().map(|d| d.stage_kind), Some("won"));
    assert_eq!(list.cursor, 0, "the newest activity first");
    assert_eq!(order(&app, "").first(), Some(&deal));
}

#[test]
fn the_notice_of_a_write_here_keeps_the_cursor_going_to_the_written_record() {
    let (_db, mut app) = app();
    screen(&mut app);
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
    }
    let deal = app
        .list::<DealView>()
        .current_id()
        .unwrap_or_else(|| panic!("a deal under the cursor"));
    // Through a server: the window comes in the background, and the server's notice of
    // the write comes before it.
    let (tx, rx) = channel();
    app.loader = Some(tx);
    type_text(&mut app, "wy");
    let notice = Notice {
        refs: vec![EntityRef {
            kind: EntityKind::Deal,
            id: deal,
        }],
        everything: false,
        by: "anna".into(),
    };
    super::on_loaded(&mut app, Loaded::Changed(notice));
    for l in answers(&rx) {
        super::on_loaded(&mut app, l);
    }
    let list = app.list::<DealView>();
    assert_eq!(list.cursor, 0, "the won deal is the latest activity");
    assert_eq!(list.current_id(), Some(deal));
}
