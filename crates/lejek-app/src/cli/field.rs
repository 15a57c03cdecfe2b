//! `lejek field add|list|retire` (issue 20 item 1): custom fields on deals and contacts.
//! Adding and retiring are for admins (the service checks it); everyone may list.

use serde::Serialize;

use super::args::FieldCmd;
use super::bad;
use super::context::Context;
use crate::i18n::tr;
use crate::model::{FieldKind, FieldOn};
use crate::render::{Format, json, table};
use crate::service::{Command, FieldDraft, Result};

fn on(s: &str) -> Result<FieldOn> {
    FieldOn::parse(s).ok_or_else(|| bad("fields.err.on", &[&s.trim()]))
}

fn kind(s: &str) -> Result<FieldKind> {
    FieldKind::parse(s).ok_or_else(|| {
        let all: Vec<&str> = FieldKind::ALL.iter().map(|k| k.as_str()).collect();
        bad("fields.err.kind", &[&s.trim(), &all.join(", ")])
    })
}

/// The JSON shape of a definition (contract).
#[derive(Serialize)]
struct FieldJson<'a> {
    on: &'static str,
    name: &'a str,
    kind: &'static str,
    values: &'a [String],
    label_pl: Option<&'a str>,
    label_en: Option<&'a str>,
    retired: bool,
}

pub fn run(ctx: &Context, cmd: FieldCmd) -> Result<i32> {
    match cmd {
        FieldCmd::Add {
            on: o,
            name,
            kind: k,
            values,
            label_pl,
            label_en,
        } => {
            let draft = FieldDraft {
                on: on(&o)?,
                name,
                kind: kind(&k)?,
                values,
                label_pl,
                label_en,
            };
            ctx.apply(Command::AddField(draft))?;
            Ok(0)
        }
        FieldCmd::Retire { on: o, name } => {
            ctx.apply(Command::RetireField { on: on(&o)?, name })?;
            Ok(0)
        }
        FieldCmd::List { on: o, format } => {
            let only = o.as_deref().map(on).transpose()?;
            let defs = ctx.svc.field_defs()?;
            let rows: Vec<FieldJson> = defs
                .iter()
                .filter(|d| only.is_none_or(|o| d.on == o))
                .map(|d| FieldJson {
                    on: d.on.as_str(),
                    name: &d.name,
                    kind: d.kind.as_str(),
                    values: &d.values,
                    label_pl: d.label_pl.as_deref(),
                    label_en: d.label_en.as_deref(),
                    retired: d.retired,
                })
                .collect();
            let l = ctx.lang;
            match format {
                Format::Json => println!("{}", json(&rows)),
                Format::Csv => {
                    let data: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            vec![
                                r.on.to_owned(),
                                r.name.to_owned(),
                                r.kind.to_owned(),
                                r.values.join(","),
                                r.label_pl.unwrap_or("").to_owned(),
                                r.label_en.unwrap_or("").to_owned(),
                                r.retired.to_string(),
                            ]
                        })
                        .collect();
                    let headers = [
                        "on", "name", "kind", "values", "label_pl", "label_en", "retired",
                    ];
                    print!("{}", table::csv(&headers, &data));
                }
                Format::Table => {
                    let headers: Vec<String> = [
                        "fields.col.on",
                        "col.name",
                        "col.kind",
                        "fields.col.values",
                        "fields.col.label",
                        "col.retired",
                    ]
                    .iter()
                    .map(|k| tr(l, k).to_owned())
                    .collect();
                    let yes_no = |b: bool| tr(l, if b { "fields.yes" } else { "fields.no" });
                    let data: Vec<Vec<String>> = defs
                        .iter()
                        .filter(|d| only.is_none_or(|o| d.on == o))
                        .map(|d| {
                            vec![
                                d.on.as_str().to_owned(),
                                d.name.clone(),
                                d.kind.as_str().to_owned(),
                                d.values.join(", "),
                                d.label(l).to_owned(),
                                yes_no(d.retired).to_owned(),
                            ]
                        })
                        .collect();
                    println!("{}", table::table(&headers, &data));
                }
            }
            Ok(0)
        }
    }
}
