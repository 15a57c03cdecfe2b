//! Diagnostics on stderr (issue 9), so a failing cron job can be understood after the fact:
//! `tracing` events at warn and above by default, info with `-v`, debug with `-vv`, trace
//! with `-vvv`, errors only with `--quiet`. `LEJEK_LOG` refines that with tracing's filter
//! directives (`LEJEK_LOG=lejek=debug`, `LEJEK_LOG=lejek::server=trace`). Never on stdout:
//! what a command prints there (JSON, CSV) stays parseable whatever the level.

use std::io::Write;
use std::sync::{Mutex, PoisonError};

use ratatui::crossterm::terminal::is_raw_mode_enabled;
use tracing::level_filters::LevelFilter;
use tracing_subscriber::EnvFilter;

use super::{log_targets, progress};
use crate::i18n::{Lang, trf};

/// The environment variable with filter directives.
pub const ENV: &str = "LEJEK_LOG";

/// Install the stderr logger for this process. A second call (a test or bench that runs
/// the CLI in process more than once) keeps the first logger.
pub fn setup(quiet: bool, verbose: u8, lang: Lang) {
    let level = level(quiet, verbose);
    let builder = EnvFilter::builder().with_default_directive(level.into());
    // `--quiet` is the last word: LEJEK_LOG in a crontab must not bring the chatter back.
    let directives = std::env::var(ENV)
        .ok()
        .filter(|_| !quiet)
        .map(|d| log_targets::for_each_crate(&d));
    let filter = match directives.as_deref().map(str::trim) {
        None | Some("") => builder.parse_lossy(""),
        Some(d) => builder.parse(d).unwrap_or_else(|e| {
            // Say so once and go on at the flags' level: a typo in a filter must not stop
            // the job it was meant to diagnose.
            eprintln!("lejek: {}", trf(lang, "log.bad_filter", &[&ENV, &e]));
            EnvFilter::builder()
                .with_default_directive(level.into())
                .parse_lossy("")
        }),
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(|| Stderr)
        .with_ansi(false)
        .try_init();
}

/// The level the flags ask for.
fn level(quiet: bool, verbose: u8) -> LevelFilter {
    match (quiet, verbose) {
        (true, _) => LevelFilter::ERROR,
        (false, 0) => LevelFilter::WARN,
        (false, 1) => LevelFilter::INFO,
        (false, 2) => LevelFilter::DEBUG,
        (false, _) => LevelFilter::TRACE,
    }
}

/// stderr, with a progress bar on the screen moved out of the way of each line, and
/// nothing written while the TUI has the terminal (a log line would land in the middle of
/// its screen): those lines are held and printed once it is given back.
struct Stderr;

impl Write for Stderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_all(buf)?;
        Ok(buf.len())
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        let buf = &*log_targets::shown(buf);
        // Raw mode is what the TUI switches on while it draws; nothing else in lejek does.
        if is_raw_mode_enabled().unwrap_or(false) {
            hold(buf);
            return Ok(());
        }
        release_held();
        // One event is one write_all: keep it whole under one suspension.
        progress::suspend(|| std::io::stderr().write_all(buf))
    }

    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// Log output held while the TUI ran, and how many lines did not fit.
struct Held {
    bytes: Vec<u8>,
    dropped: u64,
}

static HELD: Mutex<Held> = Mutex::new(Held {
    bytes: Vec::new(),
    dropped: 0,
});

/// Enough for any -vv session; a -vvv trace of a long one is cut rather than kept whole.
const HOLD_MAX: usize = 1 << 20;

fn hold(buf: &[u8]) {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    if held.bytes.len() + buf.len() <= HOLD_MAX {
        held.bytes.extend_from_slice(buf);
    } else {
        held.dropped += 1;
    }
}

/// Print what was held while the TUI had the terminal (called when a command ends, and
/// before the next line written after the TUI).
pub fn release_held() {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    if held.bytes.is_empty() && held.dropped == 0 {
        return;
    }
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(&held.bytes);
    if held.dropped > 0 {
        let _ = writeln!(
            err,
            "... {} more log lines of the TUI session not kept",
            held.dropped
        );
    }
    held.bytes.clear();
    held.dropped = 0;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_choose_the_default_level() {
        assert_eq!(level(true, 3), LevelFilter::ERROR);
        assert_eq!(level(false, 0), LevelFilter::WARN);
        assert_eq!(level(false, 1), LevelFilter::INFO);
        assert_eq!(level(false, 2), LevelFilter::DEBUG);
        assert_eq!(level(false, 7), LevelFilter::TRACE);
    }
}
