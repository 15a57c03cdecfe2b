//! Record pickers and pre-filled fields, key by key (issue 18 items 2 and 3): the store is
//! played by a fixed list of firms (the real backend's answer is tested in `forms`).

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::Modifier;

use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("valid date")
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn press(form: &mut Form, k: KeyCode) -> FormOutcome {
    form.handle(&key(k), None)
}

fn act(form: &mut Form, k: KeyCode, a: Action) -> FormOutcome {
    form.handle(&key(k), Some(a))
}

fn type_str(form: &mut Form, s: &str) {
    for c in s.chars() {
        press(form, KeyCode::Char(c));
        answer(form);
    }
}

fn firm(id: u64, name: &str, detail: &str) -> Candidate {
    Candidate {
        pick: Pick::record(id, name),
        detail: detail.into(),
        haystack: format!("{name} {detail} #{id}"),
        exact: false,
    }
}

/// What the store holds: it answers every text with all of them, the form ranks.
fn store() -> Vec<Candidate> {
    vec![
        firm(3, "Młyny Mąkowskie", "Kraków · 6762345678"),
        firm(12, "Malwa Sp. z o.o.", "Łódź · biuro@malwa.pl"),
        firm(1, "Drukarnia Nowak", "Radom"),
        firm(7, "Ślusarnia Malewski", "Łowicz"),
    ]
}

/// The owner of the form answers its lookup, as the update loop does after each key.
fn answer(form: &mut Form) {
    if let Some(req) = form.take_lookup() {
        form.offer(&req, store());
    }
}

fn deal_form() -> Form {
    Form::new(
        "Nowy interes",
        vec![
            Field::new("contact", "Kontakt", FieldKind::Record(Source::Contact)).required(),
            Field::new("title", "Tytuł", FieldKind::Text)
                .required()
                .value("zadanie"),
            Field::new("value", "Wartość", FieldKind::Money).value("16 500,00"),
        ],
        today(),
        Lang::Pl,
    )
}

fn shown(form: &Form) -> Vec<String> {
    form.candidates()
        .map(|(_, items, _)| items.iter().map(|c| c.pick.label.clone()).collect())
        .unwrap_or_default()
}

#[test]
fn typing_asks_for_candidates_and_shows_them_ranked_with_diacritics_folded() {
    let mut form = deal_form();
    press(&mut form, KeyCode::Char('m'));
    let req = form.take_lookup().expect("a lookup for the typed text");
    assert_eq!(
        req,
        LookupRequest {
            field: "contact",
            source: Source::Contact,
            text: "m".into()
        }
    );
    // "lodz" finds the firm in Łódź, written with Polish letters.
    let mut form = deal_form();
    type_str(&mut form, "malw");
    assert_eq!(
        shown(&form),
        vec!["Malwa Sp. z o.o. · #12", "Ślusarnia Malewski · #7"]
    );
    let hint = form.fields[0].hint().map(str::to_owned);
    assert_eq!(hint.as_deref(), Some("znaleziono 2 · ↑↓ i Enter: wybierz"));
    type_str(&mut form, " lodz");
    assert_eq!(shown(&form), vec!["Malwa Sp. z o.o. · #12"]);
    // Not chosen yet: the text is only a search.
    assert_eq!(form.record("contact"), None);
    assert!(!form.is_valid());
}

#[test]
fn arrows_choose_and_enter_takes_the_record_by_name() {
    let mut form = deal_form();
    type_str(&mut form, "malw");
    press(&mut form, KeyCode::Down);
    press(&mut form, KeyCode::Down);
    press(&mut form, KeyCode::Up);
    press(&mut form, KeyCode::Down);
    assert_eq!(form.candidates().map(|(_, _, c)| c), Some(1));
    // Enter takes the highlighted one; it does not submit.
    let out = act(&mut form, KeyCode::Enter, Action::FormSubmit);
    assert_eq!(out, FormOutcome::Continue);
    assert_eq!(form.fields[0].raw(), "Ślusarnia Malewski · #7");
    assert_eq!(form.record("contact"), Some(7));
    assert!(form.candidates().is_none() && !form.wants_lookup());
    assert_eq!(form.fields[0].error(), None);
    assert_eq!(form.focus, 0);
    // Now Enter submits.
    assert_eq!(
        act(&mut form, KeyCode::Enter, Action::FormSubmit),
        FormOutcome::Submit
    );
}

#[test]
fn tab_takes_the_highlighted_record_and_goes_on() {
    let mut form = deal_form();
    type_str(&mut form, "nowak");
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    assert_eq!(form.record("contact"), Some(1));
    assert_eq!(form.fields[0].raw(), "Drukarnia Nowak · #1");
    assert_eq!(form.focus, 1);
}

#[test]
fn esc_closes_the_list_and_a_second_esc_cancels() {
    let mut form = deal_form();
    type_str(&mut form, "malw");
    assert_eq!(
        act(&mut form, KeyCode::Esc, Action::FormCancel),
        FormOutcome::Continue
    );
    assert!(form.candidates().is_none());
    assert_eq!(form.fields[0].raw(), "malw");
    assert_eq!(
        act(&mut form, KeyCode::Esc, Action::FormCancel),
        FormOutcome::Cancel
    );
}

#[test]
fn changing_the_chosen_name_searches_again() {
    let mut form = deal_form();
    type_str(&mut form, "malw");
    act(&mut form, KeyCode::Enter, Action::FormSubmit);
    assert_eq!(form.record("contact"), Some(12));
    press(&mut form, KeyCode::Backspace);
    assert_eq!(form.record("contact"), None);
    assert!(form.wants_lookup());
    // Submitting a search without a record keeps the form open on that field.
    form.take_lookup();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    assert_eq!(
        act(&mut form, KeyCode::Enter, Action::FormSubmit),
        FormOutcome::Continue
    );
    assert_eq!(form.focus, 0);
    let error = form.fields[0].error().map(str::to_owned);
    assert_eq!(
        error.as_deref(),
        Some("wybierz z listy: wpisz część nazwy i zatwierdź Enterem")
    );
}

#[test]
fn nothing_found_says_so_and_an_old_answer_is_dropped() {
    let mut form = deal_form();
    type_str(&mut form, "xyz");
    assert!(shown(&form).is_empty());
    let hint = form.fields[0].hint().map(str::to_owned);
    assert_eq!(hint.as_deref(), Some("nic nie pasuje do 'xyz'"));
    // An answer for "ma" arriving after "mal" was typed is not shown.
    let mut form = deal_form();
    press(&mut form, KeyCode::Char('m'));
    press(&mut form, KeyCode::Char('a'));
    let old = form.take_lookup().expect("lookup");
    press(&mut form, KeyCode::Char('l'));
    form.offer(
        &LookupRequest {
            text: "m".into(),
            ..old
        },
        store(),
    );
    assert!(form.candidates().is_none());
}

#[test]
fn an_edit_form_shows_the_current_record_by_name() {
    let form = Form::new(
        "Interes #5",
        vec![
            Field::new("contact", "Kontakt", FieldKind::Record(Source::Contact))
                .required()
                .picked(Some(Pick::record(12, "Malwa Sp. z o.o."))),
        ],
        today(),
        Lang::Pl,
    );
    assert_eq!(form.fields[0].raw(), "Malwa Sp. z o.o. · #12");
    assert_eq!(form.record("contact"), Some(12));
    assert!(form.is_valid() && !form.is_dirty());
}

#[test]
fn the_first_key_replaces_a_prefilled_value() {
    let mut form = deal_form();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    assert!(form.fields[1].is_selected());
    type_str(&mut form, "sp");
    assert_eq!(form.fields[1].raw(), "sp");
    assert!(!form.fields[1].is_selected());
    // Touched: coming back does not select it again.
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    act(&mut form, KeyCode::BackTab, Action::FormPrevField);
    assert!(!form.fields[1].is_selected());
    type_str(&mut form, "a");
    assert_eq!(form.fields[1].raw(), "spa");
}

#[test]
fn a_moving_key_ends_the_selection_and_backspace_clears() {
    let mut form = deal_form();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    press(&mut form, KeyCode::Home);
    type_str(&mut form, "x");
    assert_eq!(form.fields[1].raw(), "xzadanie");

    let mut form = deal_form();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    press(&mut form, KeyCode::Backspace);
    assert_eq!(form.fields[2].raw(), "");
    assert!(form.is_dirty());

    // Pasting over a selected value replaces it too.
    let mut form = deal_form();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    form.paste("Kalendarze");
    assert_eq!(form.fields[1].raw(), "Kalendarze");
}

#[test]
fn a_prefilled_amount_as_polish_writes_it_is_valid_and_unchanged() {
    let form = deal_form();
    assert_eq!(form.fields[2].error(), None);
    assert_eq!(form.money("value"), Some(Money::new(1_650_000, "PLN")));
    assert!(!form.is_dirty());
}

fn draw(form: &Form) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|f| render(f, f.area(), form, false))
        .expect("draw");
    terminal
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    crate::test_buffer::text(terminal.backend().buffer()) + "\n"
}

/// The row of the screen holding `needle`, and the column where it starts.
fn find(terminal: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    let text = screen(terminal);
    text.lines().enumerate().find_map(|(y, line)| {
        let at = line.find(needle)?;
        let x = line[..at].chars().count();
        Some((u16::try_from(x).ok()?, u16::try_from(y).ok()?))
    })
}

#[test]
fn the_open_picker_in_polish_at_80x24() {
    let mut form = Form::new(
        "Nowy interes",
        vec![
            Field::new("contact", "Kontakt", FieldKind::Record(Source::Contact)).required(),
            Field::new("title", "Tytuł", FieldKind::Text).required(),
            Field::new("value", "Wartość", FieldKind::Money),
            Field::new("owner", "Opiekun", FieldKind::Record(Source::User))
                .picked(Some(Pick::user("anna", "Anna Nowak"))),
            Field::new("next", "Następna aktywność", FieldKind::Date),
            Field::new("tags", "Tagi", FieldKind::Tags),
            Field::new("campaign", "Kampania", FieldKind::Record(Source::Campaign)),
            Field::new("description", "Opis", FieldKind::LongText),
        ],
        today(),
        Lang::Pl,
    );
    type_str(&mut form, "m");
    press(&mut form, KeyCode::Down);
    let t = draw(&form);
    insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
        insta::assert_snapshot!("picker_open_pl", screen(&t));
    });
    // The highlighted candidate is in reverse video (no colour needed).
    let (x, y) = find(&t, "Malwa Sp. z o.o. · #12").expect("candidate shown");
    let cell = &t.backend().buffer()[(x, y)];
    assert!(cell.modifier.contains(Modifier::REVERSED));
    let (x, y) = find(&t, "Młyny Mąkowskie").expect("first candidate shown");
    let cell = &t.backend().buffer()[(x, y)];
    assert!(!cell.modifier.contains(Modifier::REVERSED));
}

#[test]
fn a_selected_value_is_drawn_in_reverse_video() {
    let mut form = deal_form();
    act(&mut form, KeyCode::Tab, Action::FormNextField);
    let t = draw(&form);
    let (x, y) = find(&t, "zadanie").expect("value shown");
    assert!(
        t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    press(&mut form, KeyCode::End);
    let t = draw(&form);
    let (x, y) = find(&t, "zadanie").expect("value shown");
    assert!(
        !t.backend().buffer()[(x, y)]
            .modifier
            .contains(Modifier::REVERSED)
    );
}
