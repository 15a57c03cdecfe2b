//! The TUI's bulk operation (C6) over more contacts than one transaction takes: it is applied
//! chunk by chunk, every selected contact gets exactly one deal, and a repeat creates none.

#[path = "common/tui.rs"]
mod tui_fixture;

use lejek::i18n::Lang;
use lejek::model::ContactKind;
use lejek::service::query::ListQuery;
use lejek::service::{Command, ContactDraft};
use tui_fixture::{app_over, empty_service, keys, type_text};

#[test]
fn bulk_over_4500_contacts_makes_one_deal_each_and_a_repeat_none() {
    let (_dir, svc) = empty_service();
    let actor = svc.actor("anna");
    // 4,500 contacts: more than two chunks of 2,000.
    let contacts: Vec<(lejek::service::Actor, Command)> = (0..4_500)
        .map(|i| {
            (
                actor.clone(),
                Command::AddContact(ContactDraft {
                    kind: Some(ContactKind::Company),
                    name: format!("Firma {i}"),
                    tags: vec!["hurt".into()],
                    ..Default::default()
                }),
            )
        })
        .collect();
    svc.apply_batch(contacts).expect("contacts");
    let mut app = app_over(svc, Lang::Pl);

    let run_bulk = |app: &mut lejek::tui::app::App| {
        // Contacts view, no selection: the operation takes all that the filter matches.
        keys(app, &["2", "b"]);
        type_text(app, "Hurt 2027");
        keys(app, &["tab"]);
        type_text(app, "Oferta hurtowa");
        keys(app, &["enter"]);
        // The count question, then yes.
        keys(app, &["y"]);
    };
    run_bulk(&mut app);
    let deals = app.svc.list_deals(&ListQuery::default()).expect("deals");
    assert_eq!(deals.len(), 4_500, "one deal per contact");
    let campaign = app.svc.find_campaign("Hurt 2027").expect("campaign");
    assert!(deals.iter().all(|d| d.campaign_id == Some(campaign.id)));
    let mut contacts: Vec<u64> = deals.iter().map(|d| d.contact_id).collect();
    contacts.sort_unstable();
    contacts.dedup();
    assert_eq!(contacts.len(), 4_500, "no contact twice");

    // The same operation again creates nothing.
    run_bulk(&mut app);
    assert_eq!(
        app.svc
            .list_deals(&ListQuery::default())
            .expect("deals")
            .len(),
        4_500
    );
}
