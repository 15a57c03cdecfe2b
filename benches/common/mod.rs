//! What the benches that drive the real binary share: the binary, the frozen clock, a
//! `lejek` command on a database, a fresh copy of a generated template database, and the
//! machine line printed above the results.
//!
//! Included by a bench as `#[path = "common/mod.rs"] mod common;` (it is no bench target
//! of its own).
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

pub const NOW: &str = "2026-11-28T12:00:00Z";
pub const LEJEK: &str = env!("CARGO_BIN_EXE_lejek");

/// `lejek --db DB` as `user`, with the clock frozen at NOW and the zone fixed; the rest of
/// the environment is the bench's own.
pub fn lejek(db: &Path, user: &str) -> Command {
    let mut c = Command::new(LEJEK);
    c.env("LEJEK_NOW", NOW)
        .env("TZ", "Europe/Warsaw")
        .env("LEJEK_USER", user)
        .arg("--db")
        .arg(db);
    c
}

/// `to` as a copy of the database `from`, whatever was at `to` before removed.
pub fn fresh_copy(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    copy_dir(from, to).expect("copy the database");
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let dest = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &dest)?;
        } else if entry.file_type()?.is_file() {
            // Not the socket or log of a server that once ran on the template.
            std::fs::copy(entry.path(), dest)?;
        }
    }
    Ok(())
}

/// What the numbers were measured on: CPUs, model, memory, load, date.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| "?".into());
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(0);
    let mem_kb: u64 = std::fs::read_to_string("/proc/meminfo")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("MemTotal"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let date = Command::new("date")
        .arg("-u")
        .arg("+%Y-%m-%d %H:%M UTC")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!(
        "machine: {cpus} CPUs, {model}, {:.1} GB RAM; load average {}; {date}",
        mem_kb as f64 / 1024.0 / 1024.0,
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    )
}
