//! Batch campaigns for scripts and cron (C6, B1-B5): one deal per contact matched by a filter
//! or listed in a CSV file, all in one campaign found by its name (or created).
//!
//! The work is `Command::AddDealsToCampaign`, the same command the TUI's bulk operation
//! uses, applied in chunks by the core (`service::batch_chunks`: each chunk one
//! transaction, so a re-run completes a batch without duplicates, B2, B5); here the
//! selection, the progress and the summary.
//!
//! Everything the user typed is checked before the first write (exit 2, nothing written):
//! money and dates here, the filter and the CSV file while selecting, and owner, stage,
//! source and title by planning one deal without writing it.

use std::io::IsTerminal;

use serde::Serialize;
use tracing::{debug, info};

use super::args::BatchArgs;
use super::batch_csv::{self, Unmatched};
use super::context::Context;
use super::progress::{self, Progress};
use super::{bad, input};
use crate::i18n::{Lang, tr, trf};
use crate::model::Id;
use crate::render::{Format, json, table};
use crate::service::batch_chunks::{self, BatchDeals};
use crate::service::query::{FilterOf, ListQuery};
use crate::service::{CampaignDraft, Command, DealDraft, Result};

/// One batch: the campaign, the deals' common fields, the selection.
pub struct Batch {
    /// The campaign's name: its identity (B2).
    pub campaign: String,
    /// How to create the campaign when no campaign has that name yet.
    pub create: CampaignDraft,
    /// The description and tags of every new deal.
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub args: BatchArgs,
    pub format: Format,
}

/// What a batch did, or on a dry run would do (the JSON summary is a contract, DESIGN.md).
#[derive(Debug, Serialize)]
struct Summary {
    /// None on a dry run that would create the campaign.
    campaign_id: Option<Id>,
    campaign: String,
    created: usize,
    skipped: usize,
    unmatched: Vec<Unmatched>,
    /// The new deals; empty on a dry run, which creates none.
    deal_ids: Vec<Id>,
    dry_run: bool,
    /// Whether the contacts came from a CSV file (the table then counts its rows too).
    #[serde(skip)]
    from_csv: bool,
}

/// Run a batch; the exit code is 0, or 3 when some CSV rows matched no contact (partial).
pub fn run(ctx: &Context, b: Batch) -> Result<i32> {
    if b.format == Format::Csv {
        return Err(bad("batch.err.format", &[]));
    }
    if ctx.svc.user(&ctx.user)?.is_none() {
        return Err(bad("err.actor_unknown", &[&ctx.user]));
    }
    let deal = deal_draft(ctx, &b)?;
    if b.args.dry_run
        && b.args.csv.is_none()
        && let Some(filter) = &b.args.contacts
    {
        return dry_run_matching(ctx, &b, deal, filter);
    }
    let (contacts, unmatched) = select(ctx, &b.args)?;
    // A dry run over some contacts checks the deal's fields itself (the server plans one
    // deal in full even when all are in the campaign already): one request fewer.
    if !b.args.dry_run || contacts.is_empty() {
        validate(ctx, &deal, &contacts)?;
    }
    let mut summary = Summary {
        campaign_id: None,
        campaign: b.campaign.clone(),
        created: 0,
        skipped: 0,
        unmatched,
        deal_ids: Vec::new(),
        dry_run: b.args.dry_run,
        from_csv: b.args.csv.is_some(),
    };
    let bar = Progress::bar(
        ctx.lang,
        tr(ctx.lang, "progress.contacts"),
        contacts.len() as u64,
    );
    let size = batch_chunks::chunk_size();
    info!(
        campaign = %b.campaign,
        contacts = contacts.len(),
        chunks = batch_chunks::chunks(&contacts, size).len(),
        dry_run = b.args.dry_run,
        "batch: starting"
    );
    let batch = BatchDeals {
        campaign: b.campaign.clone(),
        create: b.create.clone(),
        deal,
    };
    if b.args.dry_run {
        summary.campaign_id = existing_campaign(ctx, &b.campaign)?;
        // A dry run writes nothing, so it needs no chunks: one request plans it all.
        let planned = batch_chunks::apply_in_chunks(
            &batch,
            &contacts,
            contacts.len().max(1),
            &mut |cmd| ctx.svc.dry_run(cmd),
            &mut |c| bar.inc(c.contacts as u64),
        )
        .map_err(|i| i.error)?;
        summary.created = planned.created.len();
        summary.skipped = planned.skipped;
    } else {
        let crash_after = crash_after_chunks();
        let done = batch_chunks::apply_in_chunks(
            &batch,
            &contacts,
            size,
            &mut |cmd| ctx.svc.apply(cmd),
            &mut |c| {
                debug!(
                    chunk = c.index + 1,
                    of = c.of,
                    created = c.outcome.created.len(),
                    skipped = c.outcome.skipped.len(),
                    "batch: chunk committed"
                );
                bar.inc(c.contacts as u64);
                if crash_after == Some(c.index + 1) {
                    // Test-only: die like kill -9 between two chunks (see crash_after_chunks).
                    std::process::abort();
                }
            },
        );
        let done = match done {
            Ok(done) => done,
            Err(stopped) => {
                drop(bar);
                if stopped.created > 0 {
                    // Whole chunks are in; the same command finishes the rest (B5).
                    // Part of the error, so it prints even with --quiet.
                    let n = stopped.created;
                    eprintln!("lejek: {}", trf(ctx.lang, "batch.interrupted", &[&n]));
                }
                return Err(stopped.error);
            }
        };
        summary.campaign_id = done.campaign_id;
        summary.created = done.created.len();
        summary.skipped = done.skipped;
        summary.deal_ids = done.created;
    }
    drop(bar);
    finish(ctx, &summary, b.format);
    Ok(if summary.unmatched.is_empty() { 0 } else { 3 })
}

/// Print the summary; on a terminal the table on stdout already says it, cron gets one
/// line on stderr to mail.
fn finish(ctx: &Context, summary: &Summary, format: Format) {
    print(ctx, summary, format);
    if !std::io::stderr().is_terminal() {
        progress::summary(summary_line(ctx.lang, summary));
    }
}

/// The deal every selected contact gets; money and dates are parsed here (exit 2 if bad).
fn deal_draft(ctx: &Context, b: &Batch) -> Result<DealDraft> {
    let a = &b.args;
    let title = a
        .deal_title
        .clone()
        .ok_or_else(|| bad("batch.err.no_title", &[]))?;
    let value = match a.value.as_deref() {
        Some(v) => Some(input::money(v, a.currency.as_deref())?),
        None if a.currency.is_some() => return Err(bad("batch.err.currency_alone", &[])),
        None => None,
    };
    let next_activity = match a.next.as_deref() {
        Some(d) => Some(input::date(d, ctx.today())?),
        None => None,
    };
    Ok(DealDraft {
        contact_id: 0,
        title,
        offer: a.offer.clone(),
        description: b.description.clone(),
        owner: a.owner.clone(),
        stage: a.stage.clone(),
        source: a.source.clone(),
        value,
        next_activity,
        tags: b.tags.clone(),
        campaign_id: None,
        expected_close: None,
        fields: Vec::new(),
    })
}

/// A dry run over a filter: the server selects the contacts itself and plans the deals
/// in one request, so 60,000 ids do not travel there and back (issue 17: a dry run costs
/// about what a list does). A filter that is bad input fails the same way `select` does.
fn dry_run_matching(ctx: &Context, b: &Batch, deal: DealDraft, filter: &str) -> Result<i32> {
    let campaign_id = existing_campaign(ctx, &b.campaign)?;
    // Counts only: the planned ids would be 60,000 numbers nobody prints.
    let planned = ctx.svc.dry_run_count(Command::AddDealsToCampaign {
        campaign: b.campaign.clone(),
        create: b.create.clone(),
        contacts: Vec::new(),
        matching: Some(filter.to_owned()),
        deal: deal.clone(),
    })?;
    if planned.created == 0 && planned.skipped == 0 {
        // No contact matched: the deal's fields are still checked (an unknown owner is
        // bad input whatever the selection).
        validate(ctx, &deal, &[])?;
    }
    let summary = Summary {
        campaign_id,
        campaign: b.campaign.clone(),
        created: planned.created,
        skipped: planned.skipped,
        unmatched: Vec::new(),
        deal_ids: Vec::new(),
        dry_run: true,
        from_csv: false,
    };
    finish(ctx, &summary, b.format);
    Ok(0)
}

/// The selected contacts (in id order for a filter, file order for a CSV; no repeats) and
/// the CSV rows that matched none.
fn select(ctx: &Context, a: &BatchArgs) -> Result<(Vec<Id>, Vec<Unmatched>)> {
    if let Some(path) = &a.csv {
        let all = ctx.svc.list_contacts(&ListQuery {
            me: ctx.user.clone(),
            ..Default::default()
        })?;
        let m = batch_csv::read(path, &all)?;
        return Ok((m.contacts, m.unmatched));
    }
    let Some(filter) = &a.contacts else {
        return Err(bad("batch.err.no_selection", &[]));
    };
    // Only the ids: the server's read model answers without building a view per contact.
    let ids = ctx.svc.ids(
        FilterOf::Contact,
        &ListQuery {
            filter: filter.clone(),
            me: ctx.user.clone(),
            ..Default::default()
        },
    )?;
    Ok((ids, Vec::new()))
}

/// Plan one deal exactly as the batch will, writing nothing, so an unknown owner, stage or
/// source or an empty title is bad input even when every contact is already in the
/// campaign. Contact-independent checks are the same for every contact, so one is enough.
/// The campaign's own fields are checked by the first chunk, which writes nothing if they
/// are wrong.
fn validate(ctx: &Context, deal: &DealDraft, contacts: &[Id]) -> Result<()> {
    let probe = match contacts.first() {
        Some(id) => Some(*id),
        None => ctx
            .svc
            .list_contacts(&ListQuery {
                limit: Some(1),
                ..Default::default()
            })?
            .first()
            .map(|c| c.id),
    };
    if let Some(contact_id) = probe {
        let draft = DealDraft {
            contact_id,
            ..deal.clone()
        };
        ctx.svc.dry_run(Command::AddDeal(draft))?;
    }
    Ok(())
}

/// The id of the campaign with this name, if there is one (for a dry run's summary). By name
/// only: `--name 2026` names a campaign, it is not campaign #2026.
fn existing_campaign(ctx: &Context, name: &str) -> Result<Option<Id>> {
    let wanted = crate::text::fold(name.trim());
    if let Ok(c) = ctx.svc.find_campaign(name)
        && crate::text::fold(&c.name) == wanted
    {
        return Ok(Some(c.id));
    }
    if name.trim().parse::<u64>().is_err() {
        return Ok(None);
    }
    // A numeric name that is also some other campaign's id: look through the names.
    let all = ctx.svc.list_campaigns(&ListQuery::default())?;
    Ok(all
        .iter()
        .find(|c| crate::text::fold(&c.name) == wanted)
        .map(|c| c.id))
}

/// Test-only hook: `LEJEK_TEST_CRASH_AFTER_CHUNKS=N` aborts the process (no unwinding, no
/// destructors, like kill -9) right after the N-th chunk is committed, so the crash test
/// can stop a batch at a known point and check that a re-run completes it.
fn crash_after_chunks() -> Option<usize> {
    std::env::var("LEJEK_TEST_CRASH_AFTER_CHUNKS")
        .ok()
        .and_then(|v| v.parse().ok())
}

fn print(ctx: &Context, s: &Summary, format: Format) {
    let l = ctx.lang;
    if format == Format::Json {
        println!("{}", json(s));
        return;
    }
    let campaign = match s.campaign_id {
        Some(id) => format!("{} (#{id})", s.campaign),
        None => format!("{} ({})", s.campaign, tr(l, "batch.new_campaign")),
    };
    let created_label = if s.dry_run {
        "batch.col.would_create"
    } else {
        "batch.col.created"
    };
    let mut rows = vec![
        (tr(l, "col.campaign").to_owned(), campaign),
        (tr(l, created_label).to_owned(), s.created.to_string()),
        (tr(l, "batch.col.skipped").to_owned(), s.skipped.to_string()),
    ];
    if s.from_csv {
        rows.push((
            tr(l, "batch.col.unmatched").to_owned(),
            s.unmatched.len().to_string(),
        ));
    }
    println!("{}", table::key_values(&rows));
    if !s.unmatched.is_empty() {
        let headers = [
            "batch.col.line",
            "batch.col.field",
            "col.value",
            "batch.col.reason",
        ]
        .map(|k| tr(l, k).to_owned());
        let rows: Vec<Vec<String>> = s
            .unmatched
            .iter()
            .map(|u| {
                vec![
                    u.line.to_string(),
                    u.field.map(field_name).unwrap_or_default().to_owned(),
                    u.value.clone(),
                    tr(l, u.reason.message_key()).to_owned(),
                ]
            })
            .collect();
        println!("\n{}", table::table(&headers, &rows));
    }
    if s.dry_run {
        println!("\n{}", tr(l, "batch.dry_run_note"));
    }
}

fn field_name(k: batch_csv::Key) -> &'static str {
    match k {
        batch_csv::Key::Id => "id",
        batch_csv::Key::Nip => "nip",
        batch_csv::Key::Email => "email",
        batch_csv::Key::Name => "name",
    }
}

/// One line for cron mail: what was done, and which CSV lines were skipped.
fn summary_line(l: Lang, s: &Summary) -> String {
    let id = s
        .campaign_id
        .map(|id| format!("#{id}"))
        .unwrap_or_else(|| tr(l, "batch.new_campaign").to_owned());
    let key = if s.dry_run {
        "batch.summary_dry"
    } else {
        "batch.summary"
    };
    let mut line = trf(l, key, &[&s.campaign, &id, &s.created, &s.skipped]);
    if !s.unmatched.is_empty() {
        const SHOWN: usize = 10;
        let mut lines: Vec<String> = s
            .unmatched
            .iter()
            .take(SHOWN)
            .map(|u| u.line.to_string())
            .collect();
        if s.unmatched.len() > SHOWN {
            lines.push("…".to_owned());
        }
        line.push_str(&trf(
            l,
            "batch.summary_unmatched",
            &[&s.unmatched.len(), &lines.join(", ")],
        ));
    }
    line
}
