//! The remove key on records over a real Service (issue 20 item 3): a question that names
//! the record, the removal on yes; who may not is told at once and nothing is asked.

use ratatui::crossterm::event::KeyCode;

use super::jump_tests::{app, press};
use crate::app::App;
use crate::backend::Backend;
use crate::confirm_pane::ConfirmPane;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::service::Command;

fn question(app: &App) -> Option<String> {
    app.top::<ConfirmPane>().map(|c| c.question.clone())
}

fn status(app: &App) -> String {
    app.status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

#[test]
fn x_on_a_deal_names_it_and_yes_removes_it_with_its_task() {
    let (_dir, mut app) = app();
    assert_eq!(app.current_id(), Some(2));
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(
        question(&app).as_deref(),
        Some(
            "Usunąć interes #2 Ulotki – rebranding z jego zadaniami, notatkami i plikami? \
             Historia zostanie."
        )
    );
    press(&mut app, KeyCode::Char('y'));
    assert!(app.svc.deal(2).is_err(), "the deal is gone");
    assert!(app.svc.task(1).is_err(), "its task went with it");
    assert_ne!(app.current_id(), Some(2));
    let removed = app
        .svc
        .deal(2)
        .err()
        .map(|e| e.message(Lang::Pl))
        .unwrap_or_default();
    assert!(removed.contains("interes #2 usunął(ęła) anna"), "{removed}");
}

#[test]
fn x_on_a_contact_names_it_and_says_how_many_deals_go_with_it() {
    let (_dir, mut app) = app();
    press(&mut app, KeyCode::Char('2'));
    assert!(super::windows::go_to(
        &mut app,
        crate::app::View::Contacts,
        2
    ));
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(
        question(&app).as_deref(),
        Some("Usunąć kontakt #2 Jan Kowalski? Historia zostanie.")
    );
    press(&mut app, KeyCode::Char('n'));
    assert!(app.svc.contact(2).is_ok(), "no is no");
    // The company has the four deals.
    assert!(super::windows::go_to(
        &mut app,
        crate::app::View::Contacts,
        1
    ));
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(
        question(&app).as_deref(),
        Some("Usunąć kontakt #1 Drukarnia Nowak razem z 4 interesami? Ich historia zostanie.")
    );
    press(&mut app, KeyCode::Char('n'));
    assert!(app.svc.contact(1).is_ok());
}

#[test]
fn a_user_without_the_right_is_told_at_once_and_nothing_is_asked() {
    let (_dir, admin) = app();
    admin
        .svc
        .apply(Command::AddUser {
            login: "ola".into(),
            name: "Ola".into(),
            admin: false,
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
    let backend: Backend = admin
        .svc
        .as_user("ola", Lang::Pl, 0)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let mut app = crate::new_app(backend, "ola".into(), Lang::Pl, Keymap::default());
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(question(&app), None);
    assert!(
        status(&app).contains("ola nie jest administratorem"),
        "{}",
        status(&app)
    );
    assert!(app.svc.deal(2).is_ok());
    // A task assigned to anna is hers to remove, not ola's.
    press(&mut app, KeyCode::Char('4'));
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Char('X'));
    assert_eq!(question(&app), None);
    assert!(
        status(&app).contains("przypisane do anna"),
        "{}",
        status(&app)
    );
    assert!(app.svc.task(1).is_ok());
}

/// After `contact erase` (issue 20 item 4) no screen shows the person: the contacts list
/// and its card, and the company's card that listed the person.
#[test]
fn after_an_erase_no_screen_shows_the_name() {
    let (_dir, mut app) = app();
    press(&mut app, KeyCode::Char('2'));
    assert!(super::windows::go_to(
        &mut app,
        crate::app::View::Contacts,
        2
    ));
    let before = crate::test_screen::screen(&mut app, 160, 40);
    assert!(
        before.contains("Kowalski"),
        "control: shown before\n{before}"
    );
    app.svc
        .apply(Command::EraseContact { id: 2 })
        .unwrap_or_else(|e| panic!("{e:?}"));
    super::reload::after_write(&mut app, crate::forms::Refresh::default());
    crate::load_now(&mut app);
    for id in [2, 1] {
        assert!(super::windows::go_to(
            &mut app,
            crate::app::View::Contacts,
            id
        ));
        let s = crate::test_screen::screen(&mut app, 160, 40);
        assert!(!s.contains("Kowalski"), "contact #{id}'s screen:\n{s}");
        assert!(s.contains("[usunięto #2]"), "contact #{id}'s screen:\n{s}");
    }
}
