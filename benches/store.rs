//! Storage at scale: generation time, open time, a filtered and a text-search deal list,
//! size on disk and peak memory. Each step runs in its own child process (the release
//! `lejek` binary, or this bench re-run as a child for the library calls), so each peak RSS
//! is the step's own.
//!
//! ```text
//! cargo bench --bench store                          # 100k and 300k deals
//! cargo bench --bench store -- --sizes 3m            # 1M contacts + 3M deals (long)
//! cargo bench --bench store -- --sizes 20000:60000 --keep /tmp/lejek-bench
//! ```
//!
//! It prints Markdown rows for BENCHMARKS.md and asserts nothing about time: a busy machine
//! gives slower numbers, not a failure.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lejek::service::query::ListQuery;
use lejek::service::{Clock, Service};

/// The allocator of the `lejek` binary (src/main.rs), so the steps this bench runs in its
/// own process (open, lists) measure what the product does. Before 2026-11-28 22:00 they
/// ran on glibc's malloc: opening took up to twice as long as in `lejek` itself.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The clock of every step, so the generated data and the filters' `today` agree.
const NOW: &str = "2026-11-28T12:00:00Z";
const FILTER: &str = "stage:oferta value>=5000";
/// A bare word searches titles, contact names, e-mails, phones and NIPs (X3).
const SEARCH: &str = "kowal";
const SEED: &str = "42";
const LEJEK: &str = env!("CARGO_BIN_EXE_lejek");

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..]);
        return;
    }
    let mut sizes = vec!["100k".to_owned(), "300k".to_owned()];
    let mut keep: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--sizes" => {
                if let Some(v) = it.next() {
                    sizes = v.split(',').map(str::to_owned).collect();
                }
            }
            "--keep" => keep = it.next().map(PathBuf::from),
            // `cargo bench` passes `--bench`; anything else unknown is ignored too.
            _ => {}
        }
    }
    let temp = tempfile::tempdir().expect("a temporary directory");
    let base = keep.clone().unwrap_or_else(|| temp.path().to_path_buf());
    println!("{}", machine());
    println!(
        "| contacts | deals | generate (wall / CPU) | size on disk | gen. peak RSS | open (1st / again: median of 5, range) | open RSS | filter `{FILTER}` (1st / 2nd) | rows | search `{SEARCH}` (1st / 2nd) | rows | list RSS | CLI `deal list --filter` | CLI RSS |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for size in &sizes {
        let Some((contacts, deals)) = parse_size(size) else {
            eprintln!("unknown size '{size}': use 100k, 300k, 3m or CONTACTS:DEALS");
            continue;
        };
        let dir = base.join(format!("db-{contacts}-{deals}"));
        let _ = std::fs::remove_dir_all(&dir);
        bench_size(&dir, contacts, deals);
        if keep.is_none() {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
}

/// Named sizes: deals with a third as many contacts, as in a typical CRM.
fn parse_size(s: &str) -> Option<(u64, u64)> {
    match s {
        "100k" => Some((33_000, 100_000)),
        "300k" => Some((100_000, 300_000)),
        "3m" => Some((1_000_000, 3_000_000)),
        _ => {
            let (c, d) = s.split_once(':')?;
            Some((c.parse().ok()?, d.parse().ok()?))
        }
    }
}

fn bench_size(dir: &Path, contacts: u64, deals: u64) {
    let db = dir.to_string_lossy().into_owned();
    eprintln!("generating {contacts} contacts and {deals} deals in {db} ...");
    let (gen_time, gen_rss, gen_cpu, out) = run(Command::new(LEJEK)
        .args(["--db", &db, "--user", "bench", "demo", "generate"])
        .args(["--contacts", &contacts.to_string()])
        .args(["--deals", &deals.to_string(), "--seed", SEED]));
    eprint!("{out}");
    let size = dir_size(dir);
    // The first open after the writer replays sled's log since its last snapshot; later
    // opens start from the snapshot.
    let first_open = child_step(&["open", &db]);
    // Opening is mostly the kernel handing sled fresh memory for its page table, which
    // varies with the machine's memory state from run to run: five runs, the median.
    let mut opens: Vec<Step> = (0..5).map(|_| child_step(&["open", &db])).collect();
    opens.sort_by_key(|s| s.open);
    let open_rss = opens.iter().map(|s| s.hwm_kb).max().unwrap_or(0);
    let (fastest, slowest) = (opens[0].open, opens[opens.len() - 1].open);
    let open = opens.swap_remove(opens.len() / 2);
    let range = format!(
        "{:.0}-{:.0} ms",
        fastest.as_secs_f64() * 1000.0,
        slowest.as_secs_f64() * 1000.0
    );
    let filter = child_step(&["list", &db, FILTER]);
    let search = child_step(&["list", &db, SEARCH]);
    let list_args = [
        "--db", &db, "--user", "bench", "deal", "list", "--filter", FILTER, "--format", "json",
    ];
    // The CLI opening the database itself...
    let (cli_time, cli_rss, _, _) = run(Command::new(LEJEK)
        .args(list_args)
        .env("LEJEK_NO_SERVER", "1"));
    // ...and through a running server (X6), as it is used: the first call starts it.
    let _ = run(Command::new(LEJEK).args(list_args));
    let (served_time, _, _, _) = run(Command::new(LEJEK).args(list_args));
    stop_server(dir);
    println!(
        "| {contacts} | {deals} | {} / {} | {} | {} | {} / {} ({}) | {} | {} / {} | {} | {} / {} | {} | {} | {} | {} |",
        secs(gen_time),
        secs(gen_cpu),
        mb(size),
        mb(gen_rss * 1024),
        ms(first_open.open),
        ms(open.open),
        range,
        mb(first_open.hwm_kb.max(open_rss) * 1024),
        ms(filter.first),
        ms(filter.second),
        filter.rows,
        ms(search.first),
        ms(search.second),
        search.rows,
        mb(filter.hwm_kb.max(search.hwm_kb) * 1024),
        ms(cli_time),
        mb(cli_rss * 1024),
    );
    println!(
        "(`deal list --filter` through a warm server: {})",
        ms(served_time)
    );
}

/// Stop the server a CLI step started on `dir` (it would exit when idle or when the
/// database is deleted; the next step must be able to open the database itself).
fn stop_server(dir: &Path) {
    let want = dir.as_os_str().as_encoded_bytes().to_vec();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(cmd) = std::fs::read(entry.path().join("cmdline")) else {
            continue;
        };
        let args: Vec<&[u8]> = cmd.split(|b| *b == 0).collect();
        if args.contains(&b"serve".as_slice()) && args.contains(&want.as_slice()) {
            let pid = entry.file_name().to_string_lossy().into_owned();
            let _ = Command::new("kill").arg(&pid).status();
        }
    }
    // The server has gone when its socket has.
    let started = Instant::now();
    while dir.join("lejek.sock").exists() && started.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Run a child with the fixed clock, stdout discarded; wall time, peak RSS (kB), CPU time
/// and stderr.
fn run(cmd: &mut Command) -> (Duration, u64, Duration, String) {
    cmd.env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("LEJEK_LANG", "en")
        .env_remove("LEJEK_DB")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("start lejek");
    let (hwm, cpu) = watch(&mut child);
    let out = child.wait_with_output().expect("lejek ran");
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "lejek failed: {stderr}");
    (took, hwm, cpu, stderr)
}

/// Poll the child's VmHWM (its own high-water mark) and CPU time until it exits. Only the
/// last few milliseconds before exit can be missed. CPU time is what a busy machine does not
/// inflate much, so it is reported beside the wall time.
fn watch(child: &mut Child) -> (u64, Duration) {
    let status = PathBuf::from(format!("/proc/{}/status", child.id()));
    let stat = PathBuf::from(format!("/proc/{}/stat", child.id()));
    let (mut peak, mut cpu) = (0, Duration::ZERO);
    loop {
        if let Some(kb) = std::fs::read_to_string(&status)
            .ok()
            .and_then(|s| vm_hwm(&s))
        {
            peak = peak.max(kb);
        }
        if let Some(t) = std::fs::read_to_string(&stat)
            .ok()
            .and_then(|s| cpu_time(&s))
        {
            cpu = cpu.max(t);
        }
        match child.try_wait() {
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            _ => return (peak, cpu),
        }
    }
}

/// User + system time from a `/proc/PID/stat` line (fields 14 and 15, in clock ticks).
fn cpu_time(stat: &str) -> Option<Duration> {
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_secs_f64(ticks as f64 / clock_ticks() as f64))
}

fn clock_ticks() -> u64 {
    static TICKS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .unwrap_or(100)
    })
}

fn vm_hwm(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// What a child step measured.
#[derive(Default)]
struct Step {
    open: Duration,
    first: Duration,
    second: Duration,
    rows: usize,
    hwm_kb: u64,
}

/// Re-run this bench as a child for one library step, so its memory is its own.
fn child_step(args: &[&str]) -> Step {
    let exe = std::env::current_exe().expect("the bench's own path");
    let out = Command::new(exe)
        .arg("--child")
        .args(args)
        .env("TZ", "Europe/Warsaw")
        .output()
        .expect("run the bench child");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut step = Step::default();
    for field in text.split_whitespace() {
        let Some((k, v)) = field.split_once('=') else {
            continue;
        };
        let us = || Duration::from_micros(v.parse().unwrap_or(0));
        match k {
            "open_us" => step.open = us(),
            "first_us" => step.first = us(),
            "second_us" => step.second = us(),
            "rows" => step.rows = v.parse().unwrap_or(0),
            "hwm_kb" => step.hwm_kb = v.parse().unwrap_or(0),
            _ => {}
        }
    }
    step
}

/// The child: `open DIR` or `list DIR FILTER`; prints `key=value` pairs.
fn child(args: &[String]) {
    let now = NOW.parse().expect("NOW is RFC 3339");
    let dir = PathBuf::from(args.get(1).expect("a database directory"));
    let start = Instant::now();
    let svc = Service::open(&dir, false, Clock::fixed(now)).expect("open the database");
    let open = start.elapsed();
    let mut line = format!("open_us={}", open.as_micros());
    if args.first().map(String::as_str) == Some("list") {
        let q = ListQuery {
            filter: args.get(2).cloned().unwrap_or_default(),
            me: "bench".into(),
            ..ListQuery::default()
        };
        // The first list reads from disk; the second is what a TUI refreshing its list sees.
        let t = Instant::now();
        let rows = svc.list_deals(&q).expect("list deals").len();
        let first = t.elapsed();
        let t = Instant::now();
        let _ = svc.list_deals(&q).expect("list deals");
        let second = t.elapsed();
        line += &format!(
            " first_us={} second_us={} rows={rows}",
            first.as_micros(),
            second.as_micros()
        );
    }
    let hwm = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| vm_hwm(&s))
        .unwrap_or(0);
    println!("{line} hwm_kb={hwm}");
}

fn dir_size(p: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(p) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.metadata() {
            Ok(m) if m.is_dir() => dir_size(&e.path()),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// Machine and date, for the report header.
fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .map(|v| v.trim_start_matches([' ', '\t', ':']).to_owned())
        .unwrap_or_else(|| "unknown CPU".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let ram_gb = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kb| kb / 1024.0 / 1024.0)
        .unwrap_or(0.0);
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let date = Command::new("date")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{date}; {cores} cores ({cpu}); {ram_gb:.1} GB RAM\n")
}

fn secs(d: Duration) -> String {
    format!("{:.1} s", d.as_secs_f64())
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1000.0)
}

fn mb(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1_048_576.0)
}
