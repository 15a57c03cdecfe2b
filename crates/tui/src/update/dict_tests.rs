//! The dictionaries screen over a real Service (issue 19 item 8), on the fixture of
//! `jump_tests`: the default Polish dictionaries, deals 1-3 in "negocjacje", anna an admin.
//! Every change is read back from the service, not from the screen.

use ratatui::crossterm::event::KeyCode;

use super::jump_tests::{app, fill_and_submit, press};
use crate::app::App;
use crate::dicts_pane::DictsPane;
use crate::form_pane::FormPane;
use crate::i18n::Lang;
use crate::model::{DictEntry, DictKind};
use crate::service::Command;
use crate::test_screen::screen;

/// The stages as the service orders them now.
fn stages(app: &App) -> Vec<DictEntry> {
    let mut s = app
        .svc
        .dict(DictKind::DealStage)
        .unwrap_or_else(|e| panic!("{e:?}"));
    s.sort_by_key(DictEntry::order_key);
    s
}

fn stage(app: &App, name: &str) -> DictEntry {
    stages(app)
        .into_iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no stage {name}"))
}

fn names(app: &App) -> Vec<String> {
    stages(app).into_iter().map(|e| e.name).collect()
}

fn cursor_name(app: &App) -> Option<String> {
    app.top::<DictsPane>()
        .and_then(|p| p.current())
        .map(|e| e.name.clone())
}

#[test]
fn an_admin_tunes_moves_retires_restores_adds_and_renames_stages() {
    let (_dir, mut app) = app();
    press(&mut app, KeyCode::Char('L'));
    assert!(app.top::<DictsPane>().is_some_and(|p| p.admin));
    // Down twice: oferta. `e`: its probability and rot days.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(cursor_name(&app).as_deref(), Some("oferta"));
    press(&mut app, KeyCode::Char('e'));
    let title = app.top::<FormPane>().map(|f| f.form.title.clone());
    assert_eq!(
        title.as_deref(),
        Some("Zmiana wartości oferta (Etapy interesów)")
    );
    fill_and_submit(&mut app, &[("probability", "40"), ("rot_days", "14")]);
    let oferta = stage(&app, "oferta");
    assert_eq!((oferta.probability, oferta.rot_days), (Some(40), Some(14)));
    // Emptying the rot days clears them; the probability stays.
    press(&mut app, KeyCode::Char('e'));
    fill_and_submit(&mut app, &[("rot_days", "")]);
    let oferta = stage(&app, "oferta");
    assert_eq!((oferta.probability, oferta.rot_days), (Some(40), None));
    // 101 % is bad input: the form stays, nothing is written.
    press(&mut app, KeyCode::Char('e'));
    if let Some(p) = app.top_mut::<FormPane>() {
        p.form.set_value("probability", "101");
    }
    press(&mut app, KeyCode::Enter);
    assert!(app.top::<FormPane>().is_some(), "the form stays open");
    assert_eq!(stage(&app, "oferta").probability, Some(40));
    press(&mut app, KeyCode::Esc);
    if app.top::<crate::confirm_pane::ConfirmPane>().is_some() {
        // Dropping a changed form asks first.
        press(&mut app, KeyCode::Char('y'));
    }
    // `<`: oferta before kwalifikacja; the cursor goes with it.
    assert_eq!(
        cursor_name(&app).as_deref(),
        Some("oferta"),
        "{:?}",
        app.status
    );
    press(&mut app, KeyCode::Char('<'));
    assert_eq!(
        names(&app),
        [
            "nowy",
            "oferta",
            "kwalifikacja",
            "negocjacje",
            "wygrany",
            "przegrany"
        ]
    );
    assert_eq!(cursor_name(&app).as_deref(), Some("oferta"));
    // X, yes: retired; X again, yes: restored.
    press(&mut app, KeyCode::Char('X'));
    press(&mut app, KeyCode::Char('y'));
    assert!(stage(&app, "oferta").retired);
    press(&mut app, KeyCode::Char('X'));
    press(&mut app, KeyCode::Char('y'));
    assert!(!stage(&app, "oferta").retired);
    // n: a new stage, open by default, lands among the open ones (before won and lost).
    press(&mut app, KeyCode::Char('n'));
    fill_and_submit(&mut app, &[("name", "audyt"), ("probability", "60")]);
    assert_eq!(
        names(&app),
        [
            "nowy",
            "oferta",
            "kwalifikacja",
            "negocjacje",
            "audyt",
            "wygrany",
            "przegrany"
        ]
    );
    assert_eq!(stage(&app, "audyt").probability, Some(60));
    assert_eq!(cursor_name(&app).as_deref(), Some("audyt"));
    // Renaming negocjacje renames it in its deals too (records keep the entry's id).
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Char('e'));
    fill_and_submit(&mut app, &[("name", "rozmowy")]);
    let d = app.svc.deal_view(1).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(d.stage, "rozmowy");
    // The other dictionaries: `]` to the deal sources, `n` adds one.
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('n'));
    fill_and_submit(&mut app, &[("name", "LinkedIn")]);
    let sources = app
        .svc
        .dict(DictKind::DealSource)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert!(sources.iter().any(|e| e.name == "LinkedIn"));
    // Esc closes the screen.
    press(&mut app, KeyCode::Esc);
    assert!(app.top::<DictsPane>().is_none());
}

#[test]
fn a_user_who_is_no_admin_reads_the_dictionaries_only() {
    let (_dir, mut app) = app();
    app.svc
        .apply(Command::AddUser {
            login: "ola".into(),
            name: "Ola".into(),
            admin: false,
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
    app.user = "ola".into();
    press(&mut app, KeyCode::Char('L'));
    assert!(app.top::<DictsPane>().is_some_and(|p| !p.admin));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.top::<FormPane>().is_none(), "no form opens");
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Słowniki zmienia tylko administrator")
    );
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("tylko do odczytu"), "{s}");
}

#[test]
fn the_dictionaries_at_80x24_and_200x50_in_both_languages() {
    let (_dir, mut app) = app();
    app.svc
        .apply(Command::SetStage {
            name: "oferta".into(),
            probability: Some(Some(40)),
            rot_days: Some(Some(14)),
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
    press(&mut app, KeyCode::Char('L'));
    let s = screen(&mut app, 80, 24);
    // Worked out by hand: oferta is open, 40 %, rots after 14 days; wygrany is 100 % by
    // its kind; the seven dictionaries do not fit one line at 80 columns.
    assert!(s.contains("‹ Etapy interesów (1/7) ›"), "{s}");
    assert!(
        s.contains("oferta") && s.contains("40%") && s.contains("14"),
        "{s}"
    );
    assert!(s.contains("100%"), "{s}");
    insta::assert_snapshot!("dicts_80x24_pl", s);
    let s = screen(&mut app, 200, 50);
    assert!(s.contains("Etapy interesów │ Źródła interesów"), "{s}");
    insta::assert_snapshot!("dicts_200x50_pl", s);
    app.lang = Lang::En;
    insta::assert_snapshot!("dicts_80x24_en", screen(&mut app, 80, 24));
    insta::assert_snapshot!("dicts_200x50_en", screen(&mut app, 200, 50));
}
