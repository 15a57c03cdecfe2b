//! The board over a real Service (issue 19 item 5), on the fixture of `jump_tests`: deals
//! 1-3 in "negocjacje", deal 4 in "nowy" (1 000 zł on deal 1 added here), the default
//! Polish pipeline nowy, kwalifikacja, oferta, negocjacje.

use ratatui::crossterm::event::KeyCode;

use super::jump_tests::{app, press};
use crate::app::View;
use crate::confirm_pane::ConfirmPane;
use crate::i18n::Lang;
use crate::service::{Command, DealPatch};
use crate::test_screen::screen;

#[test]
fn the_board_has_a_column_per_open_stage_and_moves_a_deal_along() {
    let (_dir, mut app) = app();
    app.svc
        .apply(Command::UpdateDeal {
            id: 1,
            patch: DealPatch {
                value: Some(Some(
                    crate::model::money::parse_money("1000", "PLN")
                        .unwrap_or_else(|e| panic!("{e:?}")),
                )),
                ..Default::default()
            },
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
    press(&mut app, KeyCode::Char('B'));
    let board = app
        .board
        .as_ref()
        .unwrap_or_else(|| panic!("the board is open"));
    let names: Vec<&str> = board.columns.iter().map(|c| c.stage.as_str()).collect();
    assert_eq!(names, ["nowy", "kwalifikacja", "oferta", "negocjacje"]);
    let counts: Vec<usize> = board.columns.iter().map(|c| c.count).collect();
    assert_eq!(counts, [1, 0, 0, 3]);
    // negocjacje holds deals 1-3: 1 000 zł in all (only deal 1 has a value).
    assert_eq!(board.columns[3].sum, "1 000,00 zł");
    // The first column's card is deal 4; `>` moves it to kwalifikacja, the card follows.
    assert_eq!(app.current_id(), Some(4));
    press(&mut app, KeyCode::Char('>'));
    let d = app.svc.deal_view(4).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(d.stage, "kwalifikacja");
    let board = app.board.as_ref().unwrap_or_else(|| panic!("still open"));
    assert_eq!((board.col, board.columns[1].count), (1, 1));
    assert_eq!(app.current_id(), Some(4));
    // `<` back; then to negocjacje's first card, and `w` asks about that deal.
    press(&mut app, KeyCode::Char('<'));
    assert_eq!(
        app.svc.deal_view(4).map(|d| d.stage).ok().as_deref(),
        Some("nowy")
    );
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('l'));
    }
    let first = app.board.as_ref().and_then(|b| b.current()).map(|d| d.id);
    press(&mut app, KeyCode::Char('w'));
    let q = app
        .top::<ConfirmPane>()
        .map(|c| c.question.clone())
        .unwrap_or_default();
    assert!(
        q.starts_with(&format!("Oznaczyć jako wygrany: #{} ", first.unwrap_or(0))),
        "{q}"
    );
    press(&mut app, KeyCode::Char('n'));
    // The filter line applies: only deal 1 ("Kalendarze") is left on the board.
    crate::update::set_filter(&mut app, "kalendarze".into());
    let counts: Vec<usize> = app
        .board
        .as_ref()
        .map(|b| b.columns.iter().map(|c| c.count).collect())
        .unwrap_or_default();
    assert_eq!(counts, [0, 0, 0, 1]);
    // B again: the list.
    crate::update::set_filter(&mut app, String::new());
    press(&mut app, KeyCode::Char('B'));
    assert!(app.board.is_none());
    assert_eq!(app.view, View::Deals);
}

#[test]
fn the_board_at_80x24_and_200x50_in_both_languages() {
    let (_dir, mut app) = app();
    press(&mut app, KeyCode::Char('B'));
    let s = screen(&mut app, 80, 24);
    assert!(
        s.contains("negocjacje (3) ›") || s.contains("oferta (0) ›"),
        "{s}"
    );
    insta::assert_snapshot!("board_80x24_pl", s);
    app.lang = Lang::En;
    let s = screen(&mut app, 200, 50);
    assert!(s.contains("negocjacje (3)"), "all four columns fit: {s}");
    insta::assert_snapshot!("board_200x50_en", s);
    insta::assert_snapshot!("board_80x24_en", screen(&mut app, 80, 24));
    app.lang = Lang::Pl;
    insta::assert_snapshot!("board_200x50_pl", screen(&mut app, 200, 50));
}
