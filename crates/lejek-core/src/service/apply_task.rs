//! Tasks and meetings (D13).

use super::command::{TaskDraft, TaskPatch};
use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{Change, EntityKind, EntityRef, Task, User};
use crate::store::{T, keys};

fn entity(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Task,
        id,
    }
}

pub fn add(plan: &mut Plan, d: TaskDraft) -> Result<Option<u64>> {
    let title = validate::required_line("col.title", &d.title)?;
    let assignee = d.assignee.unwrap_or_else(|| plan.actor.login.clone());
    let user: Option<User> = plan.get(T::Users, assignee.trim().as_bytes())?;
    let assignee = user
        .map(|u| u.login)
        .ok_or_else(|| invalid("err.no_user", &[&assignee]))?;
    if d.deal_id.is_some() && d.campaign_id.is_some() {
        return Err(invalid("err.task_one_link", &[]));
    }
    if let Some(id) = d.deal_id
        && !plan.exists(T::Deals, &keys::id(id))?
    {
        return Err(invalid("err.no_deal", &[&id]));
    }
    if let Some(id) = d.campaign_id
        && !plan.exists(T::Campaigns, &keys::id(id))?
    {
        return Err(invalid("err.no_campaign", &[&id]));
    }
    let t = Task {
        id: plan.next_id("task")?,
        kind: d.kind,
        title: title.clone(),
        assignee: assignee.clone(),
        due: validate::optional_date(d.due)?,
        done_at: None,
        deal_id: d.deal_id,
        campaign_id: d.campaign_id,
        created: plan.actor.at,
    };
    plan.put(T::Tasks, keys::id(t.id), &t);
    let seq = plan.event(
        entity(t.id),
        Change::Created {
            summary: title.clone(),
        },
    )?;
    if assignee != plan.actor.login {
        plan.notify(&assignee, seq);
    }
    link_event(
        plan,
        &t,
        Change::TaskAdded {
            task_id: t.id,
            title,
        },
    )?;
    Ok(Some(t.id))
}

/// Tasks on a deal or campaign show in its history too.
fn link_event(plan: &mut Plan, t: &Task, change: Change) -> Result<()> {
    if let Some(deal) = t.deal_id {
        plan.touch_deal(deal, change)?;
    } else if let Some(c) = t.campaign_id {
        plan.event(
            EntityRef {
                kind: EntityKind::Campaign,
                id: c,
            },
            change,
        )?;
    }
    Ok(())
}

pub fn complete(plan: &mut Plan, id: u64) -> Result<Option<u64>> {
    let mut t: Task = plan
        .get(T::Tasks, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_task", &[&id]))?;
    if t.done_at.is_some() {
        return Err(invalid("err.task_done_already", &[&id]));
    }
    t.done_at = Some(plan.actor.at);
    plan.put(T::Tasks, keys::id(id), &t);
    plan.event(
        entity(id),
        Change::Field {
            field: "done_at".into(),
            old: None,
            new: Some(plan.actor.at.to_rfc3339()),
        },
    )?;
    let title = t.title.clone();
    link_event(plan, &t, Change::TaskDone { task_id: id, title })?;
    Ok(Some(id))
}

/// A done task (a held meeting) open again (issue 18 item 5): recorded as `complete` records
/// the opposite, on the task and on its deal or campaign, so the deal's owner hears of it
/// the same way.
pub fn reopen(plan: &mut Plan, id: u64) -> Result<Option<u64>> {
    let mut t: Task = plan
        .get(T::Tasks, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_task", &[&id]))?;
    let Some(done) = t.done_at.take() else {
        return Err(invalid("err.task_not_done", &[&id]));
    };
    plan.put(T::Tasks, keys::id(id), &t);
    plan.event(
        entity(id),
        Change::Field {
            field: "done_at".into(),
            old: Some(done.to_rfc3339()),
            new: None,
        },
    )?;
    let title = t.title.clone();
    link_event(plan, &t, Change::TaskReopened { task_id: id, title })?;
    Ok(Some(id))
}

/// Move a task to deal `to` (or to none), recorded on the task and on both records: the one
/// it leaves says where it went, the deal it joins has its `TaskAdded` as if added there.
fn move_task(plan: &mut Plan, t: &mut Task, to: Option<u64>) -> Result<()> {
    if to == t.deal_id {
        return Ok(());
    }
    if let Some(d) = to
        && !plan.exists(T::Deals, &keys::id(d))?
    {
        return Err(invalid("err.no_deal", &[&d]));
    }
    let title = t.title.clone();
    let gone = Change::TaskMoved {
        task_id: t.id,
        title: title.clone(),
        to,
    };
    link_event(plan, t, gone)?;
    let old = t.deal_id;
    if to.is_some() {
        // A task is on a deal or a campaign, never both (`err.task_one_link`).
        t.campaign_id = None;
    }
    t.deal_id = to;
    plan.event(
        entity(t.id),
        Change::Field {
            field: "deal_id".into(),
            old: old.map(|d| d.to_string()),
            new: to.map(|d| d.to_string()),
        },
    )?;
    if to.is_some() {
        let added = Change::TaskAdded {
            task_id: t.id,
            title,
        };
        link_event(plan, t, added)?;
    }
    Ok(())
}

/// Edit a task's title, kind, assignee or due time; each change is in its history, and a
/// newly assigned person is told.
pub fn update(plan: &mut Plan, id: u64, p: TaskPatch) -> Result<Option<u64>> {
    let old: Task = plan
        .get(T::Tasks, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_task", &[&id]))?;
    let mut t = old.clone();
    if let Some(title) = &p.title {
        t.title = validate::required_line("col.title", title)?;
    }
    if let Some(k) = p.kind {
        t.kind = k;
    }
    if let Some(a) = &p.assignee {
        let user: Option<User> = plan.get(T::Users, a.trim().as_bytes())?;
        t.assignee = user
            .map(|u| u.login)
            .ok_or_else(|| invalid("err.no_user", &[&a]))?;
    }
    if let Some(due) = p.due {
        t.due = validate::optional_date(due)?;
    }
    if let Some(to) = p.deal {
        move_task(plan, &mut t, to)?;
    }
    let fmt_due =
        |d: Option<chrono::NaiveDateTime>| d.map(|d| d.format("%Y-%m-%d %H:%M").to_string());
    let changes = [
        ("title", Some(old.title.clone()), Some(t.title.clone())),
        (
            "kind",
            Some(old.kind.as_str().to_owned()),
            Some(t.kind.as_str().to_owned()),
        ),
        (
            "assignee",
            Some(old.assignee.clone()),
            Some(t.assignee.clone()),
        ),
        ("due", fmt_due(old.due), fmt_due(t.due)),
    ];
    for (field, o, n) in changes {
        if o != n {
            let seq = plan.event(
                entity(id),
                Change::Field {
                    field: field.into(),
                    old: o,
                    new: n,
                },
            )?;
            if field == "assignee" && t.assignee != plan.actor.login {
                let who = t.assignee.clone();
                plan.notify(&who, seq);
            }
        }
    }
    plan.put(T::Tasks, keys::id(id), &t);
    Ok(Some(id))
}
