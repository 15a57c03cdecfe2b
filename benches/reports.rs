//! Reports at scale (R1-R8): how long each report takes on a large generated database, with
//! and without `--as-of`, measured as:
//! - `cli cached`: the wall time of `lejek report NAME ... --format json` (a fresh process:
//!   open the database, read the report cache and the events since, compute, print), the
//!   median of three runs;
//! - `cli uncached`: the same with `LEJEK_REPORT_CACHE=off` (read only what the report needs
//!   straight from sled), one run;
//! - `load` / `compute`: in one process, reading the report's data from sled without the
//!   cache (the first read of a tree in a process is cold: sled materialises its pages) and
//!   computing the report over it, which is what the TUI pays when parameters change.
//!
//! Before the table: the time to build the cache from scratch, and to bring it up to date
//! after one change.
//!
//! ```text
//! cargo bench --bench reports                                  # 100k contacts, 300k deals
//! cargo bench --bench reports -- --deals 30000 --contacts 10000
//! cargo bench --bench reports -- --db /tmp/lejek-bench/db300k  # an existing database
//! ```
//!
//! The database is generated with `lejek demo generate --seed 1` (kept under
//! `/tmp/lejek-bench-reports-<deals>` and reused). It prints a Markdown table for
//! benches/reports-results.md and asserts nothing about time.

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::NOW;
use lejek::report::{Dataset, Params};
use lejek::service::{Clock, Service};

const PERIOD: [&str; 4] = ["--from", "2025-01-01", "--to", "2026-11-28"];

/// (report, extra CLI arguments) measured.
const CASES: &[(&str, &[&str])] = &[
    ("contact-sources", &[]),
    ("contact-end-reasons", &[]),
    ("deal-sources", &[]),
    ("deal-loss-reasons", &[]),
    ("deal-value", &["--interval", "quarter"]),
    ("deal-value", &["--interval", "month", "--by", "owner"]),
    ("sales-activity", &[]),
    ("funnel", &[]),
    ("deal-stages", &[]),
    ("funnel", &["--as-of", "2026-06-30"]),
    ("deal-stages", &["--as-of", "2026-06-30"]),
    ("deal-sources", &["--as-of", "2026-06-30"]),
    ("deal-loss-reasons", &["--as-of", "2026-06-30"]),
    ("deal-value", &["--as-of", "2026-06-30"]),
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut deals, mut contacts, mut db) = (300_000u64, 100_000u64, None::<PathBuf>);
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--deals" => deals = it.next().and_then(|v| v.parse().ok()).unwrap_or(deals),
            "--contacts" => contacts = it.next().and_then(|v| v.parse().ok()).unwrap_or(contacts),
            "--db" => db = it.next().map(PathBuf::from),
            _ => {}
        }
    }
    let db = db.unwrap_or_else(|| {
        let dir = PathBuf::from(format!("/tmp/lejek-bench-reports-{deals}"));
        if !dir.join("store").exists() {
            generate(&dir, contacts, deals);
        }
        dir
    });

    println!("database: {}\n", db.display());
    let _ = std::fs::remove_file(db.join("cache/reports.bin"));
    let build = cli_run(&db, "deal-stages", &[], true);
    println!(
        "- cache built from scratch (first report run): {}",
        ms(build)
    );
    let status = lejek(&db)
        .args(["deal", "set", "1", "--next", "+3d"])
        .stdout(Stdio::null())
        .status();
    assert!(status.is_ok_and(|s| s.success()), "deal set failed");
    let refresh = cli_run(&db, "deal-stages", &[], true);
    println!(
        "- first report after a change (cache refreshed and saved): {}",
        ms(refresh)
    );
    let floor = median(
        (0..3)
            .map(|_| {
                let start = Instant::now();
                let status = lejek(&db)
                    .args(["dict", "list", "deal-stage"])
                    .stdout(Stdio::null())
                    .status();
                assert!(status.is_ok_and(|s| s.success()), "dict list failed");
                start.elapsed()
            })
            .collect(),
    );
    println!(
        "- floor: `lejek dict list deal-stage` (start, open the database, read a few records): {}",
        ms(floor)
    );
    let size = std::fs::metadata(db.join("cache/reports.bin"))
        .map(|m| m.len())
        .unwrap_or(0);
    println!("- cache file: {} MB\n", size / 1_000_000);

    println!("| report | arguments | cli cached (median of 3) | cli uncached | load | compute |");
    println!("|---|---|---:|---:|---:|---:|");
    for (name, extra) in CASES {
        let cli = median((0..3).map(|_| cli_run(&db, name, extra, true)).collect());
        let uncached = cli_run(&db, name, extra, false);
        let (load, compute) = in_process(&db, name, extra);
        println!(
            "| {name} | {} | {} | {} | {} | {} |",
            extra.join(" "),
            ms(cli),
            ms(uncached),
            ms(load),
            ms(compute)
        );
    }
}

fn lejek(db: &Path) -> Command {
    let mut c = common::lejek(db, "admin");
    // In process: this bench also opens the database itself, which a server would hold.
    c.env("NO_COLOR", "1").env("LEJEK_NO_SERVER", "1");
    c
}

fn generate(dir: &Path, contacts: u64, deals: u64) {
    eprintln!(
        "generating {contacts} contacts and {deals} deals in {}",
        dir.display()
    );
    let ok = |c: &mut Command| c.status().is_ok_and(|s| s.success());
    if !ok(lejek(dir).arg("init")) {
        panic!("lejek init failed");
    }
    let (c, d) = (contacts.to_string(), deals.to_string());
    if !ok(lejek(dir).args([
        "demo",
        "generate",
        "--contacts",
        &c,
        "--deals",
        &d,
        "--seed",
        "1",
    ])) {
        panic!("lejek demo generate failed");
    }
}

fn cli_run(db: &Path, name: &str, extra: &[&str], cache: bool) -> Duration {
    let start = Instant::now();
    let status = lejek(db)
        .env("LEJEK_REPORT_CACHE", if cache { "on" } else { "off" })
        .args(["report", name])
        .args(PERIOD)
        .args(extra)
        .args(["--format", "json"])
        .stdout(Stdio::null())
        .status();
    assert!(status.is_ok_and(|s| s.success()), "report {name} failed");
    start.elapsed()
}

/// Load (cold: a fresh open per case) and compute in this process.
fn in_process(db: &Path, name: &str, extra: &[&str]) -> (Duration, Duration) {
    let clock = Clock::fixed(
        chrono::DateTime::parse_from_rfc3339(NOW)
            .expect("time")
            .with_timezone(&chrono::Utc),
    );
    let svc = Service::open(db, false, clock).expect("open the database");
    let params = params(extra);
    let resolved = params.resolve(&svc, name).expect("parameters");
    let start = Instant::now();
    let data = Dataset::load(&svc, lejek::report::need(name, &resolved)).expect("load");
    let load = start.elapsed();
    let start = Instant::now();
    let r = lejek::report::run_on(&svc, &data, name, &params).expect("report");
    let compute = start.elapsed();
    assert!(!r.rows.is_empty());
    (load, compute)
}

fn params(extra: &[&str]) -> Params {
    let day = |s: &str| s.parse().ok();
    let mut p = Params {
        from: day(PERIOD[1]),
        to: day(PERIOD[3]),
        me: "admin".into(),
        ..Params::default()
    };
    let mut it = extra.iter();
    while let Some(a) = it.next() {
        let v = it.next().map(|s| s.to_string());
        match *a {
            "--as-of" => p.as_of = v.as_deref().and_then(day),
            "--interval" => p.interval = v,
            "--by" => p.by = v,
            _ => {}
        }
    }
    p
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}
