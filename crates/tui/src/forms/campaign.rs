//! The campaign's add and edit forms: their fields (the edit form filled with the campaign's
//! current values) and the command each becomes.

use super::Refresh;
use super::fields::{added, clear, field, form, own, text};
use crate::app::App;
use crate::form::{Field, FieldKind, Form};
use crate::i18n::{tr, trf};
use crate::model::Campaign;
use crate::service::{CampaignDraft, CampaignPatch, Command, Result};

/// A new campaign.
pub(super) fn new_form(app: &App) -> Result<Form> {
    let fields = campaign_fields(app, None)?;
    Ok(form(
        app,
        tr(app.lang, "form.new_campaign").to_owned(),
        fields,
    ))
}

/// The campaign with this id, filled with its current values.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let fields = campaign_fields(app, Some(id))?;
    Ok(form(
        app,
        trf(app.lang, "form.edit_campaign", &[&id]),
        fields,
    ))
}

fn campaign_fields(app: &App, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let c = id.map(|i| app.svc.campaign(i)).transpose()?;
    let get = |pick: fn(&Campaign) -> Option<String>| c.as_ref().and_then(pick).unwrap_or_default();
    Ok(vec![
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(get(|c| Some(c.name.clone()))),
        f("goals", "col.goals", FieldKind::LongText).value(get(|c| c.goals.clone())),
        f("rules", "col.rules", FieldKind::LongText).value(get(|c| c.rules.clone())),
        f("description", "col.description", FieldKind::LongText)
            .value(get(|c| c.description.clone())),
        f("tags", "col.tags", FieldKind::Tags).value(get(|c| Some(c.tags.join(" ")))),
    ])
}

/// The add form's command.
pub(super) fn add(form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    refresh.campaigns = true;
    Ok(vec![Command::AddCampaign(CampaignDraft {
        name: text(form, "name"),
        goals: own(form.text("goals")),
        rules: own(form.text("rules")),
        description: own(form.text("description")),
        tags: form.tags("tags"),
    })])
}

/// The edit form's command: every field as it stands, tags as what was added and removed.
/// The deals show their campaign's name, so they are read again too.
pub(super) fn update(
    app: &App,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    let old = app.svc.campaign(id)?;
    let tags = form.tags("tags");
    refresh.campaigns = true;
    refresh.all_deals = true;
    Ok(vec![Command::UpdateCampaign {
        id,
        patch: CampaignPatch {
            name: Some(text(form, "name")),
            goals: clear(form.text("goals")),
            rules: clear(form.text("rules")),
            description: clear(form.text("description")),
            add_tags: added(&old.tags, &tags),
            remove_tags: added(&tags, &old.tags),
        },
    }])
}

#[cfg(test)]
mod tests {
    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::service::{CampaignDraft, CampaignPatch, Command};

    #[test]
    fn a_new_campaign_with_its_goals_and_tags() {
        let (_db, app) = app();
        let purpose = Purpose::NewCampaign;
        let form = filled(
            &app,
            &purpose,
            &[("name", "Jesień"), ("goals", "10 umów"), ("tags", "druk")],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = CampaignDraft {
            name: "Jesień".into(),
            goals: Some("10 umów".into()),
            rules: None,
            description: None,
            tags: vec!["druk".into()],
        };
        same(&cmds, &vec![Command::AddCampaign(want)]);
        assert!(refresh.campaigns && !refresh.all_deals);
    }

    #[test]
    fn a_renamed_campaign_reloads_the_deals_that_show_its_name() {
        let (_db, app) = app();
        let purpose = Purpose::EditCampaign(ids::CAMPAIGN);
        let form = filled(
            &app,
            &purpose,
            &[("name", "Wiosna 2027"), ("tags", "druk ulotki")],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = Command::UpdateCampaign {
            id: ids::CAMPAIGN,
            patch: CampaignPatch {
                name: Some("Wiosna 2027".into()),
                goals: Some(None),
                rules: Some(None),
                description: Some(None),
                add_tags: vec!["ulotki".into()],
                remove_tags: Vec::new(),
            },
        };
        same(&cmds, &vec![want]);
        assert!(refresh.campaigns && refresh.all_deals);
    }
}
