//! How a form reacts to keys: validation as you type, editing, focus, submit, dirtiness.

use chrono::{NaiveDate, NaiveTime};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

fn press(form: &mut Form, k: KeyEvent) -> FormOutcome {
    form.handle(&k, None)
}

fn act(form: &mut Form, a: Action) -> FormOutcome {
    form.handle(&key(KeyCode::Null), Some(a))
}

fn type_str(form: &mut Form, s: &str) {
    for c in s.chars() {
        press(form, key(KeyCode::Char(c)));
    }
}

fn stages() -> Vec<String> {
    vec!["nowy".into(), "negocjacje".into(), "przegrany".into()]
}

fn one(kind: FieldKind, lang: Lang) -> Form {
    Form::new("t", vec![Field::new("f", "F", kind)], today(), lang)
}

fn field(form: &Form) -> &Field {
    &form.fields[form.focus]
}

#[test]
fn money_validates_as_you_type_in_both_languages() {
    for (lang, word) in [(Lang::Pl, "kwota"), (Lang::En, "amount")] {
        let mut form = one(FieldKind::Money, lang);
        type_str(&mut form, "12,3");
        assert_eq!(field(&form).error(), None);
        type_str(&mut form, ",4");
        let error = field(&form).error().expect("12,3,4 is wrong");
        assert!(error.contains(word) && error.contains("12,3,4"), "{error}");
        assert!(!form.is_valid());
        press(&mut form, key(KeyCode::Backspace));
        press(&mut form, key(KeyCode::Backspace));
        assert_eq!(field(&form).error(), None);
        assert_eq!(form.money("f"), Some(Money::new(1230, "PLN")));
    }
    let mut form = one(FieldKind::Money, Lang::Pl);
    type_str(&mut form, "1234,5");
    assert_eq!(field(&form).hint(), Some("1 234,50 zł"));
}

#[test]
fn date_resolves_and_errors_at_once() {
    let mut form = one(FieldKind::Date, Lang::Pl);
    type_str(&mut form, "+3d");
    assert_eq!(field(&form).hint(), Some("wt 01.12.2026"));
    assert_eq!(form.date("f"), NaiveDate::from_ymd_opt(2026, 12, 1));
    press(&mut form, ctrl('u'));
    type_str(&mut form, "2026-02-30");
    let error = field(&form).error().expect("no 30 February");
    assert!(error.contains("nie ma takiego dnia"), "{error}");
    assert_eq!(form.date("f"), None);

    let mut form = one(FieldKind::Date, Lang::En);
    type_str(&mut form, "+3d");
    assert_eq!(field(&form).hint(), Some("Tue 2026-12-01"));
    press(&mut form, ctrl('u'));
    type_str(&mut form, "2026-02-30");
    assert!(
        field(&form)
            .error()
            .is_some_and(|e| e.contains("no such day"))
    );
}

#[test]
fn dates_outside_1900_to_2200_are_errors_in_forms_too() {
    // Issue 15 item 10: one rule for every date that comes in.
    let mut form = one(FieldKind::Date, Lang::Pl);
    type_str(&mut form, "99999-01-01");
    let error = field(&form).error().expect("year 99999");
    assert!(error.contains("lata od 1900 do 2200"), "{error}");
    assert_eq!(form.date("f"), None);
    let mut form = one(FieldKind::DateTime, Lang::En);
    type_str(&mut form, "2201-01-01 10:00");
    let error = field(&form).error().expect("year 2201");
    assert!(error.contains("years 1900 to 2200"), "{error}");
    assert_eq!(form.date_time("f"), None);
}

#[test]
fn date_time_reads_the_time_when_given() {
    let mut form = one(FieldKind::DateTime, Lang::Pl);
    type_str(&mut form, "pon 14:30");
    assert_eq!(field(&form).hint(), Some("pon 30.11.2026 14:30"));
    let at = form.date_time("f").expect("valid");
    assert_eq!(at.to_string(), "2026-11-30 14:30:00");
    press(&mut form, ctrl('w'));
    assert_eq!(field(&form).raw(), "pon ");
    assert_eq!(
        form.date_time_parts("f"),
        Some((NaiveDate::from_ymd_opt(2026, 11, 30).expect("valid"), None))
    );
    assert_eq!(form.date_time("f").map(|d| d.time()), Some(NaiveTime::MIN));
}

#[test]
fn choice_resolves_prefixes_errors_and_cycles() {
    let mut form = one(FieldKind::Choice(stages()), Lang::Pl);
    type_str(&mut form, "neg");
    assert_eq!(field(&form).hint(), Some("→ negocjacje"));
    assert_eq!(form.choice("f").as_deref(), Some("negocjacje"));
    press(&mut form, ctrl('u'));
    type_str(&mut form, "PRZ");
    assert_eq!(form.choice("f").as_deref(), Some("przegrany"));

    press(&mut form, ctrl('u'));
    type_str(&mut form, "x");
    let error = field(&form).error().expect("x is no stage");
    assert!(error.contains("nowy, negocjacje, przegrany"), "{error}");
    assert_eq!(form.choice("f"), None);

    // A prefix of two: candidates as a hint while typing, an error once submitted.
    press(&mut form, ctrl('u'));
    type_str(&mut form, "n");
    assert_eq!(field(&form).error(), None);
    assert!(
        field(&form)
            .hint()
            .is_some_and(|h| h.contains("nowy, negocjacje"))
    );
    assert_eq!(act(&mut form, Action::FormSubmit), FormOutcome::Continue);
    assert!(
        field(&form)
            .error()
            .is_some_and(|e| e.contains("pasuje do kilku"))
    );

    // Ctrl-N from "n" takes the first candidate, then walks the whole list.
    press(&mut form, ctrl('n'));
    assert_eq!(field(&form).raw(), "nowy");
    assert_eq!(field(&form).error(), None);
    press(&mut form, ctrl('n'));
    assert_eq!(field(&form).raw(), "negocjacje");
    press(&mut form, KeyEvent::new(KeyCode::Down, KeyModifiers::ALT));
    assert_eq!(field(&form).raw(), "przegrany");
    press(&mut form, ctrl('n'));
    assert_eq!(field(&form).raw(), "nowy");
    press(&mut form, ctrl('p'));
    assert_eq!(field(&form).raw(), "przegrany");
    press(&mut form, KeyEvent::new(KeyCode::Up, KeyModifiers::ALT));
    assert_eq!(field(&form).raw(), "negocjacje");
    assert_eq!(field(&form).cursor(), "negocjacje".chars().count());
    assert_eq!(act(&mut form, Action::FormSubmit), FormOutcome::Submit);
}

#[test]
fn ctrl_n_does_nothing_outside_a_choice() {
    let mut form = one(FieldKind::Text, Lang::En);
    press(&mut form, ctrl('n'));
    assert_eq!(field(&form).raw(), "");
    assert!(!form.is_dirty());
}

#[test]
fn other_kinds_validate_as_typed() {
    let mut form = Form::new(
        "t",
        vec![
            Field::new("n", "N", FieldKind::Number),
            Field::new("p", "P", FieldKind::Path),
            Field::new("g", "G", FieldKind::Tags),
            Field::new("t", "T", FieldKind::Text),
        ],
        today(),
        Lang::Pl,
    );
    type_str(&mut form, "12a");
    assert!(
        field(&form)
            .error()
            .is_some_and(|e| e.contains("to nie jest liczba"))
    );
    press(&mut form, key(KeyCode::Backspace));
    assert_eq!(form.number("n"), Some(12));

    act(&mut form, Action::FormNextField);
    type_str(&mut form, "/nie/ma/takiego.pdf");
    assert!(
        field(&form)
            .error()
            .is_some_and(|e| e.contains("nie ma takiego pliku"))
    );
    press(&mut form, ctrl('u'));
    form.paste(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"));
    assert_eq!(field(&form).error(), None);
    assert!(form.path("p").is_some_and(|p| p.is_file()));

    act(&mut form, Action::FormNextField);
    type_str(&mut form, "vip, hurt łódź");
    assert_eq!(form.tags("g"), vec!["vip", "hurt", "łódź"]);

    act(&mut form, Action::FormNextField);
    form.paste(&"ż".repeat(501));
    assert!(
        field(&form)
            .error()
            .is_some_and(|e| e.contains("za długie"))
    );
    press(&mut form, key(KeyCode::Backspace));
    assert_eq!(field(&form).error(), None);
}

#[test]
fn editing_keys_with_polish_letters() {
    let mut form = one(FieldKind::Text, Lang::Pl);
    type_str(&mut form, "Zażółć jaźń");
    press(&mut form, key(KeyCode::Home));
    press(&mut form, key(KeyCode::Right));
    press(&mut form, key(KeyCode::Right));
    press(&mut form, key(KeyCode::Delete));
    assert_eq!(field(&form).raw(), "Zaółć jaźń");
    type_str(&mut form, "ż");
    assert_eq!(field(&form).raw(), "Zażółć jaźń");
    press(&mut form, ctrl('e'));
    assert_eq!(field(&form).cursor(), 11);
    type_str(&mut form, " gęślą");
    press(&mut form, ctrl('w'));
    assert_eq!(field(&form).raw(), "Zażółć jaźń ");
    press(&mut form, key(KeyCode::Backspace));
    press(&mut form, key(KeyCode::Backspace));
    assert_eq!(field(&form).raw(), "Zażółć jaź");
    press(&mut form, ctrl('a'));
    assert_eq!(field(&form).cursor(), 0);
    press(&mut form, key(KeyCode::End));
    press(&mut form, key(KeyCode::Left));
    type_str(&mut form, "ę");
    assert_eq!(field(&form).raw(), "Zażółć jaęź");
    // Shifted letters and AltGr letters (Ctrl+Alt on Windows) are typed too.
    press(
        &mut form,
        KeyEvent::new(KeyCode::Char('Ś'), KeyModifiers::SHIFT),
    );
    press(
        &mut form,
        KeyEvent::new(
            KeyCode::Char('ą'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        ),
    );
    assert_eq!(field(&form).raw(), "Zażółć jaęŚąź");
    press(&mut form, ctrl('u'));
    assert_eq!(field(&form).raw(), "");
    assert_eq!(form.text("f"), None);
}

#[test]
fn control_characters_and_releases_are_not_typed() {
    let mut form = one(FieldKind::Text, Lang::En);
    press(&mut form, key(KeyCode::Char('\u{1b}')));
    press(&mut form, key(KeyCode::Esc));
    press(
        &mut form,
        KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT),
    );
    let mut release = key(KeyCode::Char('a'));
    release.kind = KeyEventKind::Release;
    form.handle(&release, None);
    assert_eq!(field(&form).raw(), "");
    form.paste("a\x1b[2Jb\nc");
    assert_eq!(field(&form).raw(), "a[2Jb c");
}

#[test]
fn submit_refuses_while_a_required_field_is_empty() {
    let mut form = Form::new(
        "t",
        vec![
            Field::new("title", "Tytuł", FieldKind::Text).value("Wdrożenie"),
            Field::new("stage", "Etap", FieldKind::Choice(stages())).required(),
            Field::new("value", "Wartość", FieldKind::Money),
        ],
        today(),
        Lang::Pl,
    );
    // Not shown before the user got there.
    assert_eq!(form.fields[1].error(), None);
    assert!(!form.is_valid());
    form.focus = 2;
    assert_eq!(act(&mut form, Action::FormSubmit), FormOutcome::Continue);
    assert_eq!(form.focus, 1);
    assert_eq!(field(&form).error(), Some("wymagane"));
    type_str(&mut form, "neg");
    assert!(form.is_valid());
    assert_eq!(act(&mut form, Action::FormSubmit), FormOutcome::Submit);
    assert_eq!(act(&mut form, Action::FormCancel), FormOutcome::Cancel);
}

#[test]
fn leaving_a_required_field_empty_shows_the_error() {
    let mut form = Form::new(
        "t",
        vec![
            Field::new("a", "A", FieldKind::Text).required(),
            Field::new("b", "B", FieldKind::Text),
        ],
        today(),
        Lang::En,
    );
    act(&mut form, Action::FormNextField);
    assert_eq!(form.focus, 1);
    assert_eq!(form.fields[0].error(), Some("required"));
    act(&mut form, Action::FormPrevField);
    assert_eq!(form.focus, 0);
    type_str(&mut form, "x");
    assert_eq!(field(&form).error(), None);
    // Focus wraps around, and Up/Down move too when the keymap leaves them free.
    act(&mut form, Action::FormPrevField);
    assert_eq!(form.focus, 1);
    press(&mut form, key(KeyCode::Down));
    assert_eq!(form.focus, 0);
    press(&mut form, key(KeyCode::Up));
    assert_eq!(form.focus, 1);
}

#[test]
fn dirty_only_when_a_value_differs_from_the_start() {
    let mut form = Form::new(
        "t",
        vec![
            Field::new("title", "Tytuł", FieldKind::Text).value("Łódź"),
            Field::new("note", "Notatka", FieldKind::LongText),
        ],
        today(),
        Lang::Pl,
    );
    assert!(!form.is_dirty());
    act(&mut form, Action::FormNextField);
    press(&mut form, key(KeyCode::Left));
    assert!(!form.is_dirty());
    act(&mut form, Action::FormPrevField);
    // End ends the selection of the untouched value, so "!" is added, not put instead.
    press(&mut form, key(KeyCode::End));
    type_str(&mut form, "!");
    assert!(form.is_dirty());
    press(&mut form, key(KeyCode::Backspace));
    assert!(!form.is_dirty());
    form.set_value("note", "x");
    assert!(form.is_dirty());
}

#[test]
fn the_message_stays_until_the_next_edit() {
    let mut form = one(FieldKind::Text, Lang::En);
    form.set_message(Some("the deal was changed by someone else".into()));
    press(&mut form, key(KeyCode::Left));
    act(&mut form, Action::FormNextField);
    assert!(form.message.is_some());
    type_str(&mut form, "a");
    assert_eq!(form.message, None);
}

#[test]
fn database_values_are_kept_exactly() {
    let form = Form::new(
        "t",
        vec![Field::new("note", "Notatka", FieldKind::LongText).value("linia 1\nlinia 2\x1b[31m")],
        today(),
        Lang::Pl,
    );
    assert_eq!(form.text("note"), Some("linia 1\nlinia 2\x1b[31m"));
    assert!(!form.is_dirty());
}

#[test]
fn an_invalid_initial_value_shows_its_error_at_once() {
    let form = Form::new(
        "t",
        vec![Field::new("when", "Kiedy", FieldKind::Date).value("30.02.2026")],
        today(),
        Lang::Pl,
    );
    assert!(
        form.fields[0]
            .error()
            .is_some_and(|e| e.contains("nie ma takiego dnia"))
    );
}

#[test]
fn an_empty_form_does_not_panic() {
    let mut form = Form::new("t", vec![], today(), Lang::En);
    press(&mut form, key(KeyCode::Char('a')));
    act(&mut form, Action::FormNextField);
    form.paste("x");
    assert_eq!(act(&mut form, Action::FormSubmit), FormOutcome::Submit);
}

#[test]
fn footer_names_the_keys_given() {
    assert_eq!(
        footer_text(Lang::Pl, "Enter", "Esc", "Tab"),
        "Enter: zapisz · Esc: anuluj · Tab: następne pole"
    );
    let mut form = one(FieldKind::Text, Lang::En);
    assert_eq!(form.footer(), "Enter: save · Esc: cancel · Tab: next field");
    form.set_footer(footer_text(Lang::En, "C-s", "C-g", "C-j"));
    assert_eq!(form.footer(), "C-s: save · C-g: cancel · C-j: next field");
}
