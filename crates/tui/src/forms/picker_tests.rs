//! Edit forms over a real Service show amounts, dates and linked records as the user's
//! language writes them, and saving one unchanged changes nothing (issue 18 item 3).

use chrono::NaiveDate;

use super::fixture::{app, commands, ids};
use super::{Purpose, build};
use crate::i18n::Lang;
use crate::model::Money;
use crate::service::{Command, DealPatch};

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
