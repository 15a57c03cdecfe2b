//! `lejek backup FILE`, `lejek restore FILE`, `lejek check [--repair]` (X5, issue 7).

use std::path::{Path, PathBuf};

use super::context::{Context, db_dir};
use crate::i18n::{Lang, trf};
use crate::render::{Format, json, safe, table};
use crate::service::{Result, Service};

/// Written by whoever holds the database: the server, or this process with --no-server.
pub fn backup(ctx: &Context, file: &Path) -> Result<i32> {
    let s = ctx.svc.backup(file)?;
    let args: [&dyn std::fmt::Display; 4] = [&file.display(), &s.records, &s.files, &s.bytes];
    println!("{}", trf(ctx.lang, "maint.backup.done", &args));
    Ok(0)
}

/// Always in this process: the target is an empty directory no server serves.
pub fn restore(db: &Option<PathBuf>, lang: Lang, file: &Path) -> Result<i32> {
    let dir = db_dir(db);
    let s = Service::restore(file, &dir)?;
    let args: [&dyn std::fmt::Display; 4] = [&file.display(), &s.records, &s.files, &dir.display()];
    println!("{}", trf(lang, "maint.restore.done", &args));
    Ok(0)
}

/// Exit 0 when the store is sound (after a repair: when nothing is left), 1 otherwise.
pub fn check(ctx: &Context, repair: bool, format: Format) -> Result<i32> {
    let report = ctx.svc.check(repair)?;
    let l = ctx.lang;
    match format {
        Format::Json => println!("{}", json(&report)),
        Format::Csv => {
            let rows: Vec<Vec<String>> = report
                .problems
                .iter()
                .map(|p| {
                    let kind = p.kind.as_str().to_owned();
                    vec![kind, p.tree.clone(), p.key.clone(), p.detail.clone()]
                })
                .collect();
            print!("{}", table::csv(&["kind", "tree", "key", "detail"], &rows));
        }
        Format::Table => {
            // Keys hold logins and campaign names: text from the database.
            for p in &report.problems {
                println!("{}", safe(&p.message(l)));
            }
            if report.unlisted > 0 {
                println!("{}", trf(l, "maint.check.unlisted", &[&report.unlisted]));
            }
            if repair {
                println!("{}", trf(l, "maint.check.repaired", &[&report.repaired]));
            }
            if report.total() == 0 {
                let args: [&dyn std::fmt::Display; 2] = [&report.records, &report.files];
                println!("{}", trf(l, "maint.check.clean", &args));
            } else {
                println!("{}", trf(l, "maint.check.found", &[&report.total()]));
            }
        }
    }
    Ok(if report.total() == 0 { 0 } else { 1 })
}
