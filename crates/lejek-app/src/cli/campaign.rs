//! `lejek campaign create|add-deals|list|show|set|file|comment|attach`; the batch itself (create with
//! --contacts/--csv, add-deals) is in `batch.rs`.

use std::path::PathBuf;
use std::time::Duration;

use super::args::{BatchArgs, CampaignCmd, CampaignFileCmd, ListArgs};
use super::batch::{self, Batch};
use super::context::Context;
use super::show::{history_json, print_entries, print_history, print_list};
use crate::i18n::{Lang, tr};
use crate::model::{EntityKind, EntityRef};
use crate::render::columns::{campaign_columns, deal_columns, render_rows, time};
use crate::render::{Format, json, safe, table};
use crate::service::query::FilterOf;
use crate::service::{CampaignDraft, CampaignPatch, Command, Result};

fn on(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Campaign,
        id,
    }
}

/// Open the database for a campaign command: a batch waits for another process holding the
/// database (`--wait`, default 60 s); everything else fails at once, as other commands do.
pub fn open(
    db: &Option<PathBuf>,
    user: Option<String>,
    lang: Lang,
    access: super::context::Access,
    cmd: &CampaignCmd,
) -> Result<Context> {
    let batch = match cmd {
        CampaignCmd::Create { batch, .. } if is_batch(batch) => Some(batch),
        CampaignCmd::AddDeals { batch, .. } => Some(batch),
        _ => None,
    };
    match batch {
        Some(b) => {
            let wait = Duration::from_secs(b.wait.unwrap_or(DEFAULT_WAIT_SECS));
            Context::front_waiting(db, user, lang, access, wait)
        }
        None => Context::front(db, user, lang, access),
    }
}

/// How long a batch waits for the database by default: long enough for another cron job or
/// a short command to finish.
const DEFAULT_WAIT_SECS: u64 = 60;

/// `campaign create` makes a batch when it is given contacts to add.
fn is_batch(b: &BatchArgs) -> bool {
    b.contacts.is_some() || b.csv.is_some()
}

/// The first batch-only option given without --contacts/--csv, to say it does nothing alone.
fn batch_option_alone(b: &BatchArgs) -> Option<&'static str> {
    [
        ("--deal-title", b.deal_title.is_some()),
        ("--offer", b.offer.is_some()),
        ("--value", b.value.is_some()),
        ("--currency", b.currency.is_some()),
        ("--owner", b.owner.is_some()),
        ("--source", b.source.is_some()),
        ("--stage", b.stage.is_some()),
        ("--next", b.next.is_some()),
        ("--dry-run", b.dry_run),
        ("--wait", b.wait.is_some()),
    ]
    .into_iter()
    .find(|(_, given)| *given)
    .map(|(flag, _)| flag)
}

pub fn run(ctx: &Context, cmd: CampaignCmd) -> Result<i32> {
    match cmd {
        CampaignCmd::Create {
            name,
            goals,
            rules,
            description,
            tags,
            batch,
            out,
        } if is_batch(&batch) => {
            // A campaign created by the batch gets the goals and rules; the description and
            // tags are the deals' (what a promotion's deals are found by, D3).
            let create = CampaignDraft {
                name: name.clone(),
                goals,
                rules,
                description: None,
                tags: Vec::new(),
            };
            batch::run(
                ctx,
                Batch {
                    campaign: name,
                    create,
                    description,
                    tags,
                    args: batch,
                    format: out.format,
                },
            )
        }
        CampaignCmd::Create {
            name,
            goals,
            rules,
            description,
            tags,
            batch,
            out,
        } => {
            if let Some(flag) = batch_option_alone(&batch) {
                return Err(super::bad("batch.err.needs_selection", &[&flag]));
            }
            let draft = CampaignDraft {
                name,
                goals,
                rules,
                description,
                tags,
            };
            let id = ctx
                .apply(Command::AddCampaign(draft))?
                .id
                .unwrap_or_default();
            ctx.print_created(id, out.format, || Ok(json(&ctx.svc.campaign_view(id)?)))
        }
        CampaignCmd::AddDeals {
            campaign,
            description,
            tags,
            batch,
            format,
        } => {
            if !is_batch(&batch) {
                return Err(super::bad("batch.err.no_selection", &[]));
            }
            // The campaign must exist; from here on its name is what the batch works on.
            let name = ctx.svc.find_campaign(&campaign)?.name;
            batch::run(
                ctx,
                Batch {
                    campaign: name,
                    create: CampaignDraft::default(),
                    description,
                    tags,
                    args: batch,
                    format,
                },
            )
        }
        CampaignCmd::List(a) => list(ctx, a),
        CampaignCmd::Show { campaign, format } => show(ctx, &campaign, format),
        CampaignCmd::Comment { campaign, text } => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            let out = ctx.apply(Command::AddComment { on: on(id), text })?;
            println!("{}", out.id.unwrap_or_default());
            Ok(0)
        }
        CampaignCmd::Attach {
            campaign,
            path,
            name,
        } => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            super::files::attach(ctx, on(id), &path, name)
        }
        CampaignCmd::Set {
            campaign,
            name,
            goals,
            rules,
            description,
            tags,
            untag,
        } => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            // An empty text clears it (`--rules ""`), as `task set --due ""` does.
            let text = |v: Option<String>| v.map(|s| Some(s).filter(|s| !s.trim().is_empty()));
            let patch = CampaignPatch {
                name,
                goals: text(goals),
                rules: text(rules),
                description: text(description),
                add_tags: tags,
                remove_tags: untag,
            };
            ctx.apply(Command::UpdateCampaign { id, patch })?;
            Ok(0)
        }
        CampaignCmd::File(CampaignFileCmd::List { campaign, format }) => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            super::file_out::list(ctx, on(id), format)
        }
        CampaignCmd::File(CampaignFileCmd::Get { campaign, out }) => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            super::file_out::get(ctx, on(id), &out)
        }
        CampaignCmd::File(CampaignFileCmd::Remove { campaign, file }) => {
            let id = ctx.svc.find_campaign(&campaign)?.id;
            super::remove::file(ctx, on(id), &file)
        }
    }
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    super::list_stream::run(
        ctx,
        a,
        FilterOf::Campaign,
        &campaign_columns(),
        |q| ctx.svc.page_campaigns(q),
        None,
    )
}

fn show(ctx: &Context, campaign: &str, format: Format) -> Result<i32> {
    let id = ctx.svc.find_campaign(campaign)?.id;
    let v = ctx.svc.campaign_view(id)?;
    let deals = ctx.svc.deals_of_campaign(id)?;
    let journal = ctx.svc.journal(on(id))?;
    let history = &journal.history;
    let l = ctx.lang;
    match format {
        Format::Json => {
            let mut value = serde_json::to_value(&v).unwrap_or_default();
            value["deal_ids"] =
                serde_json::to_value(deals.iter().map(|d| d.id).collect::<Vec<_>>())
                    .unwrap_or_default();
            value["history"] = history_json(ctx, history);
            value["notes"] = serde_json::to_value(&journal.notes).unwrap_or_default();
            value["comments"] = serde_json::to_value(&journal.comments).unwrap_or_default();
            value["files"] = serde_json::to_value(&journal.attachments).unwrap_or_default();
            println!("{}", json(&value));
        }
        Format::Csv => print_list(ctx, &deal_columns(), &deals, deals.len(), Format::Csv),
        Format::Table => {
            let rows = vec![
                (tr(l, "col.id").to_owned(), v.id.to_string()),
                (tr(l, "col.name").to_owned(), v.name.clone()),
                (
                    tr(l, "col.goals").to_owned(),
                    v.goals.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.rules").to_owned(),
                    v.rules.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.description").to_owned(),
                    v.description.clone().unwrap_or_default(),
                ),
                (tr(l, "col.tags").to_owned(), v.tags.join(", ")),
                (tr(l, "col.deals").to_owned(), v.deals.to_string()),
                (tr(l, "col.open_value").to_owned(), v.open_value.clone()),
                (tr(l, "col.won_value").to_owned(), v.won_value.clone()),
                (tr(l, "col.lost_value").to_owned(), v.lost_value.clone()),
                (tr(l, "col.created").to_owned(), time(v.created, l)),
            ];
            println!("{}", table::key_values(&rows));
            // Progress at a glance (K4): deals per stage, in pipeline order (issue 19).
            let mut per_stage: Vec<(u32, String, usize)> = Vec::new();
            for d in &deals {
                match per_stage.iter_mut().find(|(_, s, _)| *s == d.stage) {
                    Some(e) => e.2 += 1,
                    None => per_stage.push((d.stage_rank, d.stage.clone(), 1)),
                }
            }
            per_stage.sort_by_key(|(rank, _, _)| *rank);
            if !per_stage.is_empty() {
                println!("\n{}", tr(l, "show.per_stage"));
                for (_, s, n) in per_stage {
                    println!("  {:<24} {n}", safe(&s));
                }
            }
            print_entries(
                l,
                "show.discussion",
                journal
                    .comments
                    .iter()
                    .map(|e| (e.created, e.author.as_str(), e.text.as_str())),
            );
            let files = &journal.attachments;
            if !files.is_empty() {
                println!("\n{}", tr(l, "show.files"));
                for f in files {
                    println!("  #{} {} ({} B)", f.id, safe(&f.name), f.size);
                }
            }
            println!("\n{}", tr(l, "show.deals"));
            println!("{}", render_rows(&deal_columns(), &deals, l, false));
            print_history(ctx, history);
        }
    }
    Ok(0)
}
