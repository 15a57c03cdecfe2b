//! A contact card's possible duplicates and the merge from it (issue 20 item 2), over the
//! fixture of `jump_tests` plus contact 3 "DRUKARNIA NOWAK Sp. z o.o.", which is contact 1
//! "Drukarnia Nowak" once folded and without its legal form: a name pair, score 40.

use ratatui::crossterm::event::KeyCode;

use super::jump_tests::{app, press};
use crate::app::{App, View};
use crate::confirm_pane::ConfirmPane;
use crate::detail::{Link, Tab};
use crate::i18n::Lang;
use crate::model::{EntityKind, EntityRef};
use crate::service::{Command, ContactDraft};
use crate::test_screen::screen;

fn with_duplicate() -> (tempfile::TempDir, App) {
    let (dir, mut app) = app();
    app.svc
        .apply(Command::AddContact(ContactDraft {
            name: "DRUKARNIA NOWAK Sp. z o.o.".into(),
            kind: Some(crate::model::ContactKind::Company),
            city: Some("Łódź".into()),
            ..Default::default()
        }))
        .unwrap_or_else(|e| panic!("{e:?}"));
    super::jump::go(
        &mut app,
        EntityRef {
            kind: EntityKind::Contact,
            id: 1,
        },
    );
    (dir, app)
}

/// The overview's line for the duplicate, and the cursor on it.
fn to_duplicate_line(app: &mut App) -> usize {
    let card = app.detail.card.clone().unwrap_or_else(|| panic!("no card"));
    assert_eq!(card.tabs[0].0, Tab::Overview);
    let line = card.tabs[0]
        .1
        .iter()
        .position(|l| matches!(l.link, Some(Link::Duplicate { .. })))
        .unwrap_or_else(|| panic!("no duplicate line on {}", card.title));
    // Drawn once first, so the card knows its height and scrolls as on a screen.
    screen(app, 80, 24);
    press(app, KeyCode::Char('g'));
    for _ in 0..line {
        press(app, KeyCode::Char('j'));
    }
    line
}

#[test]
fn the_card_names_the_duplicate_and_enter_goes_to_it() {
    let (_dir, mut app) = with_duplicate();
    assert!(app.detail.zoomed);
    let line = to_duplicate_line(&mut app);
    let card = app.detail.card.clone().unwrap_or_else(|| panic!("no card"));
    let l = &card.tabs[0].1[line];
    assert_eq!(l.label, "Możliwe duplikaty");
    assert_eq!(l.text, "#3 DRUKARNIA NOWAK Sp. z o.o. · ta sama nazwa (40)");
    assert_eq!(l.link, Some(Link::Duplicate { keep: 1, other: 3 }));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Możliwe duplikaty"), "{s}");
    insta::assert_snapshot!("duplicates_card_80x24_pl", s);
    app.lang = Lang::En;
    app.detail.of = None;
    super::detail_sync::sync_detail(&mut app);
    to_duplicate_line(&mut app);
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("Possible duplicates"), "{s}");
    insta::assert_snapshot!("duplicates_card_80x24_en", s);
    press(&mut app, KeyCode::Enter);
    assert_eq!((app.view, app.current_id()), (View::Contacts, Some(3)));
}

#[test]
fn the_merge_key_asks_naming_both_and_merges() {
    let (_dir, mut app) = with_duplicate();
    // Not on a duplicate's line: it says where to go.
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('Z'));
    assert!(app.top::<ConfirmPane>().is_none());
    to_duplicate_line(&mut app);
    press(&mut app, KeyCode::Char('Z'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert_eq!(
        q,
        "Scalić #3 DRUKARNIA NOWAK Sp. z o.o. z #1 Drukarnia Nowak? Interesy, osoby, notatki i pliki przejdą do #1 Drukarnia Nowak."
    );
    insta::assert_snapshot!("duplicates_confirm_80x24_pl", screen(&mut app, 80, 24));
    press(&mut app, KeyCode::Char('t'));
    assert!(app.top::<ConfirmPane>().is_none());
    // Contact 3 leads to contact 1 now, whose city it filled; no duplicate is left.
    let c = app.svc.contact_view(3).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((c.id, c.city.as_deref()), (1, Some("Łódź")));
    assert!(app.svc.duplicates_of(1).unwrap_or_default().is_empty());
}
