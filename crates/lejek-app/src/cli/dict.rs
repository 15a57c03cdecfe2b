//! `lejek dict list|add|rename|retire|unretire|move|set` (X2, issue 19).

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
    /// Deal stages: the win chance in percent (won 100, lost 0) and the rot days.
    probability: Option<u8>,
    rot_days: Option<u32>,
}

/// `none` (or `brak`) clears a number; anything else must be a whole number `fit` takes
/// (`40`, `40%`).
fn cleared_or<T>(typed: &str, flag: &str, fit: impl Fn(u64) -> Option<T>) -> Result<Option<T>> {
    let t = typed.trim();
    if matches!(t.to_lowercase().as_str(), "none" | "brak") {
        return Ok(None);
    }
    t.trim_end_matches('%')
        .trim()
        .parse::<u64>()
        .ok()
        .and_then(fit)
        .map(Some)
        .ok_or_else(|| bad("err.stage_number", &[&flag, &typed]))
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
                    probability: e.win_chance(),
                    rot_days: e.rot_days,
                })
                .collect();
            let stages = k == DictKind::DealStage;
            let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
            let l = ctx.lang;
            match format {
                Format::Json => println!("{}", json(&rows)),
                Format::Csv => {
                    let data: Vec<Vec<String>> = rows
                        .iter()
                        .map(|r| {
                            let mut row = vec![
                                r.name.clone(),
                                r.kind.unwrap_or("").to_owned(),
                                r.position.to_string(),
                                r.retired.to_string(),
                            ];
                            if stages {
                                row.push(num(r.probability.map(u32::from)));
                                row.push(num(r.rot_days));
                            }
                            row
                        })
                        .collect();
                    let mut headers = vec!["name", "kind", "position", "retired"];
                    if stages {
                        headers.extend(["probability", "rot_days"]);
                    }
                    print!("{}", table::csv(&headers, &data));
                }
                Format::Table => {
                    let mut headers = vec![
                        tr(l, "col.name").to_owned(),
                        tr(l, "col.kind").to_owned(),
                        tr(l, "col.retired").to_owned(),
                    ];
                    if stages {
                        headers.push(tr(l, "col.probability").to_owned());
                        headers.push(tr(l, "col.rot_days").to_owned());
                    }
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
                            .into_iter()
                            .chain(
                                stages
                                    .then(|| {
                                        let p = r.probability.map(|p| format!("{p}%"));
                                        [p.unwrap_or_default(), num(r.rot_days)]
                                    })
                                    .into_iter()
                                    .flatten(),
                            )
                            .collect()
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
        DictCmd::Unretire { kind: k, name } => {
            ctx.apply(Command::UnretireDictEntry {
                kind: kind(&k)?,
                name,
            })?;
            Ok(0)
        }
        DictCmd::Move {
            kind: k,
            name,
            before,
            after,
        } => {
            ctx.apply(Command::MoveDictEntry {
                kind: kind(&k)?,
                name,
                before,
                after,
            })?;
            Ok(0)
        }
        DictCmd::Set {
            kind: k,
            name,
            probability,
            rot_days,
        } => {
            if kind(&k)? != DictKind::DealStage {
                return Err(bad("err.stage_set_only_stages", &[&k]));
            }
            let probability = probability
                .map(|p| cleared_or(&p, "--probability", |n| u8::try_from(n).ok()))
                .transpose()?;
            let rot_days = rot_days
                .map(|d| cleared_or(&d, "--rot-days", |n| u32::try_from(n).ok()))
                .transpose()?;
            ctx.apply(Command::SetStage {
                name,
                probability,
                rot_days,
            })?;
            Ok(0)
        }
    }
}
