//! Record pickers, pre-filled values and the campaign edit form over a real Service, key by
//! key through the update loop (issue 18 items 2, 3 and 8).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::App;
use crate::form_pane::FormPane;
use crate::forms::fixture::{app, ids};
use crate::model::ContactKind;
use crate::service::{Command, ContactDraft};

fn press(app: &mut App, code: KeyCode) {
    super::on_key(app, KeyEvent::new(code, KeyModifiers::NONE));
}

fn type_str(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

fn form(app: &App) -> &crate::form::Form {
    &app.top::<FormPane>().expect("a form on top").form
}

/// A second company (#2) and a person (#3) besides the fixture's Drukarnia Nowak.
fn more_contacts(app: &App) {
    let add = |kind, name: &str, email: Option<&str>| {
        Command::AddContact(ContactDraft {
            kind: Some(kind),
            name: name.into(),
            email: email.map(str::to_owned),
            ..Default::default()
        })
    };
    for cmd in [
        add(
            ContactKind::Company,
            "Malwa Sp. z o.o.",
            Some("biuro@malwa.pl"),
        ),
        add(ContactKind::Person, "Jan Malwiński", None),
    ] {
        app.svc
            .apply(cmd)
            .unwrap_or_else(|e| panic!("contact: {e:?}"));
    }
}

#[test]
fn typing_part_of_a_company_name_and_enter_makes_the_deal_for_that_contact() {
    let (_db, mut app) = app();
    more_contacts(&app);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        form(&app).focus,
        0,
        "the contact field is first and focused"
    );
    // Typed without the Polish letter and in lower case: both Malwa contacts come up.
    type_str(&mut app, "malw");
    let (_, items, cursor) = form(&app).candidates().expect("the list is open");
    let labels: Vec<&str> = items.iter().map(|c| c.pick.label.as_str()).collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(labels.contains(&"Malwa Sp. z o.o. · #2"), "{labels:?}");
    assert!(labels.contains(&"Jan Malwiński · #3"), "{labels:?}");
    let company = items
        .iter()
        .position(|c| c.pick.key == "2")
        .expect("the company is offered");
    // Move the highlight to the company and take it.
    for _ in cursor..company {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(form(&app).fields[0].raw(), "Malwa Sp. z o.o. · #2");
    assert_eq!(form(&app).record("contact"), Some(2));
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "Kalendarze");
    press(&mut app, KeyCode::Enter);
    assert!(app.top::<FormPane>().is_none(), "the form was submitted");
    let deals = app.svc.deals_of_contact(2).unwrap_or_default();
    let titles: Vec<&str> = deals.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(titles, vec!["Kalendarze"]);
}

#[test]
fn a_number_goes_straight_to_that_record_and_a_person_is_no_company() {
    let (_db, mut app) = app();
    more_contacts(&app);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('n'));
    // The contact form: kind, name, company (the third field).
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "#2");
    let (_, items, _) = form(&app).candidates().expect("the list is open");
    assert_eq!(items[0].pick.label, "Malwa Sp. z o.o. · #2");
    // Jan Malwiński is a person: never offered as a company.
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Backspace);
    type_str(&mut app, "malw");
    let (_, items, _) = form(&app).candidates().expect("the list is open");
    let keys: Vec<&str> = items.iter().map(|c| c.pick.key.as_str()).collect();
    assert_eq!(keys, vec!["2"]);
}

#[test]
fn the_first_key_replaces_the_prefilled_title_of_an_edited_task() {
    let (_db, mut app) = app();
    press(&mut app, KeyCode::Char('4'));
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(form(&app).fields[0].raw(), "Zadzwonić");
    type_str(&mut app, "sp");
    assert_eq!(form(&app).fields[0].raw(), "sp");
}

#[test]
fn a_campaign_is_edited_from_its_list_and_its_card() {
    let (_db, mut app) = app();
    press(&mut app, KeyCode::Char('3'));
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(form(&app).fields[0].raw(), "Wiosna");
    // Name (selected: replaced), then goals and rules.
    type_str(&mut app, "Wiosna 2027");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "Dwadzieścia nowych umów");
    press(&mut app, KeyCode::Tab);
    type_str(&mut app, "Tylko firmy z Mazowsza");
    press(&mut app, KeyCode::Enter);
    assert!(app.top::<FormPane>().is_none(), "the form was submitted");
    let c = app
        .svc
        .campaign(ids::CAMPAIGN)
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(c.name, "Wiosna 2027");
    assert_eq!(c.goals.as_deref(), Some("Dwadzieścia nowych umów"));
    assert_eq!(c.rules.as_deref(), Some("Tylko firmy z Mazowsza"));

    // On the card (Enter opens it), `e` edits the same campaign.
    crate::load_now(&mut app);
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('e'));
    assert_eq!(form(&app).fields[0].raw(), "Wiosna 2027");
    assert_eq!(
        form(&app).field("goals").map(|f| f.raw()),
        Some("Dwadzieścia nowych umów")
    );
}
