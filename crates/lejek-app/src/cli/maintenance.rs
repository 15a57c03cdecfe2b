//! `lejek backup FILE`, `lejek restore FILE`, `lejek check [--repair]` (X5, issue 7).
//! Their result is one line (or the report) on stdout. While they run, a terminal shows a
//! spinner until the size of the work is known, then a bar with counts and the time left
//! (issue 9); through a server the counts come as progress frames before the answer.

use std::path::{Path, PathBuf};

use super::context::{Context, db_dir};
use super::progress::Progress;
use crate::i18n::{Lang, tr, trf};
use crate::render::{Format, json, safe, table};
use crate::service::{Result, Service};

/// Written by whoever holds the database: the server, or this process with --no-server.
pub fn backup(ctx: &Context, file: &Path) -> Result<i32> {
    tracing::info!(file = %file.display(), remote = ctx.svc.is_remote(), "backup: starting");
    let spinner = Progress::spinner_over(tr(ctx.lang, "progress.backup"), written_to(file));
    let s = with_bar(ctx.lang, "progress.backup", spinner, |p| {
        ctx.svc.backup(file, p)
    })?;
    tracing::info!(
        records = s.records,
        files = s.files,
        bytes = s.bytes,
        "backup: done"
    );
    let args: [&dyn std::fmt::Display; 4] = [&file.display(), &s.records, &s.files, &s.bytes];
    println!("{}", trf(ctx.lang, "maint.backup.done", &args));
    Ok(0)
}

/// Always in this process: the target is an empty directory no server serves.
pub fn restore(db: &Option<PathBuf>, lang: Lang, file: &Path) -> Result<i32> {
    let dir = db_dir(db);
    tracing::info!(file = %file.display(), db = %dir.display(), "restore: starting");
    // A spinner while the backup is checked, then the bar while it is written.
    let spinner = Progress::spinner(tr(lang, "progress.restore"));
    let s = with_bar(lang, "progress.restore", spinner, |p| {
        Service::restore(file, &dir, p)
    })?;
    // The restored store is one big write: fold it into sled's snapshot now, so the first
    // open (the server's) is as fast as any later one.
    crate::service::database::settle(&dir).map_err(crate::service::Error::Open)?;
    tracing::info!(records = s.records, files = s.files, "restore: done");
    let args: [&dyn std::fmt::Display; 4] = [&file.display(), &s.records, &s.files, &dir.display()];
    println!("{}", trf(lang, "maint.restore.done", &args));
    Ok(0)
}

/// Run `work` with `spinner` showing until its first progress report says how much there is,
/// then a bar with counts and the time left under `label`.
fn with_bar<R>(
    lang: Lang,
    label: &'static str,
    spinner: Progress,
    work: impl FnOnce(&mut dyn FnMut(u64, u64)) -> Result<R>,
) -> Result<R> {
    let mut spinner = Some(spinner);
    let mut bar: Option<Progress> = None;
    let out = work(&mut |done, total| {
        let b = bar.get_or_insert_with(|| {
            spinner.take();
            Progress::bar(lang, tr(lang, label), total)
        });
        b.set(done);
    });
    drop(bar);
    drop(spinner);
    out
}

/// Exit 0 when the store is sound (after a repair: when nothing is left), 1 otherwise.
pub fn check(ctx: &Context, repair: bool, format: Format) -> Result<i32> {
    tracing::info!(repair, remote = ctx.svc.is_remote(), "check: starting");
    let spinner = Progress::spinner(tr(ctx.lang, "progress.check"));
    let report = with_bar(ctx.lang, "progress.check", spinner, |p| {
        ctx.svc.check(repair, p)
    })?;
    tracing::info!(
        records = report.records,
        files = report.files,
        problems = report.total(),
        repaired = report.repaired,
        "check: done"
    );
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
            if report.model_rebuilt {
                println!("{}", crate::i18n::tr(l, "maint.check.model_rebuilt"));
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

/// Where a backup grows while it is written (`FILE.tmp`, renamed at the end: see
/// `store::backup::write`), so the spinner can show its size.
fn written_to(file: &Path) -> PathBuf {
    let mut name = file.as_os_str().to_os_string();
    name.push(".tmp");
    PathBuf::from(name)
}
