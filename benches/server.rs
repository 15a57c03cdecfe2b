//! Shared access (issue 6, SPEC X6): what going through `lejek serve` costs, on a generated
//! database, measured against a real server process over its Unix socket:
//! - a query round trip: the first page of the deal list (`Query::DealViews`, no filter,
//!   limit 50), as `lejek deal list --limit 50` asks for it; target < 2 ms. Unsorted, the
//!   server stops reading after 50 deals; the same page sorted by value (every deal read
//!   and sorted) is measured beside it as the worst first page;
//! - a trivial round trip (`Query::IsInitialised`): the protocol's own overhead (frames,
//!   bincode, a thread switch each way);
//! - a new connection (connect, `Hello`, `Welcome`), which every CLI process pays once;
//! - write throughput: 8 clients, each its own connection and lejek user, each adding 1,000
//!   notes to a contact at once (every write is a sled transaction flushed before its
//!   answer, as in `acknowledged_writes_survive_kill_9`);
//! - the CLI: the wall time of a `lejek deal list --limit 50` process through the running
//!   server, and with `--no-server` (the process opens the database itself).
//!
//! ```text
//! cargo bench --bench server                               # 20,000 contacts, 60,000 deals
//! cargo bench --bench server -- --contacts 100000 --deals 300000 --requests 2000
//! ```
//!
//! Options: `--contacts N`, `--deals M`, `--requests R` (round trips per query, default
//! 1,000), `--writers W` and `--writes K` (default 8 x 1,000), `--runs N` (CLI processes per
//! mode, default 20). The database comes from `lejek demo generate --contacts N --deals M
//! --seed 1`, kept under `/tmp/lejek-bench-server-<N>-<M>` and copied afresh for each run
//! of the bench (the writes change it). The clients act as lejek users (anna, who generated
//! the data, and w1, w2, ... for the writers) through `Hello.act_as`, which the server
//! allows the system's root: run it as root, like tests/server.rs. It prints Markdown for
//! benches/server-results.md and asserts nothing about time: a busy machine is not a bug.

#[path = "common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{fresh_copy, machine};
use lejek::i18n::Lang;
use lejek::model::{EntityKind, EntityRef};
use lejek::server::client::Client;
use lejek::server::protocol::{ListArgs, Query, Request, Response, new_request_id};
use lejek::service::Command as Cmd;

struct Options {
    contacts: u64,
    deals: u64,
    requests: usize,
    writers: usize,
    writes: usize,
    runs: usize,
}

fn main() {
    let o = options();
    let template = PathBuf::from(format!(
        "/tmp/lejek-bench-server-{}-{}",
        o.contacts, o.deals
    ));
    if !template.join("store").exists() {
        let started = Instant::now();
        let (c, d) = (o.contacts.to_string(), o.deals.to_string());
        let out = lejek(&template)
            .args(["demo", "generate", "--contacts", &c, "--deals", &d])
            .args(["--seed", "1"])
            .output()
            .expect("run lejek demo generate");
        assert!(
            out.status.success(),
            "demo generate failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        println!(
            "generated {} contacts, {} deals in {:.1} s\n",
            o.contacts,
            o.deals,
            started.elapsed().as_secs_f64()
        );
    }
    let work = PathBuf::from(format!(
        "/tmp/lejek-bench-server-{}-{}-work",
        o.contacts, o.deals
    ));
    fresh_copy(&template, &work);

    println!("{}\n", machine());
    println!(
        "{} contacts, {} deals (`lejek demo generate --seed 1`); release build; one \
         `lejek serve --idle 0` on the database, clients over its Unix socket\n",
        o.contacts, o.deals
    );

    let mut server = Server::start(&work);
    let mut anna = server.client("anna");

    let page = Query::DealViews(ListArgs {
        filter: String::new(),
        sort: None,
        limit: Some(50),
        offset: 0,
    });
    match anna
        .request(&Request::Query(page.clone()))
        .expect("deal page")
    {
        Response::DealViews(ws) => assert_eq!(ws.len(), 50, "a full first page"),
        other => panic!("deal views answered {other:?}"),
    }
    let deal_page = round_trips(&mut anna, &page, o.requests);
    // A sorted page: every deal's value looked at before 50 are cut (the read model's heap).
    let sorted = Query::DealViews(ListArgs {
        filter: String::new(),
        sort: Some("value:desc".into()),
        limit: Some(50),
        offset: 0,
    });
    let sorted_page = round_trips(&mut anna, &sorted, (o.requests / 50).max(10));
    let trivial = round_trips(&mut anna, &Query::IsInitialised, o.requests);
    let connects = connects(&server, o.requests);

    println!(
        "| round trip ({} requests, after 20 warm-up) | median | p95 | p99 | max | target |",
        o.requests
    );
    println!("|---|---|---|---|---|---|");
    row(
        "deal list, first page (`DealViews`, limit 50)",
        &deal_page,
        "< 2 ms",
    );
    row(
        &format!(
            "deal list sorted by value, first page (`sort: value:desc`; {} requests)",
            sorted_page.len()
        ),
        &sorted_page,
        "",
    );
    row("trivial (`IsInitialised`)", &trivial, "");
    row(
        "new connection: connect, `Hello`, `Welcome` (each CLI process pays one)",
        &connects,
        "",
    );
    println!();

    let (elapsed, latencies) = writes(&server, &mut anna, o.writers, o.writes);
    let total = o.writers * o.writes;
    println!(
        "| writes | changes | wall time | changes/s | latency median | p95 | max |\n\
         |---|---|---|---|---|---|---|\n\
         | {} clients x {} `AddNote`, at once | {total} | {:.2} s | {:.0} | {} | {} | {} |\n",
        o.writers,
        o.writes,
        elapsed.as_secs_f64(),
        total as f64 / elapsed.as_secs_f64(),
        ms(percentile(&latencies, 0.5)),
        ms(percentile(&latencies, 0.95)),
        ms(percentile(&latencies, 1.0)),
    );
    drop(anna);

    let list = ["deal", "list", "--limit", "50"];
    let through = cli_runs(&work, &list, false, o.runs);
    // `--no-server` needs the database to itself.
    server.stop();
    let direct = cli_runs(&work, &list, true, o.runs);
    println!(
        "| `lejek deal list --limit 50` (process wall time, {} runs after 1 warm-up) | median | min | max |",
        o.runs
    );
    println!("|---|---|---|---|");
    for (mode, times) in [
        ("through the running server", &through),
        ("`--no-server` (opens the database itself)", &direct),
    ] {
        println!(
            "| {mode} | {} | {} | {} |",
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.0)),
            ms(percentile(times, 1.0))
        );
    }
    let _ = std::fs::remove_dir_all(&work);
}

fn options() -> Options {
    let mut o = Options {
        contacts: 20_000,
        deals: 60_000,
        requests: 1_000,
        writers: 8,
        writes: 1_000,
        runs: 20,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut num = |d: u64| it.next().and_then(|v| v.parse().ok()).unwrap_or(d).max(1);
        match a.as_str() {
            "--contacts" => o.contacts = num(o.contacts),
            "--deals" => o.deals = num(o.deals),
            "--requests" => o.requests = num(o.requests as u64) as usize,
            "--writers" => o.writers = num(o.writers as u64) as usize,
            "--writes" => o.writes = num(o.writes as u64) as usize,
            "--runs" => o.runs = num(o.runs as u64) as usize,
            // `cargo bench` passes `--bench`.
            _ => {}
        }
    }
    o
}

/// A `lejek serve --idle 0` on `db`, killed when dropped.
struct Server {
    db: PathBuf,
    child: Option<Child>,
}

impl Server {
    fn start(db: &Path) -> Server {
        let child = lejek(db)
            .args(["serve", "--idle", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn lejek serve");
        let started = Instant::now();
        while Client::connect(db, Some("anna"), Lang::En).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(120),
                "the server never listened"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        Server {
            db: db.to_path_buf(),
            child: Some(child),
        }
    }

    /// Connected as `login` (another user than the process's needs root or a lejek admin).
    fn client(&self, login: &str) -> Client {
        Client::connect(&self.db, Some(login), Lang::En)
            .unwrap_or_else(|e| panic!("connect as {login}: {e}"))
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// `n` sequential round trips of `q` on one connection, each timed from writing the request
/// to decoding the answer.
fn round_trips(c: &mut Client, q: &Query, n: usize) -> Vec<Duration> {
    let req = Request::Query(q.clone());
    for _ in 0..20 {
        c.request(&req).expect("warm-up request");
    }
    (0..n)
        .map(|_| {
            let started = Instant::now();
            let resp = c.request(&req).expect("request");
            let t = started.elapsed();
            assert!(!matches!(resp, Response::Error(_)), "{resp:?}");
            t
        })
        .collect()
}

/// `n` new connections one after another, each timed from `connect` to the welcome.
fn connects(server: &Server, n: usize) -> Vec<Duration> {
    (0..n)
        .map(|_| {
            let started = Instant::now();
            let c = server.client("anna");
            let t = started.elapsed();
            drop(c);
            t
        })
        .collect()
}

/// `writers` threads, each its own connection as its own user (w1, w2, ...), each adding
/// `writes` notes to contact 1, 2, ...: the wall time from the start signal to the last
/// answer, and every write's latency.
fn writes(
    server: &Server,
    admin: &mut Client,
    writers: usize,
    writes: usize,
) -> (Duration, Vec<Duration>) {
    let logins: Vec<String> = (1..=writers).map(|i| format!("w{i}")).collect();
    for login in &logins {
        let cmd = Cmd::AddUser {
            login: login.clone(),
            name: login.clone(),
            admin: false,
        };
        match admin
            .request(&Request::Apply {
                cmd,
                id: new_request_id(),
            })
            .expect("add user")
        {
            Response::Done(_) => {}
            other => panic!("add user answered {other:?}"),
        }
    }
    let clients: Vec<Client> = logins.iter().map(|l| server.client(l)).collect();
    let go = std::sync::Barrier::new(writers + 1);
    std::thread::scope(|s| {
        let handles: Vec<_> = clients
            .into_iter()
            .enumerate()
            .map(|(w, mut c)| {
                let go = &go;
                s.spawn(move || {
                    let on = EntityRef {
                        kind: EntityKind::Contact,
                        id: w as u64 + 1,
                    };
                    go.wait();
                    (0..writes)
                        .map(|i| {
                            let cmd = Cmd::AddNote {
                                on,
                                text: format!("notatka {w}-{i}"),
                            };
                            let started = Instant::now();
                            let resp = c
                                .request(&Request::Apply {
                                    cmd,
                                    id: new_request_id(),
                                })
                                .expect("add note");
                            let t = started.elapsed();
                            assert!(matches!(resp, Response::Done(_)), "{resp:?}");
                            t
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        go.wait();
        let started = Instant::now();
        let latencies: Vec<Duration> = handles
            .into_iter()
            .flat_map(|h| h.join().expect("a writer panicked"))
            .collect();
        (started.elapsed(), latencies)
    })
}

/// Wall times of `runs` CLI processes (after one warm-up), printing to a pipe.
fn cli_runs(db: &Path, args: &[&str], no_server: bool, runs: usize) -> Vec<Duration> {
    (0..=runs)
        .map(|_| {
            let mut cmd = lejek(db);
            if no_server {
                cmd.arg("--no-server");
            }
            let started = Instant::now();
            let out = cmd.args(args).output().expect("run lejek");
            let t = started.elapsed();
            assert!(
                out.status.success(),
                "{args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(!out.stdout.is_empty(), "{args:?} printed nothing");
            t
        })
        .skip(1)
        .collect()
}

/// `lejek --db DB` as anna, in English, through the database's server.
fn lejek(db: &Path) -> Command {
    let mut c = common::lejek(db, "anna");
    c.env("LEJEK_LANG", "en")
        .env_remove("LEJEK_NO_SERVER")
        .env_remove("LEJEK_DB");
    c
}

/// The value below which a fraction `p` of the samples lie (0: the least, 1: the most).
fn percentile(v: &[Duration], p: f64) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i]
}

fn row(what: &str, times: &[Duration], target: &str) {
    println!(
        "| {what} | {} | {} | {} | {} | {target} |",
        ms(percentile(times, 0.5)),
        ms(percentile(times, 0.95)),
        ms(percentile(times, 0.99)),
        ms(percentile(times, 1.0)),
    );
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.3} ms")
    } else {
        format!("{ms:.1} ms")
    }
}
