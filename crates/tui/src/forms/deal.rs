//! The deal's add and edit forms: their fields (the edit form filled with the deal's current
//! values) and the command each becomes.

use super::Refresh;
use super::custom;
use super::fields::{added, clear, dict_names, field, form, own, text};
use super::lookup::{campaign_pick, contact_pick, user_pick};
use crate::app::App;
use crate::form::{Field, FieldKind, Form, Source, date_text, money_text};
use crate::i18n::{tr, trf};
use crate::model::{DictKind, FieldOn};
use crate::service::views::DealView;
use crate::service::{Command, DealDraft, DealPatch, Result};

/// A new deal, for `contact` when the form was opened on one.
pub(super) fn new_form(app: &App, contact: Option<u64>) -> Result<Form> {
    let fields = deal_fields(app, contact, None)?;
    Ok(form(app, tr(app.lang, "form.new_deal").to_owned(), fields))
}

/// The deal with this id, filled with its current values.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let fields = deal_fields(app, None, Some(id))?;
    Ok(form(app, trf(app.lang, "form.edit_deal", &[&id]), fields))
}

fn deal_fields(app: &App, contact: Option<u64>, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let d = id.map(|i| app.svc.deal_view(i)).transpose()?;
    let get = |pick: fn(&DealView) -> String| d.as_ref().map(pick).unwrap_or_default();
    let contact = d.as_ref().map(|d| d.contact_id).or(contact);
    let owner = d.as_ref().map_or(app.user.as_str(), |d| d.owner.as_str());
    let campaign = d.as_ref().and_then(|d| d.campaign_id);
    let mut fields = vec![
        f("contact", "col.contact", FieldKind::Record(Source::Contact))
            .required()
            .picked(contact.and_then(|c| contact_pick(app, c))),
        f("title", "col.title", FieldKind::Text)
            .required()
            .value(get(|d| d.title.clone())),
        f("offer", "col.offer", FieldKind::Text)
            .value(get(|d| d.offer.clone().unwrap_or_default())),
        f("value", "col.value", FieldKind::Money).value(
            d.as_ref()
                .and_then(|d| d.deal.value.as_ref())
                .map(|m| money_text(m, l))
                .unwrap_or_default(),
        ),
        f(
            "stage",
            "col.stage",
            FieldKind::Choice(dict_names(app, DictKind::DealStage)),
        )
        .value(get(|d| d.stage.clone())),
        f(
            "source",
            "col.source",
            FieldKind::Choice(dict_names(app, DictKind::DealSource)),
        )
        .value(get(|d| d.source.clone().unwrap_or_default())),
        f("owner", "col.owner", FieldKind::Record(Source::User)).picked(user_pick(app, owner)),
        f("next", "col.next", FieldKind::Date).value(
            d.as_ref()
                .and_then(|d| d.next_activity)
                .map(|n| date_text(n, l))
                .unwrap_or_default(),
        ),
        f("expected", "col.expected", FieldKind::Date).value(
            d.as_ref()
                .and_then(|d| d.expected_close)
                .map(|n| date_text(n, l))
                .unwrap_or_default(),
        ),
        f("tags", "col.tags", FieldKind::Tags).value(get(|d| d.tags.join(" "))),
        f(
            "campaign",
            "col.campaign",
            FieldKind::Record(Source::Campaign),
        )
        .picked(campaign.and_then(|c| campaign_pick(app, c))),
        f("description", "col.description", FieldKind::LongText)
            .value(get(|d| d.description.clone().unwrap_or_default())),
    ];
    fields.extend(custom::fields(
        app,
        FieldOn::Deal,
        d.as_ref().map(|d| &d.deal.fields),
    ));
    Ok(fields)
}

/// The add form's command.
pub(super) fn add(app: &App, form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    let draft = DealDraft {
        contact_id: form.record("contact").unwrap_or_default(),
        title: text(form, "title"),
        offer: own(form.text("offer")),
        description: own(form.text("description")),
        owner: form.picked_key("owner").map(str::to_owned),
        stage: form.choice("stage"),
        source: form.choice("source"),
        value: form.money("value"),
        next_activity: form.date("next"),
        tags: form.tags("tags"),
        campaign_id: form.record("campaign"),
        expected_close: form.date("expected"),
        fields: custom::values(app, FieldOn::Deal, form),
    };
    refresh.campaigns = true;
    refresh.contacts.push(draft.contact_id);
    Ok(vec![Command::AddDeal(draft)])
}

/// The edit form's command: every field as it stands, tags as what was added and removed.
pub(super) fn update(
    app: &App,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    let old = app.svc.deal_view(id)?;
    let tags = form.tags("tags");
    // Only a changed stage is a move: re-sending a lost deal's stage would ask for
    // its reason again.
    let stage = form.choice("stage").filter(|s| *s != old.stage);
    let patch = DealPatch {
        title: own(form.text("title")).or(Some(String::new())),
        offer: clear(form.text("offer")),
        description: clear(form.text("description")),
        owner: form.picked_key("owner").map(str::to_owned),
        stage,
        loss_reason: None,
        source: Some(form.choice("source")),
        value: Some(form.money("value")),
        next_activity: Some(form.date("next")),
        add_tags: added(&old.tags, &tags),
        remove_tags: added(&tags, &old.tags),
        campaign_id: Some(form.record("campaign")),
        contact_id: form.record("contact"),
        expected_close: Some(form.date("expected")),
        fields: custom::values(app, FieldOn::Deal, form),
    };
    refresh.deals.push(id);
    refresh.campaigns = true;
    Ok(vec![Command::UpdateDeal { id, patch }])
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::model::Money;
    use crate::service::{Command, DealDraft, DealPatch};

    #[test]
    fn a_new_deal_is_for_the_contact_it_was_opened_on() {
        let (_db, app) = app();
        let purpose = Purpose::NewDeal {
            contact: Some(ids::COMPANY),
        };
        let form = filled(
            &app,
            &purpose,
            &[
                ("title", "Wizytówki"),
                ("value", "1234,5"),
                ("next", "+3d"),
                ("expected", "2027-01-31"),
                ("tags", "druk vip"),
                ("campaign", "Wiosna"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = DealDraft {
            contact_id: ids::COMPANY,
            title: "Wizytówki".into(),
            offer: None,
            description: None,
            owner: Some("anna".into()),
            stage: None,
            source: None,
            value: Some(Money::new(123_450, "PLN")),
            next_activity: NaiveDate::from_ymd_opt(2026, 12, 1),
            tags: vec!["druk".into(), "vip".into()],
            campaign_id: Some(ids::CAMPAIGN),
            expected_close: NaiveDate::from_ymd_opt(2027, 1, 31),
            fields: Vec::new(),
        };
        same(&cmds, &vec![Command::AddDeal(want)]);
        assert_eq!(refresh.contacts, vec![ids::COMPANY]);
        assert!(refresh.campaigns);
    }

    #[test]
    fn an_edited_deal_sends_every_field_and_only_a_changed_stage() {
        let (_db, app) = app();
        let purpose = Purpose::EditDeal(ids::DEAL);
        // Left as it was: the stage is not sent again, every other field is.
        let form = filled(&app, &purpose, &[]);
        let unchanged = DealPatch {
            title: Some("Ulotki".into()),
            offer: Some(None),
            description: Some(None),
            owner: Some("anna".into()),
            stage: None,
            loss_reason: None,
            source: Some(None),
            value: Some(None),
            next_activity: Some(None),
            add_tags: Vec::new(),
            remove_tags: Vec::new(),
            campaign_id: Some(None),
            contact_id: Some(ids::COMPANY),
            expected_close: Some(None),
            fields: Vec::new(),
        };
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = Command::UpdateDeal {
            id: ids::DEAL,
            patch: unchanged.clone(),
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.deals, vec![ids::DEAL]);
        assert!(refresh.campaigns);

        // A new stage, and the tags as what was added and what was removed.
        let form = filled(&app, &purpose, &[("stage", "oferta"), ("tags", "druk")]);
        let (cmds, _) = commands(&app, &purpose, &form);
        let want = Command::UpdateDeal {
            id: ids::DEAL,
            patch: DealPatch {
                stage: Some("oferta".into()),
                add_tags: vec!["druk".into()],
                remove_tags: vec!["pilne".into()],
                ..unchanged
            },
        };
        same(&cmds, &vec![want]);
    }
}
