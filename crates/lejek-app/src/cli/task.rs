//! `lejek task add|list|done`.

use super::args::{ListArgs, TaskCmd};
use super::context::Context;
use super::input;
use crate::render::columns::task_columns;
use crate::render::json;
use crate::service::query::{FilterOf, task_view};
use crate::service::{Command, Result, TaskDraft, TaskPatch};

pub fn run(ctx: &Context, cmd: TaskCmd) -> Result<i32> {
    match cmd {
        TaskCmd::Add {
            title,
            kind,
            assignee,
            due,
            deal,
            campaign,
            out,
        } => {
            let campaign_id = match campaign.as_deref().map(str::trim) {
                None | Some("") => None,
                Some(c) => Some(ctx.svc.find_campaign(c)?.id),
            };
            let draft = TaskDraft {
                kind: input::task_kind(&kind)?,
                title,
                assignee,
                due: due
                    .as_deref()
                    .map(|d| input::date_time(d, ctx.today()))
                    .transpose()?,
                deal_id: deal,
                campaign_id,
            };
            let id = ctx.apply(Command::AddTask(draft))?.id.unwrap_or_default();
            ctx.print_created(id, out.format, || Ok(json(&task_view(ctx.svc.task(id)?))))
        }
        TaskCmd::List(a) => list(ctx, a),
        TaskCmd::Done { id } => {
            ctx.apply(Command::CompleteTask { id })?;
            Ok(0)
        }
        TaskCmd::Reopen { id } => {
            ctx.apply(Command::ReopenTask { id })?;
            Ok(0)
        }
        TaskCmd::Remove { id } => {
            ctx.apply(Command::RemoveTask { id })?;
            Ok(0)
        }
        TaskCmd::Set {
            id,
            title,
            kind,
            assignee,
            due,
            deal,
            no_deal,
        } => {
            let due = match due.as_deref().map(str::trim) {
                None => None,
                Some("") => Some(None),
                Some(d) => Some(Some(input::date_time(d, ctx.today())?)),
            };
            let patch = TaskPatch {
                title,
                kind: kind.as_deref().map(input::task_kind).transpose()?,
                assignee,
                due,
                deal: if no_deal { Some(None) } else { deal.map(Some) },
            };
            ctx.apply(Command::UpdateTask { id, patch })?;
            Ok(0)
        }
    }
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    super::list_stream::run(
        ctx,
        a,
        FilterOf::Task,
        &task_columns(),
        |q| ctx.svc.page_tasks(q),
        None,
    )
}
