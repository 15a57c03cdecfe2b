//! `lejek contact duplicates` and `lejek contact merge` (issue 20 item 2). The pairs come
//! from the service (`Service::duplicate_pairs`); the merge is one `Command`.

use std::io::IsTerminal;

use super::context::Context;
use crate::i18n::{Lang, tr, trf};
use crate::render::table::{csv, table};
use crate::render::{Format, json, safe};
use crate::service::duplicates::{DuplicatePair, DuplicateReason};
use crate::service::{Command, Result};

pub fn list(ctx: &Context, format: Format, min_score: Option<&str>) -> Result<i32> {
    let min = match min_score {
        None => 0,
        Some(t) => match t.trim().parse::<u32>() {
            Ok(n) if n <= 100 => n,
            _ => return Err(super::bad("dupes.err.min_score", &[&t])),
        },
    };
    let pairs = ctx.svc.duplicate_pairs(min)?;
    let l = ctx.lang;
    match format {
        Format::Json => println!("{}", json(&pairs)),
        Format::Csv => {
            let rows: Vec<Vec<String>> = pairs.iter().map(|p| row(p, None)).collect();
            print!(
                "{}",
                csv(
                    &[
                        "keep",
                        "keep_name",
                        "other",
                        "other_name",
                        "score",
                        "reasons"
                    ],
                    &rows
                )
            );
        }
        Format::Table if pairs.is_empty() => println!("{}", tr(l, "dupes.none")),
        Format::Table => {
            let headers = ["dupes.hdr.keep", "dupes.hdr.other", "dupes.hdr.score"]
                .iter()
                .map(|k| tr(l, k).to_owned())
                .chain([tr(l, "dupes.hdr.reasons").to_owned()])
                .collect::<Vec<_>>();
            let rows: Vec<Vec<String>> = pairs
                .iter()
                .map(|p| {
                    vec![
                        format!("#{} {}", p.keep, p.keep_name),
                        format!("#{} {}", p.other, p.other_name),
                        p.score.to_string(),
                        reasons(&p.reasons, Some(l)),
                    ]
                })
                .collect();
            println!("{}", table(&headers, &rows));
            println!("{}", trf(l, "dupes.count", &[&pairs.len()]));
        }
    }
    Ok(0)
}

/// A CSV row: ids, names, score, the reasons' stable names.
fn row(p: &DuplicatePair, lang: Option<Lang>) -> Vec<String> {
    vec![
        p.keep.to_string(),
        p.keep_name.clone(),
        p.other.to_string(),
        p.other_name.clone(),
        p.score.to_string(),
        reasons(&p.reasons, lang),
    ]
}

/// The reasons in words (`lang`) or by their JSON names (None).
fn reasons(rs: &[DuplicateReason], lang: Option<Lang>) -> String {
    rs.iter()
        .map(|r| match lang {
            Some(l) => tr(l, reason_key(*r)).to_owned(),
            None => r.as_str().to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The catalogue key of a reason.
pub fn reason_key(r: DuplicateReason) -> &'static str {
    match r {
        DuplicateReason::Nip => "dupes.reason.nip",
        DuplicateReason::Email => "dupes.reason.email",
        DuplicateReason::Phone => "dupes.reason.phone",
        DuplicateReason::Name => "dupes.reason.name",
    }
}

pub fn merge(ctx: &Context, keep: u64, other: u64, yes: bool) -> Result<i32> {
    let l = ctx.lang;
    // Asked only of a person at a terminal: a script (or cron) merges what it names.
    if !yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let k = ctx.svc.contact(keep)?;
        let o = ctx.svc.contact(other)?;
        eprint!(
            "{}",
            trf(
                l,
                "dupes.ask",
                &[&other, &safe(&o.name), &keep, &safe(&k.name)]
            )
        );
        let mut answer = String::new();
        if std::io::stdin().read_line(&mut answer).is_err() || !agreed(&answer) {
            eprintln!("{}", tr(l, "dupes.cancelled"));
            return Ok(1);
        }
    }
    ctx.apply(Command::MergeContacts { keep, other })?;
    println!("{}", trf(l, "dupes.merged", &[&other, &keep]));
    Ok(0)
}

/// A yes in either language.
fn agreed(answer: &str) -> bool {
    matches!(
        crate::text::fold(answer.trim()).as_str(),
        "y" | "yes" | "t" | "tak"
    )
}
