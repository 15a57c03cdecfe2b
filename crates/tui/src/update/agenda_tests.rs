//! The agenda screen over a real Service (issue 19 item 6), on the fixture of
//! `jump_tests` (task 1 on deal 2, assigned to anna, no due day) with what is added here:
//! a meeting of anna's today at 10:00, deal 2's next activity three days ago (overdue),
//! deal 1's (piotr's) tomorrow, which is not anna's.

use chrono::{Days, NaiveDate};
use ratatui::crossterm::event::KeyCode;

use super::jump_tests::{app, press};
use crate::agenda_pane::AgendaPane;
use crate::app::View;
use crate::i18n::Lang;
use crate::model::TaskKind;
use crate::service::{Command, DealPatch, TaskDraft};
use crate::test_screen::screen;

#[test]
fn the_agenda_shows_what_is_due_and_enter_goes_there() {
    let (_dir, mut app) = app();
    let today = app.today;
    let day = |n: i64| {
        if n >= 0 {
            today.checked_add_days(Days::new(n as u64))
        } else {
            today.checked_sub_days(Days::new(n.unsigned_abs()))
        }
        .unwrap_or_else(|| panic!("a day"))
    };
    let apply = |app: &crate::app::App, cmd| {
        app.svc.apply(cmd).unwrap_or_else(|e| panic!("{e:?}"));
    };
    apply(
        &app,
        Command::AddTask(TaskDraft {
            kind: TaskKind::Meeting,
            title: "Prezentacja katalogu".into(),
            assignee: Some("anna".into()),
            due: day(0).and_hms_opt(10, 0, 0),
            deal_id: Some(2),
            campaign_id: None,
        }),
    );
    let next = |id, d: NaiveDate| Command::UpdateDeal {
        id,
        patch: DealPatch {
            next_activity: Some(Some(d)),
            ..Default::default()
        },
    };
    apply(&app, next(2, day(-3)));
    apply(&app, next(1, day(1)));
    press(&mut app, KeyCode::Char('P'));
    let pane = app
        .top::<AgendaPane>()
        .unwrap_or_else(|| panic!("the agenda is open"));
    // Today: deal 2's overdue next activity first, then the 10:00 meeting. Deal 1's
    // tomorrow is piotr's, task 1 has no day: neither is anna's agenda.
    let today_items: Vec<(u64, bool)> = pane.agenda.days[0]
        .items
        .iter()
        .map(|i| (i.id, i.overdue))
        .collect();
    assert_eq!(today_items, [(2, true), (2, false)]);
    assert!(pane.agenda.days[1..].iter().all(|d| d.items.is_empty()));
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("(dziś)"), "{s}");
    assert!(s.contains("10:00"), "{s}");
    assert!(s.contains("! "), "the overdue mark: {s}");
    insta::assert_snapshot!("agenda_80x24_pl", s);
    app.lang = Lang::En;
    insta::assert_snapshot!("agenda_200x50_en", screen(&mut app, 200, 50));
    insta::assert_snapshot!("agenda_80x24_en", screen(&mut app, 80, 24));
    app.lang = Lang::Pl;
    insta::assert_snapshot!("agenda_200x50_pl", screen(&mut app, 200, 50));
    // The second line is the meeting (task 2): Enter goes to it in the tasks view.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert!(app.top::<AgendaPane>().is_none());
    assert_eq!((app.view, app.current_id()), (View::Tasks, Some(2)));
}

/// Rotting (issue 19 item 2) on the agenda and the board: with 3 rot days on
/// "negocjacje", anna's deal 2 (last touched 5 days ago, by its task) rots; piotr's deals 1
/// and 3 rot too but are not on anna's agenda.
#[test]
fn a_rotting_deal_is_on_the_agenda_and_marked_on_the_board() {
    let (_dir, mut app) = app();
    app.svc
        .apply(Command::SetStage {
            name: "negocjacje".into(),
            probability: None,
            rot_days: Some(Some(3)),
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
    press(&mut app, KeyCode::Char('P'));
    let pane = app
        .top::<AgendaPane>()
        .unwrap_or_else(|| panic!("the agenda is open"));
    let rotting: Vec<u64> = pane.agenda.days[0]
        .items
        .iter()
        .filter(|i| i.kind == crate::service::agenda::ItemKind::Rotting)
        .map(|i| i.id)
        .collect();
    assert_eq!(rotting, [2]);
    assert!(screen(&mut app, 100, 30).contains("◷"), "the mark");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('B'));
    let s = screen(&mut app, 200, 50);
    assert!(s.contains("◷ 5 dni w etapie") || s.contains("◷ "), "{s}");
    let board = app.board.as_ref().unwrap_or_else(|| panic!("the board"));
    let neg = &board.columns[3];
    assert!(neg.deals.iter().all(|d| d.rotting), "all three rot");
}
