//! One change to every marked record (or the one under the cursor): a deal's stage, next
//! activity, value, loss or owner, and the tags of deals, contacts or campaigns. Their forms
//! and their commands, one per record, applied together or not at all.

use super::Refresh;
use super::fields::{dict_names, field, form};
use crate::app::{App, View};
use crate::form::{FieldKind, Form, Source};
use crate::i18n::trf;
use crate::model::DictKind;
use crate::service::{CampaignPatch, Command, ContactPatch, DealPatch};

/// A new stage, with the reason when it is a loss.
pub(super) fn stage_form(app: &App, ids: &[u64]) -> Form {
    let l = app.lang;
    let fields = vec![
        field(
            l,
            "stage",
            "col.stage",
            FieldKind::Choice(dict_names(app, DictKind::DealStage)),
        )
        .required(),
        field(
            l,
            "reason",
            "col.loss_reason",
            FieldKind::Choice(dict_names(app, DictKind::LossReason)),
        ),
    ];
    form(app, trf(l, "form.stage", &[&ids.len()]), fields)
}

/// A new next activity (empty clears it).
pub(super) fn next_form(app: &App, ids: &[u64]) -> Form {
    let fields = vec![field(app.lang, "next", "col.next", FieldKind::Date)];
    form(app, trf(app.lang, "form.next", &[&ids.len()]), fields)
}

/// A new value (empty clears it).
pub(super) fn value_form(app: &App, ids: &[u64]) -> Form {
    let fields = vec![field(app.lang, "value", "col.value", FieldKind::Money)];
    form(app, trf(app.lang, "form.value", &[&ids.len()]), fields)
}

/// The reason the deals are lost.
pub(super) fn lose_form(app: &App, ids: &[u64]) -> Form {
    let reasons = dict_names(app, DictKind::LossReason);
    let fields = vec![
        field(
            app.lang,
            "reason",
            "col.loss_reason",
            FieldKind::Choice(reasons),
        )
        .required(),
    ];
    let title = crate::naming::about(
        &app.svc,
        app.lang,
        crate::model::EntityKind::Deal,
        ids,
        "form.lose.one",
        "form.lose.many",
    );
    form(app, title, fields)
}

/// The new owner.
pub(super) fn owner_form(app: &App, ids: &[u64]) -> Form {
    let fields = vec![
        field(
            app.lang,
            "owner",
            "col.owner",
            FieldKind::Record(Source::User),
        )
        .required(),
    ];
    form(app, trf(app.lang, "form.owner", &[&ids.len()]), fields)
}

/// Tags to add and tags to remove.
pub(super) fn tags_form(app: &App, ids: &[u64]) -> Form {
    let l = app.lang;
    let fields = vec![
        field(l, "add", "col.add_tags", FieldKind::Tags),
        field(l, "remove", "col.remove_tags", FieldKind::Tags),
    ];
    form(app, trf(l, "form.tags", &[&ids.len()]), fields)
}

/// The same patch for each deal.
fn deal_patches(ids: &[u64], patch: impl Fn() -> DealPatch) -> Vec<Command> {
    ids.iter()
        .map(|id| Command::UpdateDeal {
            id: *id,
            patch: patch(),
        })
        .collect()
}

/// The stage form's commands (a move to a lost stage carries its reason).
pub(super) fn stage(ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.deals.extend(ids);
    refresh.campaigns = true;
    deal_patches(ids, || DealPatch {
        stage: form.choice("stage"),
        loss_reason: form.choice("reason"),
        ..Default::default()
    })
}

/// The next-activity form's commands.
pub(super) fn next(ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.deals.extend(ids);
    deal_patches(ids, || DealPatch {
        next_activity: Some(form.date("next")),
        ..Default::default()
    })
}

/// The value form's commands; the campaigns sum their deals' values, so they are read again.
pub(super) fn value(ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.deals.extend(ids);
    refresh.campaigns = true;
    deal_patches(ids, || DealPatch {
        value: Some(form.money("value")),
        ..Default::default()
    })
}

/// The owner form's commands.
pub(super) fn owner(ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.deals.extend(ids);
    deal_patches(ids, || DealPatch {
        owner: form.picked_key("owner").map(str::to_owned),
        ..Default::default()
    })
}

/// The loss form's commands.
pub(super) fn lose(ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.deals.extend(ids);
    refresh.campaigns = true;
    ids.iter()
        .map(|id| Command::LoseDeal {
            id: *id,
            reason: form.choice("reason").unwrap_or_default(),
            stage: None,
        })
        .collect()
}

/// The tags form's commands, for the records of the view it was opened in.
pub(super) fn tags(view: View, ids: &[u64], form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    let add = form.tags("add");
    let remove = form.tags("remove");
    match view {
        View::Contacts => {
            refresh.contacts.extend(ids);
            ids.iter()
                .map(|id| Command::UpdateContact {
                    id: *id,
                    patch: ContactPatch {
                        add_tags: add.clone(),
                        remove_tags: remove.clone(),
                        ..Default::default()
                    },
                })
                .collect()
        }
        View::Campaigns => {
            refresh.campaigns = true;
            ids.iter()
                .map(|id| Command::UpdateCampaign {
                    id: *id,
                    patch: CampaignPatch {
                        add_tags: add.clone(),
                        remove_tags: remove.clone(),
                        ..Default::default()
                    },
                })
                .collect()
        }
        _ => {
            refresh.deals.extend(ids);
            deal_patches(ids, || DealPatch {
                add_tags: add.clone(),
                remove_tags: remove.clone(),
                ..Default::default()
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::app::View;
    use crate::service::{CampaignPatch, Command, ContactPatch, DealPatch};

    #[test]
    fn a_stage_for_two_deals_is_one_command_each() {
        let (_db, app) = app();
        let purpose = Purpose::Stage(vec![ids::DEAL, 2]);
        let form = filled(
            &app,
            &purpose,
            &[("stage", "przegrany"), ("reason", "cena")],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let patch = || DealPatch {
            stage: Some("przegrany".into()),
            loss_reason: Some("cena".into()),
            ..Default::default()
        };
        let want = vec![
            Command::UpdateDeal {
                id: ids::DEAL,
                patch: patch(),
            },
            Command::UpdateDeal {
                id: 2,
                patch: patch(),
            },
        ];
        same(&cmds, &want);
        assert_eq!(refresh.deals, vec![ids::DEAL, 2]);
        assert!(refresh.campaigns);
    }

    #[test]
    fn a_loss_names_its_reason() {
        let (_db, app) = app();
        let purpose = Purpose::Lose(vec![ids::DEAL]);
        let form = filled(&app, &purpose, &[("reason", "termin")]);
        let (cmds, _) = commands(&app, &purpose, &form);
        let want = Command::LoseDeal {
            id: ids::DEAL,
            reason: "termin".into(),
            stage: None,
        };
        same(&cmds, &vec![want]);
    }

    #[test]
    fn tags_go_to_the_records_of_the_view_the_form_was_opened_in() {
        let (_db, app) = app();
        let typed = [("add", "vip"), ("remove", "druk")];
        let (add, remove) = (vec!["vip".to_owned()], vec!["druk".to_owned()]);

        let purpose = Purpose::Tags {
            view: View::Contacts,
            ids: vec![ids::COMPANY],
        };
        let (cmds, refresh) = commands(&app, &purpose, &filled(&app, &purpose, &typed));
        let patch = ContactPatch {
            add_tags: add.clone(),
            remove_tags: remove.clone(),
            ..Default::default()
        };
        let want = Command::UpdateContact {
            id: ids::COMPANY,
            patch,
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.contacts, vec![ids::COMPANY]);

        let purpose = Purpose::Tags {
            view: View::Campaigns,
            ids: vec![ids::CAMPAIGN],
        };
        let (cmds, refresh) = commands(&app, &purpose, &filled(&app, &purpose, &typed));
        let patch = CampaignPatch {
            add_tags: add.clone(),
            remove_tags: remove.clone(),
            ..Default::default()
        };
        let want = Command::UpdateCampaign {
            id: ids::CAMPAIGN,
            patch,
        };
        same(&cmds, &vec![want]);
        assert!(refresh.campaigns);

        let purpose = Purpose::Tags {
            view: View::Deals,
            ids: vec![ids::DEAL],
        };
        let (cmds, refresh) = commands(&app, &purpose, &filled(&app, &purpose, &typed));
        let patch = DealPatch {
            add_tags: add,
            remove_tags: remove,
            ..Default::default()
        };
        let want = Command::UpdateDeal {
            id: ids::DEAL,
            patch,
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.deals, vec![ids::DEAL]);
    }
}
