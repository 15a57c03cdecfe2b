//! TUI speed on a large generated database (issue 3): first frame, filter-as-you-type,
//! scrolling, memory. A benchmark, not a test: it prints numbers and never fails on time.
//!
//! The database comes from the release binary (see benches/tui-results.md):
//!   LEJEK_NOW=2026-11-28T12:00:00Z LEJEK_USER=anna target/release/lejek \
//!     --db target/bench/tui-db demo generate --contacts 100000 --deals 300000 --seed 1
//!   cargo bench --bench tui                 # or LEJEK_BENCH_DB=DIR cargo bench --bench tui
//!
//! Everything runs as the event loop does (`tui::new_app`, `update::on_key`, `tui::draw`),
//! on a 120x35 `TestBackend`, so the times are the program's own work without the
//! terminal's. The lists hold a window of rows from the service (issue 17); here the
//! windows are answered at once, on this thread (no background loader), so a key's time
//! includes the service's answer to the window it asked for.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use lejek::i18n::Lang;
use lejek::service::query::ListQuery;
use lejek::service::views::{ContactView, DealView};
use lejek::service::{Clock, Service};
use lejek::tui::app::App;
use lejek::tui::key::KeySpec;
use lejek::tui::keymap::Keymap;
use lejek::tui::{self, data, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const W: u16 = 120;
const H: u16 = 35;
/// Typed into the filter line one key at a time (the example: a word, then a stage).
const TYPED: &str = "ulotki stage:neg";
const ROUNDS: usize = 5;
const PAGES: usize = 300;

fn main() {
    // `cargo test --all-targets` runs benches without `--bench`: nothing to measure then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let dir = std::env::var_os("LEJEK_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target/bench/tui-db"));
    if !dir.exists() {
        println!(
            "tui bench: no database at {} (set LEJEK_BENCH_DB or generate it: see \
             benches/tui-results.md); skipped",
            dir.display()
        );
        return;
    }
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
        .expect("a time")
        .with_timezone(&chrono::Utc);

    // 1. First frame: open the database, build the App, draw. Rows load in the background.
    let t0 = Instant::now();
    let svc = lejek::backend::Backend::local(
        Service::open(&dir, false, Clock::fixed(now)).expect("open the database"),
        "anna".into(),
    );
    let opened = t0.elapsed();
    let mut app = tui::new_app(svc.clone(), "anna".into(), Lang::Pl, Keymap::default());
    app.theme.color = false;
    let mut term = Terminal::new(TestBackend::new(W, H)).expect("terminal");
    tui::draw(&mut app, &mut term).expect("draw");
    let first_frame = t0.elapsed();

    // 2. The first windows of every list (and the inbox), then the screen with them.
    tui::load_now(&mut app);
    tui::draw(&mut app, &mut term).expect("draw");
    let deals_drawn = t0.elapsed();

    println!("# lejek TUI bench: {}", dir.display());
    println!(
        "threads available {}, load average at start {}",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        load_average()
    );
    println!(
        "deals {}, contacts {}",
        app.list::<DealView>().all(),
        app.list::<ContactView>().all()
    );
    println!();
    println!("## Start");
    println!("Service::open                      {}", ms(opened));
    println!(
        "first frame (open + new_app + draw) {}   target < 1 s",
        ms(first_frame)
    );
    println!("first windows loaded and drawn    {}", ms(deals_drawn));
    println!("VmHWM after load                  {}", peak_rss());
    println!(
        "size_of DealView {} B, ContactView {} B (plus their heap strings)",
        std::mem::size_of::<lejek::service::views::DealView>(),
        std::mem::size_of::<lejek::service::views::ContactView>()
    );

    // 3. Filter as you type.
    let mut per_key: Vec<Vec<Duration>> = vec![Vec::new(); TYPED.chars().count()];
    let mut with_draw: Vec<Duration> = Vec::new();
    let mut update_only: Vec<Duration> = Vec::new();
    let mut esc_times: Vec<Duration> = Vec::new();
    let mut matches: Vec<usize> = Vec::new();
    for round in 0..ROUNDS {
        press(&mut app, "/");
        for (i, c) in TYPED.chars().enumerate() {
            let t = Instant::now();
            update::on_key(
                &mut app,
                KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            );
            let u = t.elapsed();
            tui::draw(&mut app, &mut term).expect("draw");
            let d = t.elapsed();
            update_only.push(u);
            with_draw.push(d);
            per_key[i].push(d);
            if round == 0 {
                matches.push(app.list::<DealView>().total());
            }
        }
        if round == 0 {
            // The list's answer must be the service's (the same filter, evaluated there).
            let q = ListQuery {
                filter: TYPED.to_owned(),
                me: "anna".to_owned(),
                ..Default::default()
            };
            let by_service = app.svc.list_deals(&q).expect("list_deals").len();
            println!(
                "check: the list shows {} rows for {TYPED:?}, Service::list_deals {by_service}",
                app.list::<DealView>().total()
            );
        }
        // Esc puts back the empty filter: every row again.
        let t = Instant::now();
        press(&mut app, "esc");
        tui::draw(&mut app, &mut term).expect("draw");
        esc_times.push(t.elapsed());
    }
    println!();
    println!("## Filter line: \"/{TYPED}\" typed one key at a time, {ROUNDS} rounds");
    println!("key  matches   median (on_key + draw)");
    for (i, c) in TYPED.chars().enumerate() {
        println!(
            "{:<4} {:>7}   {}",
            format!("'{c}'"),
            matches[i],
            ms(median(&mut per_key[i].clone()))
        );
    }
    println!(
        "all keys: on_key median {} p90 {}; on_key + draw median {} p90 {}   target median < 50 ms",
        ms(median(&mut update_only.clone())),
        ms(p90(&mut update_only)),
        ms(median(&mut with_draw.clone())),
        ms(p90(&mut with_draw)),
    );
    println!(
        "Esc (back to all rows) median {}",
        ms(median(&mut esc_times))
    );

    // 4. Scrolling a page.
    press(&mut app, "g");
    tui::draw(&mut app, &mut term).expect("draw");
    let mut pages = Vec::with_capacity(PAGES);
    for _ in 0..PAGES {
        let t = Instant::now();
        press(&mut app, "pgdown");
        tui::draw(&mut app, &mut term).expect("draw");
        pages.push(t.elapsed());
    }
    let mut lines = Vec::with_capacity(PAGES);
    for _ in 0..PAGES {
        let t = Instant::now();
        press(&mut app, "j");
        tui::draw(&mut app, &mut term).expect("draw");
        lines.push(t.elapsed());
    }
    println!();
    println!("## Scrolling (deal list, {PAGES} times each)");
    println!(
        "PageDown + draw median {} p90 {}   target < 16 ms",
        ms(median(&mut pages.clone())),
        ms(p90(&mut pages))
    );
    println!(
        "j + draw        median {} p90 {}",
        ms(median(&mut lines.clone())),
        ms(p90(&mut lines))
    );

    // 5. Other whole-list keys, for reference.
    println!();
    println!("## Other keys over all deals (once each, with draw)");
    for (label, key) in [
        ("m (my deals)", "m"),
        ("m again (all)", "m"),
        ("s (sort by next column)", "s"),
        ("S (reverse)", "S"),
        ("2 (contacts view)", "2"),
        ("1 (deals view)", "1"),
    ] {
        let t = Instant::now();
        press(&mut app, key);
        tui::draw(&mut app, &mut term).expect("draw");
        println!("{label:<28} {}", ms(t.elapsed()));
    }
    // After a change the list asks for its window again.
    let t = Instant::now();
    update::reload(
        &mut app,
        data::What {
            deals: true,
            ..Default::default()
        },
    );
    println!("{:<28} {}", "deals window after a change", ms(t.elapsed()));
    let peak = peak_rss();
    println!();
    println!("peak RSS (VmHWM) {peak}   target <= 150 MB (issue 17)");
    println!("load average at end {}", load_average());
    keep(&app);
}

fn press(app: &mut App, key: &str) {
    let spec = KeySpec::parse(key).unwrap_or_else(|e| panic!("key {key}: {e:?}"));
    update::on_key(app, spec.to_event());
}

fn median(v: &mut [Duration]) -> Duration {
    percentile(v, 50)
}

fn p90(v: &mut [Duration]) -> Duration {
    percentile(v, 90)
}

fn percentile(v: &mut [Duration], p: usize) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort();
    v[((v.len() - 1) * p + 50) / 100]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The peak resident set of this process, from /proc (Linux).
fn peak_rss() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.trim_start_matches("VmHWM:").trim().to_owned())
        })
        .map(|kb| match kb.trim_end_matches(" kB").parse::<u64>() {
            Ok(k) => format!("{:.0} MB", k as f64 / 1024.0),
            Err(_) => kb,
        })
        .unwrap_or_else(|| "n/a".to_owned())
}

/// The 1, 5 and 15 minute load averages (Linux): other work on the machine skews the times.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".to_owned())
}

/// Keep the app (and its rows) alive until the end, so the memory figure includes them.
fn keep(app: &App) {
    std::hint::black_box(app.list::<DealView>().total());
}
