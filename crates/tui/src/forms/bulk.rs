//! The bulk operation (C6): the marked contacts into a campaign, one new deal for each. Its
//! form, and its commands in chunks, each its own transaction.

use super::Refresh;
use super::fields::{dict_names, field, form, own, text};
use super::lookup::user_pick;
use crate::app::App;
use crate::form::{FieldKind, Form, Source};
use crate::i18n::trf;
use crate::model::DictKind;
use crate::service::{CampaignDraft, Command, DealDraft};

/// Contacts per transaction in the bulk operation (the batch command uses the same size).
const BULK_CHUNK: usize = 2_000;

/// The campaign (found or made by name) and the deal to make for each contact.
pub(super) fn bulk_form(app: &App, contacts: &[u64]) -> Form {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let fields = vec![
        f("campaign", "col.campaign", FieldKind::Text).required(),
        f("title", "col.title", FieldKind::Text).required(),
        f("description", "col.description", FieldKind::LongText),
        f("value", "col.value", FieldKind::Money),
        f("owner", "col.owner", FieldKind::Record(Source::User)).picked(user_pick(app, &app.user)),
        f(
            "source",
            "col.source",
            FieldKind::Choice(dict_names(app, DictKind::DealSource)),
        ),
        f("tags", "col.tags", FieldKind::Tags),
    ];
    form(app, trf(l, "form.bulk", &[&contacts.len()]), fields)
}

/// The form's commands: one per chunk, as the batch command does. Each is its own
/// transaction, so selecting 100,000 contacts does not build one huge one, and the
/// campaign-members index keeps a repeat from creating anything twice.
pub(super) fn commands(contacts: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.all_deals = true;
    refresh.campaigns = true;
    contacts
        .chunks(BULK_CHUNK)
        .map(|c| bulk_command(form, c.to_vec()))
        .collect()
}

/// The C6 command from the bulk form: shared by the dry run that counts and the real run.
pub fn bulk_command(form: &Form, contacts: Vec<u64>) -> Command {
    Command::AddDealsToCampaign {
        campaign: text(form, "campaign"),
        create: CampaignDraft::default(),
        contacts,
        matching: None,
        deal: DealDraft {
            title: text(form, "title"),
            description: own(form.text("description")),
            value: form.money("value"),
            owner: form.picked_key("owner").map(str::to_owned),
            source: form.choice("source"),
            tags: form.tags("tags"),
            ..Default::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, same};
    use crate::model::Money;
    use crate::service::{CampaignDraft, Command, DealDraft};

    #[test]
    fn two_thousand_and_one_contacts_are_two_transactions() {
        let (_db, app) = app();
        let contacts: Vec<u64> = (1..=2_001).collect();
        let purpose = Purpose::Bulk(contacts);
        let form = filled(
            &app,
            &purpose,
            &[
                ("campaign", "Zima"),
                ("title", "Kalendarze"),
                ("value", "500"),
                ("tags", "zima"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let chunk = |contacts: Vec<u64>| Command::AddDealsToCampaign {
            campaign: "Zima".into(),
            create: CampaignDraft::default(),
            contacts,
            matching: None,
            deal: DealDraft {
                title: "Kalendarze".into(),
                value: Some(Money::new(50_000, "PLN")),
                owner: Some("anna".into()),
                tags: vec!["zima".into()],
                ..Default::default()
            },
        };
        same(
            &cmds,
            &vec![chunk((1..=2_000).collect()), chunk(vec![2_001])],
        );
        assert!(refresh.all_deals && refresh.campaigns);
    }
}
