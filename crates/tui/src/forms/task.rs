//! The task's add and edit forms (a task or a meeting): their fields and the command each
//! becomes.

use super::Refresh;
use super::fields::{field, form, text};
use super::lookup::{campaign_pick, deal_pick, user_pick};
use crate::app::App;
use crate::form::{FieldKind, Form, Source, date_time_text};
use crate::i18n::{tr, trf};
use crate::model::TaskKind;
use crate::service::{Command, Result, TaskDraft, TaskPatch};

/// The two kinds of task, as the kind field offers them.
fn task_kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "kind.task").to_owned(),
        tr(app.lang, "kind.meeting").to_owned(),
    ]
}

/// The kind chosen in the form: a meeting when it says so, else a task.
fn chosen_kind(app: &App, form: &Form) -> TaskKind {
    match form.choice("kind") {
        Some(k) if k == tr(app.lang, "kind.meeting") => TaskKind::Meeting,
        _ => TaskKind::Task,
    }
}

/// A new task, for the deal or campaign the form was opened on.
pub(super) fn new_form(app: &App, deal: Option<u64>, campaign: Option<u64>) -> Result<Form> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let fields = vec![
        f("title", "col.title", FieldKind::Text).required(),
        f("kind", "col.kind", FieldKind::Choice(task_kinds(app))).value(tr(l, "kind.task")),
        f("assignee", "col.assignee", FieldKind::Record(Source::User))
            .picked(user_pick(app, &app.user)),
        f("due", "col.due", FieldKind::DateTime),
        f("deal", "picker.col.deal", FieldKind::Record(Source::Deal))
            .picked(deal.and_then(|d| deal_pick(app, d))),
        f(
            "campaign",
            "col.campaign",
            FieldKind::Record(Source::Campaign),
        )
        .picked(campaign.and_then(|c| campaign_pick(app, c))),
    ];
    Ok(form(app, tr(l, "form.new_task").to_owned(), fields))
}

/// The task with this id, filled with its current values; its deal can be changed (the
/// task moves, issue 18 item 5), its campaign stays.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let task = app.svc.task(id)?;
    let kind = tr(
        l,
        if task.kind == TaskKind::Meeting {
            "kind.meeting"
        } else {
            "kind.task"
        },
    );
    // A due time of midnight is a day without an hour, as it was typed.
    let due = task.due.map(|d| date_time_text(d, l)).unwrap_or_default();
    let fields = vec![
        f("title", "col.title", FieldKind::Text)
            .required()
            .value(task.title.clone()),
        f("kind", "col.kind", FieldKind::Choice(task_kinds(app))).value(kind),
        f("assignee", "col.assignee", FieldKind::Record(Source::User))
            .picked(user_pick(app, &task.assignee)),
        f("due", "col.due", FieldKind::DateTime).value(due),
        f("deal", "picker.col.deal", FieldKind::Record(Source::Deal))
            .picked(task.deal_id.and_then(|d| deal_pick(app, d))),
    ];
    Ok(form(app, trf(l, "form.edit_task", &[&id]), fields))
}

/// The add form's command; the deal it is for is read again to show it.
pub(super) fn add(app: &App, form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    let deal = form.record("deal");
    refresh.tasks = true;
    refresh.deals.extend(deal);
    Ok(vec![Command::AddTask(TaskDraft {
        kind: chosen_kind(app, form),
        title: text(form, "title"),
        assignee: form.picked_key("assignee").map(str::to_owned),
        due: form.date_time("due"),
        deal_id: deal,
        campaign_id: form.record("campaign"),
    })])
}

/// The edit form's command: every field as it stands.
pub(super) fn update(app: &App, id: u64, form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    refresh.tasks = true;
    // The deal only when it changed: a task of a campaign keeps its campaign otherwise.
    let before = app.svc.task(id).ok().and_then(|t| t.deal_id);
    let deal = form.record("deal");
    if deal != before {
        refresh.deals.extend(before.into_iter().chain(deal));
    }
    vec![Command::UpdateTask {
        id,
        patch: TaskPatch {
            title: Some(text(form, "title")),
            kind: Some(chosen_kind(app, form)),
            assignee: form.picked_key("assignee").map(str::to_owned),
            due: Some(form.date_time("due")),
            deal: (deal != before).then_some(deal),
        },
    }]
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::model::TaskKind;
    use crate::service::{Command, TaskDraft, TaskPatch};

    #[test]
    fn a_new_meeting_on_the_deal_it_was_opened_on() {
        let (_db, app) = app();
        let purpose = Purpose::NewTask {
            deal: Some(ids::DEAL),
            campaign: Some(ids::CAMPAIGN),
        };
        let form = filled(
            &app,
            &purpose,
            &[
                ("title", "Prezentacja"),
                ("kind", "spotkanie"),
                ("assignee", "piotr"),
                ("due", "2026-12-01 10:30"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = TaskDraft {
            kind: TaskKind::Meeting,
            title: "Prezentacja".into(),
            assignee: Some("piotr".into()),
            due: NaiveDate::from_ymd_opt(2026, 12, 1).and_then(|d| d.and_hms_opt(10, 30, 0)),
            deal_id: Some(ids::DEAL),
            campaign_id: Some(ids::CAMPAIGN),
        };
        same(&cmds, &vec![Command::AddTask(want)]);
        assert!(refresh.tasks);
        assert_eq!(refresh.deals, vec![ids::DEAL]);
    }

    #[test]
    fn an_edited_task_sends_every_field() {
        let (_db, app) = app();
        let purpose = Purpose::EditTask(ids::TASK);
        let form = filled(&app, &purpose, &[("due", "2026-12-02")]);
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = Command::UpdateTask {
            id: ids::TASK,
            patch: TaskPatch {
                title: Some("Zadzwonić".into()),
                kind: Some(TaskKind::Task),
                assignee: Some("anna".into()),
                due: Some(
                    NaiveDate::from_ymd_opt(2026, 12, 2).and_then(|d| d.and_hms_opt(0, 0, 0)),
                ),
                deal: None,
            },
        };
        same(&cmds, &vec![want]);
        assert!(refresh.tasks && refresh.deals.is_empty());
    }

    #[test]
    fn a_task_taken_off_its_deal_says_so_and_the_deal_is_read_again() {
        let (_db, app) = app();
        let purpose = Purpose::EditTask(ids::TASK);
        // The edit form shows the task's deal; emptied, the task leaves it.
        let form = filled(&app, &purpose, &[]);
        assert_eq!(form.record("deal"), Some(ids::DEAL));
        let mut form = filled(&app, &purpose, &[]);
        form.set_value("deal", "");
        let (cmds, refresh) = commands(&app, &purpose, &form);
        match &cmds[..] {
            [Command::UpdateTask { id, patch }] => {
                assert_eq!(*id, ids::TASK);
                assert_eq!(patch.deal, Some(None));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(refresh.deals, vec![ids::DEAL]);
    }
}
