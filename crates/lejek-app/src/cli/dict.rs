//! `lejek dict list|add|rename|retire` (X2).

use serde::Serialize;

use super::args::DictCmd;
use super::bad;
use super::context::Context;
use crate::i18n::tr;
use crate::model::{DictKind, StageKind};
use crate::render::{Format, json, table};
use crate::service::{Command, Result};

fn kind(s: &str) -> Result<DictKind> {
    DictKind::parse(s.trim()).ok_or_else(|| {
        let all: Vec<&str> = DictKind::ALL.iter().map(|k| k.as_str()).collect();
        bad("err.dict_kind", &[&s, &all.join(", ")])
    })
}

/// The JSON shape of a dictionary entry (contract).
#[derive(Serialize)]
struct EntryJson {
    name: String,
    kind: Option<&'static str>,
    position: u32,
    retired: bool,
}

pub fn run(ctx: &Context, cmd: DictCmd) -> Result<i32> {
    match cmd {
        DictCmd::List { kind: k, format } => {
            let k = kind(&k)?;
            let entries = ctx.svc.dict(k)?;
            let rows: Vec<EntryJson> = entries
                .iter()
                .map(|e| EntryJson {
                    name: e.name.clone(),
                    kind: e.stage_kind.map(StageKind::as_str),
                    position: e.position,
                    retired: e.retired,
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
                                r.name.clone(),
                                r.kind.unwrap_or("").to_owned(),
                                r.position.to_string(),
                                r.retired.to_string(),
                            ]
                        })
                        .collect();
                    print!(
                        "{}",
                        table::csv(&["name", "kind", "position", "retired"], &data)
                    );
                }
                Format::Table => {
                    let headers = vec![
                        tr(l, "col.name").to_owned(),
                        tr(l, "col.kind").to_owned(),
                        tr(l, "col.retired").to_owned(),
                    ];
                    let data: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            vec![
                                r.name.clone(),
                                r.kind
                                    .map(|k| {
                                        tr(
                                            l,
                                            match k {
                                                "won" => "stage.won",
                                                "lost" => "stage.lost",
                                                _ => "stage.open",
                                            },
                                        )
                                        .to_owned()
                                    })
                                    .unwrap_or_default(),
                                if r.retired {
                                    tr(l, "yes").to_owned()
                                } else {
                                    String::new()
                                },
                            ]
                        })
                        .collect();
                    println!("{}", table::table(&headers, &data));
                }
            }
            Ok(0)
        }
        DictCmd::Add {
            kind: k,
            name,
            stage_kind,
        } => {
            let stage_kind = match stage_kind {
                Some(s) => Some(
                    StageKind::parse(s.trim()).ok_or_else(|| bad("err.bad_stage_kind", &[&s]))?,
                ),
                None => None,
            };
            ctx.apply(Command::AddDictEntry {
                kind: kind(&k)?,
                name,
                stage_kind,
            })?;
            Ok(0)
        }
        DictCmd::Rename {
            kind: k,
            name,
            new_name,
        } => {
            ctx.apply(Command::RenameDictEntry {
                kind: kind(&k)?,
                name,
                new_name,
            })?;
            Ok(0)
        }
        DictCmd::Retire { kind: k, name } => {
            ctx.apply(Command::RetireDictEntry {
                kind: kind(&k)?,
                name,
            })?;
            Ok(0)
        }
    }
}
