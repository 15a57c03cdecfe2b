//! Record pickers, pre-filled values and the campaign edit form over a real Service, key by
//! key through the update loop (issue 18 items 2, 3 and 8).

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::fixture::{app, commands, ids};
use super::{Purpose, build};
use crate::app::App;
use crate::form_pane::FormPane;
use crate::i18n::Lang;
use crate::model::{ContactKind, Money};
use crate::service::{Command, ContactDraft, DealPatch};

fn press(app: &mut App, code: KeyCode) {
    crate::update::on_key(app, KeyEvent::new(code, KeyModifiers::NONE));
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
fn an_edit_form_shows_amounts_dates_and_links_as_polish_writes_them_and_saves_nothing_new() {
    let (_db, app) = app();
    let day = NaiveDate::from_ymd_opt(2026, 12, 12);
    let patch = DealPatch {
        value: Some(Some(Money::new(1_650_000, "PLN"))),
        next_activity: Some(day),
        campaign_id: Some(Some(ids::CAMPAIGN)),
        ..Default::default()
    };
    app.svc
        .apply(Command::UpdateDeal {
            id: ids::DEAL,
            patch,
        })
        .unwrap_or_else(|e| panic!("deal: {e:?}"));
    let purpose = Purpose::EditDeal(ids::DEAL);
    let form = build(&app, &purpose).unwrap_or_else(|e| panic!("{e:?}"));
    let raw = |id: &str| {
        form.field(id)
            .map(|f| f.raw().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(raw("value"), "16 500,00");
    assert_eq!(raw("next"), "12.12.2026");
    assert_eq!(raw("contact"), "Drukarnia Nowak · #1");
    assert_eq!(raw("campaign"), "Wiosna · #1");
    assert_eq!(raw("owner"), "anna");
    assert!(form.is_valid());
    // Saved unchanged: the same values go back, and the deal reads the same.
    let before = app
        .svc
        .deal_view(ids::DEAL)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let (cmds, _) = commands(&app, &purpose, &form);
    let Some(Command::UpdateDeal { patch, .. }) = cmds.first() else {
        panic!("an update: {cmds:?}");
    };
    assert_eq!(patch.value, Some(Some(Money::new(1_650_000, "PLN"))));
    assert_eq!(patch.next_activity, Some(day));
    assert_eq!(patch.contact_id, Some(ids::COMPANY));
    assert_eq!(patch.campaign_id, Some(Some(ids::CAMPAIGN)));
    for cmd in cmds {
        app.svc.apply(cmd).unwrap_or_else(|e| panic!("{e:?}"));
    }
    let after = app
        .svc
        .deal_view(ids::DEAL)
        .unwrap_or_else(|e| panic!("{e:?}"));
    let key = |d: &crate::service::views::DealView| {
        (
            d.value.clone(),
            d.next_activity,
            d.contact_id,
            d.campaign_id,
            d.owner.clone(),
            d.title.clone(),
            d.stage.clone(),
            d.tags.clone(),
        )
    };
    assert_eq!(key(&after), key(&before));
}

#[test]
fn an_english_edit_form_writes_amounts_and_dates_the_english_way() {
    let (_db, mut app) = app();
    app.lang = Lang::En;
    let patch = DealPatch {
        value: Some(Some(Money::new(1_650_000, "PLN"))),
        next_activity: Some(NaiveDate::from_ymd_opt(2026, 12, 12)),
        ..Default::default()
    };
    app.svc
        .apply(Command::UpdateDeal {
            id: ids::DEAL,
            patch,
        })
        .unwrap_or_else(|e| panic!("deal: {e:?}"));
    let form = build(&app, &Purpose::EditDeal(ids::DEAL)).unwrap_or_else(|e| panic!("{e:?}"));
    let raw = |id: &str| {
        form.field(id)
            .map(|f| f.raw().to_owned())
            .unwrap_or_default()
    };
    assert_eq!(raw("value"), "16,500.00");
    assert_eq!(raw("next"), "2026-12-12");
    assert_eq!(form.money("value"), Some(Money::new(1_650_000, "PLN")));
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
