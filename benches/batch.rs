//! Batch campaigns at scale (B1-B3, B5): the wall time of the real binary, as cron sees it,
//! on a database of generated contacts that all match the filter:
//! - `--dry-run` on a database without the campaign (plans every deal, writes nothing);
//! - the batch itself (one deal per contact, committed in chunks);
//! - the idempotent re-run (nothing to create, every contact skipped);
//! - `--dry-run` after the batch (everything would be skipped).
//!
//! Targets from the issue, for 100,000 contacts: batch < 10 s, re-run < 3 s, dry run < 3 s.
//!
//! ```text
//! cargo bench --bench batch                        # 100,000 contacts, 3 runs each
//! cargo bench --bench batch -- --contacts 10000 --runs 1
//! ```
//!
//! The contacts come from `lejek demo generate --contacts N --deals 0 --seed 1`, kept under
//! `/tmp/lejek-bench-batch-<N>` and copied afresh for every batch run. It prints Markdown for
//! benches/batch-results.md and asserts nothing about time: a busy machine is not a bug.

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{fresh_copy, machine};

const FILTER: &str = "kind:company or kind:person";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut contacts, mut runs) = (100_000u64, 3usize);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--contacts" => contacts = it.next().and_then(|v| v.parse().ok()).unwrap_or(contacts),
            "--runs" => {
                runs = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(runs)
                    .max(1)
            }
            _ => {}
        }
    }
    let template = PathBuf::from(format!("/tmp/lejek-bench-batch-{contacts}"));
    if !template.join("store").exists() {
        let started = Instant::now();
        let n = contacts.to_string();
        let out = lejek(
            &template,
            &[
                "demo",
                "generate",
                "--contacts",
                &n,
                "--deals",
                "0",
                "--seed",
                "1",
            ],
        );
        assert!(out.0, "demo generate failed: {}", out.2);
        println!(
            "generated {contacts} contacts in {}",
            secs(started.elapsed())
        );
    }
    let work = PathBuf::from(format!("/tmp/lejek-bench-batch-{contacts}-work"));

    println!("{}\n", machine());
    println!("{contacts} contacts, all matching `{FILTER}`; median of {runs} run(s)\n");
    println!("| step | wall time | target | deals created | skipped |");
    println!("|---|---|---|---|---|");

    let mut dry = Vec::new();
    let mut batch = Vec::new();
    let mut rerun = Vec::new();
    let mut dry_after = Vec::new();
    let mut counts = [(0u64, 0u64); 4];
    for _ in 0..runs {
        fresh_copy(&template, &work);
        let (t, c) = timed(&work, true);
        dry.push(t);
        counts[0] = c;
        let (t, c) = timed(&work, false);
        batch.push(t);
        counts[1] = c;
        let (t, c) = timed(&work, false);
        rerun.push(t);
        counts[2] = c;
        let (t, c) = timed(&work, true);
        dry_after.push(t);
        counts[3] = c;
    }
    let rows = [
        (
            "`--dry-run` (nothing in the campaign yet)",
            &dry,
            "< 3 s",
            counts[0],
        ),
        ("batch", &batch, "< 10 s", counts[1]),
        ("re-run (nothing to create)", &rerun, "< 3 s", counts[2]),
        (
            "`--dry-run` after the batch",
            &dry_after,
            "< 3 s",
            counts[3],
        ),
    ];
    for (step, times, target, (created, skipped)) in rows {
        println!(
            "| {step} | {} | {target} | {created} | {skipped} |",
            secs(median(times))
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}

/// One `campaign create` batch over all contacts: wall time and (created, skipped).
fn timed(db: &Path, dry_run: bool) -> (Duration, (u64, u64)) {
    let mut a = vec![
        "campaign",
        "create",
        "--name",
        "Benchmark",
        "--contacts",
        FILTER,
        "--deal-title",
        "Oferta",
        "--value",
        "1000",
        "--format",
        "json",
    ];
    if dry_run {
        a.push("--dry-run");
    }
    let started = Instant::now();
    let (ok, stdout, stderr) = lejek(db, &a);
    let t = started.elapsed();
    assert!(ok, "batch failed: {stderr}");
    let v: serde_json::Value = serde_json::from_str(&stdout).expect("JSON summary");
    let n = |k: &str| v[k].as_u64().unwrap_or(0);
    (t, (n("created"), n("skipped")))
}

fn lejek(db: &Path, args: &[&str]) -> (bool, String, String) {
    let out = common::lejek(db, "anna")
        .env_remove("LEJEK_BATCH_CHUNK")
        .args(args)
        .output()
        .expect("run lejek");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn median(v: &[Duration]) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    v[v.len() / 2]
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}
