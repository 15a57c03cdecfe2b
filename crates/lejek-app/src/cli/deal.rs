//! `lejek deal add|list|show|set|note|comment|attach|win|lose`.

use super::args::{DealCmd, DealFields, DealFileCmd, ShowArgs};
use super::context::Context;
use super::show::{history_json, print_entries, print_history, print_list};
use super::{bad, input};
use crate::i18n::tr;
use crate::model::{EntityKind, EntityRef};
use crate::render::columns::{MARK, date, deal_columns, deal_value, time};
use crate::render::{Format, json, safe, table};
use crate::service::{Command, DealDraft, DealPatch, Result};

fn on(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Deal,
        id,
    }
}

pub fn run(ctx: &Context, cmd: DealCmd) -> Result<i32> {
    match cmd {
        DealCmd::Add {
            contact,
            fields,
            out,
        } => add(ctx, contact, fields, out.format),
        DealCmd::List(a) => super::deal_list::list(ctx, a),
        DealCmd::Show(a) => show(ctx, a),
        DealCmd::Set {
            id,
            fields,
            contact,
            untag,
            reason,
            clear,
        } => set(ctx, id, fields, contact, untag, reason, clear),
        // The new id, as `add` prints it: what `lejek note edit ID` takes (issue 18).
        DealCmd::Note { id, text } => {
            let out = ctx.apply(Command::AddNote { on: on(id), text })?;
            println!("{}", out.id.unwrap_or_default());
            Ok(0)
        }
        DealCmd::Comment { id, text } => {
            let out = ctx.apply(Command::AddComment { on: on(id), text })?;
            println!("{}", out.id.unwrap_or_default());
            Ok(0)
        }
        DealCmd::Attach { id, path, name } => super::files::attach(ctx, on(id), &path, name),
        DealCmd::File(DealFileCmd::List { id, format }) => {
            super::file_out::list(ctx, on(id), format)
        }
        DealCmd::File(DealFileCmd::Get { id, out }) => super::file_out::get(ctx, on(id), &out),
        DealCmd::File(DealFileCmd::Remove { id, file }) => super::remove::file(ctx, on(id), &file),
        DealCmd::NoteRemove { id, note } => super::remove::note(ctx, on(id), note),
        DealCmd::Remove { id } => {
            ctx.apply(Command::RemoveDeal { id })?;
            Ok(0)
        }
        DealCmd::Win { id, stage } => {
            ctx.apply(Command::WinDeal { id, stage })?;
            Ok(0)
        }
        DealCmd::Lose { id, reason, stage } => {
            let Some(reason) = reason.filter(|r| !r.trim().is_empty()) else {
                return Err(bad("err.loss_reason_required", &[]));
            };
            ctx.apply(Command::LoseDeal { id, reason, stage })?;
            Ok(0)
        }
    }
}

fn campaign_id(ctx: &Context, c: Option<&str>) -> Result<Option<u64>> {
    match c.map(str::trim) {
        None | Some("") => Ok(None),
        Some(c) => Ok(Some(ctx.svc.find_campaign(c)?.id)),
    }
}

/// `--currency` is the currency of `--value`; alone it would be silently ignored.
fn currency_needs_value(f: &DealFields) -> Result<()> {
    if f.currency.is_some() && f.value.is_none() {
        return Err(bad("limits.money.currency_alone", &[]));
    }
    Ok(())
}

fn add(ctx: &Context, contact: u64, f: DealFields, format: Format) -> Result<i32> {
    currency_needs_value(&f)?;
    let value = f
        .value
        .as_deref()
        .map(|v| input::money(v, f.currency.as_deref()))
        .transpose()?;
    let next = f
        .next
        .as_deref()
        .map(|d| input::date(d, ctx.today()))
        .transpose()?;
    let expected = f
        .expected
        .as_deref()
        .map(|d| input::date(d, ctx.today()))
        .transpose()?;
    let draft = DealDraft {
        contact_id: contact,
        title: f.title.unwrap_or_default(),
        offer: f.offer,
        description: f.description,
        owner: f.owner,
        stage: f.stage,
        source: f.source,
        value,
        next_activity: next,
        tags: f.tags,
        campaign_id: campaign_id(ctx, f.campaign.as_deref())?,
        expected_close: expected,
        fields: super::field_values::pairs(&f.field)?,
    };
    let id = ctx.apply(Command::AddDeal(draft))?.id.unwrap_or_default();
    ctx.print_created(id, format, || Ok(json(&ctx.svc.deal_view(id)?)))
}

fn show(ctx: &Context, a: ShowArgs) -> Result<i32> {
    let v = ctx.svc.deal_view(a.id)?;
    let journal = ctx.svc.journal(on(a.id))?;
    let history = &journal.history;
    let l = ctx.lang;
    match a.format {
        Format::Json => {
            let mut value = serde_json::to_value(&v).unwrap_or_default();
            value["history"] = history_json(ctx, history);
            value["notes"] = serde_json::to_value(&journal.notes).unwrap_or_default();
            value["comments"] = serde_json::to_value(&journal.comments).unwrap_or_default();
            value["files"] = serde_json::to_value(&journal.attachments).unwrap_or_default();
            value["tasks"] = serde_json::to_value(&journal.tasks).unwrap_or_default();
            println!("{}", json(&value));
        }
        Format::Csv => print_list(ctx, &deal_columns(), &[v], 1, Format::Csv),
        Format::Table => {
            let kind_label = tr(
                l,
                match v.stage_kind {
                    "won" => "stage.won",
                    "lost" => "stage.lost",
                    _ => "stage.open",
                },
            );
            let rows = vec![
                (tr(l, "col.id").to_owned(), v.id.to_string()),
                (tr(l, "col.title").to_owned(), v.title.clone()),
                (
                    tr(l, "col.contact").to_owned(),
                    format!("{} (#{})", v.contact, v.contact_id),
                ),
                (
                    tr(l, "col.offer").to_owned(),
                    v.offer.clone().unwrap_or_default(),
                ),
                (tr(l, "col.owner").to_owned(), v.owner.clone()),
                (
                    tr(l, "col.stage").to_owned(),
                    format!("{} ({kind_label})", v.stage),
                ),
                (
                    tr(l, "col.source").to_owned(),
                    v.source.clone().unwrap_or_default(),
                ),
                (tr(l, "col.value").to_owned(), deal_value(&v, l)),
                (tr(l, "col.next").to_owned(), date(v.next_activity, l)),
                (tr(l, "col.last").to_owned(), time(v.last_activity, l)),
                (tr(l, "col.expected").to_owned(), date(v.expected_close, l)),
                (
                    tr(l, "col.days_in_stage").to_owned(),
                    v.days_in_stage.to_string(),
                ),
                (
                    tr(l, "col.rotting").to_owned(),
                    if v.rotting {
                        format!("{MARK}{}", tr(l, "show.rotting"))
                    } else {
                        String::new()
                    },
                ),
                (tr(l, "col.tags").to_owned(), v.tags.join(", ")),
                (
                    tr(l, "col.campaign").to_owned(),
                    v.campaign.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.loss_reason").to_owned(),
                    v.loss_reason.clone().unwrap_or_default(),
                ),
                (tr(l, "col.created").to_owned(), time(v.created, l)),
                (
                    tr(l, "col.closed").to_owned(),
                    v.closed.map(|c| time(c, l)).unwrap_or_default(),
                ),
                (
                    tr(l, "col.description").to_owned(),
                    v.description.clone().unwrap_or_default(),
                ),
            ];
            let mut rows = rows;
            // A line per custom value, labelled in the user's language (issue 20).
            rows.extend(crate::model::custom_field::card_lines(
                &ctx.svc.field_defs()?,
                crate::model::FieldOn::Deal,
                &v.deal.fields,
                l,
            ));
            println!("{}", table::key_values(&rows));
            print_entries(
                l,
                "show.notes",
                journal
                    .notes
                    .iter()
                    .map(|e| (e.created, e.author.as_str(), e.text.as_str())),
            );
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
                    println!(
                        "  #{} {} ({} B, {})",
                        f.id,
                        safe(&f.name),
                        f.size,
                        &f.sha256[..12.min(f.sha256.len())]
                    );
                }
            }
            let tasks = &journal.tasks;
            if !tasks.is_empty() {
                println!("\n{}", tr(l, "show.tasks"));
                for t in tasks {
                    let done = if t.done_at.is_some() { "x" } else { " " };
                    println!(
                        "  [{done}] #{} {} ({})",
                        t.id,
                        safe(&t.title),
                        safe(&t.assignee)
                    );
                }
            }
            print_history(ctx, history);
        }
    }
    Ok(0)
}

fn set(
    ctx: &Context,
    id: u64,
    f: DealFields,
    contact: Option<u64>,
    untag: Vec<String>,
    reason: Option<String>,
    clear: Vec<String>,
) -> Result<i32> {
    currency_needs_value(&f)?;
    let mut patch = DealPatch {
        title: f.title,
        offer: f.offer.map(Some),
        description: f.description.map(Some),
        owner: f.owner,
        stage: f.stage,
        loss_reason: reason,
        source: f.source.map(Some),
        value: match f.value.as_deref() {
            // The deal's currency is kept unless --currency changes it.
            Some(v) => {
                let current = ctx.svc.deal(id)?.value;
                let now = current.as_ref().map(|m| (id, m));
                Some(Some(input::money_for(v, f.currency.as_deref(), now)?))
            }
            None => None,
        },
        next_activity: f
            .next
            .as_deref()
            .map(|d| input::date(d, ctx.today()).map(Some))
            .transpose()?,
        add_tags: f.tags,
        remove_tags: untag,
        campaign_id: campaign_id(ctx, f.campaign.as_deref())?.map(Some),
        contact_id: contact,
        expected_close: f
            .expected
            .as_deref()
            .map(|d| input::date(d, ctx.today()).map(Some))
            .transpose()?,
        fields: super::field_values::pairs(&f.field)?,
    };
    for field in clear {
        match field.as_str() {
            "next" | "next_activity" => patch.next_activity = Some(None),
            "expected" | "expected_close" => patch.expected_close = Some(None),
            "value" => patch.value = Some(None),
            "source" => patch.source = Some(None),
            "campaign" => patch.campaign_id = Some(None),
            "offer" => patch.offer = Some(None),
            "description" => patch.description = Some(None),
            other => return Err(bad("err.bad_clear", &[&other])),
        }
    }
    ctx.apply(Command::UpdateDeal { id, patch })?;
    Ok(0)
}
