//! `lejek contact add|list|show|set|end|reopen` (`duplicates` and `merge` are in
//! `duplicates.rs`).

use super::args::{ContactCmd, ContactFields, ListArgs, ShowArgs};
use super::context::Context;
use super::input;
use super::show::{print_history, print_list};
use crate::i18n::{tr, trf};
use crate::model::{EntityKind, EntityRef};
use crate::render::columns::{contact_columns, date, deal_columns, render_rows};
use crate::render::{Format, json, table};
use crate::service::query::FilterOf;
use crate::service::{Command, ContactDraft, ContactPatch, Result};

pub fn run(ctx: &Context, cmd: ContactCmd) -> Result<i32> {
    match cmd {
        ContactCmd::Add { fields, out } => add(ctx, fields, out.format),
        ContactCmd::List(a) => list(ctx, a),
        ContactCmd::Show(a) => show(ctx, a),
        ContactCmd::Set {
            id,
            fields,
            untag,
            unrole,
            reopen,
        } => set(ctx, id, fields, untag, unrole, reopen),
        ContactCmd::End { id, reason, date } => {
            let date = match date {
                Some(d) => input::date(&d, ctx.today())?,
                None => ctx.today(),
            };
            ctx.apply(Command::EndContact { id, reason, date })?;
            Ok(0)
        }
        ContactCmd::Reopen { id } => {
            ctx.apply(Command::ReopenContact { id })?;
            Ok(0)
        }
        ContactCmd::Duplicates { format, min_score } => {
            super::duplicates::list(ctx, format, min_score.as_deref())
        }
        ContactCmd::Merge { keep, other, yes } => super::duplicates::merge(ctx, keep, other, yes),
        ContactCmd::Remove {
            id,
            with_deals,
            detach_persons,
        } => {
            ctx.apply(Command::RemoveContact {
                id,
                with_deals,
                detach_persons,
            })?;
            Ok(0)
        }
        ContactCmd::ExportPersonal { id, output } => {
            super::rodo::export(ctx, id, output.as_deref())
        }
        ContactCmd::Erase { id, yes } => super::rodo::erase(ctx, id, yes),
    }
}

fn add(ctx: &Context, f: ContactFields, format: Format) -> Result<i32> {
    let kind = f.kind.as_deref().map(input::contact_kind).transpose()?;
    let draft = ContactDraft {
        kind,
        name: f.name.unwrap_or_default(),
        company_id: f.company,
        email: f.email,
        phone: f.phone,
        city: f.city,
        address: f.address,
        nip: f.nip,
        tags: f.tags,
        roles: f.roles,
        status: f.status,
        source: f.source,
        fields: super::field_values::pairs(&f.field)?,
    };
    let id = ctx
        .apply(Command::AddContact(draft))?
        .id
        .unwrap_or_default();
    ctx.print_created(id, format, || Ok(json(&ctx.svc.contact_view(id)?)))
}

fn list(ctx: &Context, a: ListArgs) -> Result<i32> {
    let cols = super::field_columns::with_fields(
        ctx,
        crate::model::FieldOn::Contact,
        contact_columns(),
        &a.columns,
    )?;
    super::list_stream::run(
        ctx,
        a,
        FilterOf::Contact,
        &cols,
        |q| ctx.svc.page_contacts(q),
        Some(&mut |ids| ctx.svc.contact_views_of(ids)),
    )
}

fn show(ctx: &Context, mut a: ShowArgs) -> Result<i32> {
    let v = ctx.svc.contact_view(a.id)?;
    if v.id != a.id {
        // A merged contact's id leads to the one kept (issue 20 item 2).
        eprintln!("{}", trf(ctx.lang, "dupes.followed", &[&a.id, &v.id]));
        a.id = v.id;
    }
    let on = EntityRef {
        kind: EntityKind::Contact,
        id: a.id,
    };
    let deals = ctx.svc.deals_of_contact(a.id)?;
    let journal = ctx.svc.journal(on)?;
    let history = journal.history;
    let l = ctx.lang;
    match a.format {
        Format::Json => {
            let mut value = serde_json::to_value(&v).unwrap_or_default();
            value["deals"] = serde_json::to_value(&deals).unwrap_or_default();
            value["history"] = super::show::history_json(ctx, &history);
            // With their ids, so a script can change them (`lejek note edit ID`).
            value["notes"] = serde_json::to_value(&journal.notes).unwrap_or_default();
            value["comments"] = serde_json::to_value(&journal.comments).unwrap_or_default();
            value["files"] = serde_json::to_value(&journal.attachments).unwrap_or_default();
            value["persons"] = serde_json::to_value(
                ctx.svc
                    .persons_of_company(a.id)?
                    .iter()
                    .map(|p| serde_json::json!({"id": p.id, "name": p.name}))
                    .collect::<Vec<_>>(),
            )
            .unwrap_or_default();
            println!("{}", json(&value));
        }
        Format::Csv => print_list(ctx, &contact_columns(), &[v], 1, Format::Csv),
        Format::Table => {
            let rows = vec![
                (tr(l, "col.id").to_owned(), v.id.to_string()),
                (tr(l, "col.name").to_owned(), v.name.clone()),
                (
                    tr(l, "col.kind").to_owned(),
                    tr(
                        l,
                        if v.kind == "company" {
                            "kind.company"
                        } else {
                            "kind.person"
                        },
                    )
                    .to_owned(),
                ),
                (
                    tr(l, "col.company").to_owned(),
                    v.company.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.email").to_owned(),
                    v.email.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.phone").to_owned(),
                    v.phone.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.city").to_owned(),
                    v.city.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.address").to_owned(),
                    v.address.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.nip").to_owned(),
                    v.nip.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.status").to_owned(),
                    v.status.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.source").to_owned(),
                    v.source.clone().unwrap_or_default(),
                ),
                (
                    tr(l, "col.end_reason").to_owned(),
                    v.end_reason.clone().unwrap_or_default(),
                ),
                (tr(l, "col.ended").to_owned(), date(v.ended, l)),
                (tr(l, "col.tags").to_owned(), v.tags.join(", ")),
                (tr(l, "col.roles").to_owned(), v.roles.join(", ")),
                (
                    tr(l, "col.created").to_owned(),
                    crate::render::columns::time(v.created, l),
                ),
            ];
            let mut rows = rows;
            // A line per custom value, labelled in the user's language (issue 20).
            rows.extend(crate::model::custom_field::card_lines(
                &ctx.svc.field_defs()?,
                crate::model::FieldOn::Contact,
                &v.contact.fields,
                l,
            ));
            println!("{}", table::key_values(&rows));
            let persons = ctx.svc.persons_of_company(a.id)?;
            if !persons.is_empty() {
                println!("\n{}", tr(l, "show.persons"));
                for p in persons {
                    println!("  #{} {}", p.id, crate::render::safe(&p.name));
                }
            }
            println!("\n{}", tr(l, "show.deals"));
            if deals.is_empty() {
                println!("  {}", tr(l, "show.none"));
            } else {
                println!("{}", render_rows(&deal_columns(), &deals, l, false));
            }
            print_history(ctx, &history);
        }
    }
    Ok(0)
}

fn set(
    ctx: &Context,
    id: u64,
    f: ContactFields,
    untag: Vec<String>,
    unrole: Vec<String>,
    reopen: bool,
) -> Result<i32> {
    // An empty string clears an optional field: `--email ""`.
    let clearable = |v: Option<String>| v.map(|s| if s.trim().is_empty() { None } else { Some(s) });
    let patch = ContactPatch {
        kind: f.kind.as_deref().map(input::contact_kind).transpose()?,
        name: f.name,
        company_id: f.company.map(|c| if c == 0 { None } else { Some(c) }),
        email: clearable(f.email),
        phone: clearable(f.phone),
        city: clearable(f.city),
        address: clearable(f.address),
        nip: clearable(f.nip),
        add_tags: f.tags,
        remove_tags: untag,
        add_roles: f.roles,
        remove_roles: unrole,
        status: clearable(f.status),
        source: clearable(f.source),
        clear_end: reopen,
        fields: super::field_values::pairs(&f.field)?,
    };
    ctx.apply(Command::UpdateContact { id, patch })?;
    Ok(0)
}
