//! What a long operation says on stderr while it runs (issue 9): on a terminal, a bar with
//! counts and the time left (indicatif), or a spinner with the time spent when the size of
//! the work is not known here (a backup or check that the server does); in a pipe or under
//! cron, nothing until one summary line at the end; with `--quiet`, not even that. Errors
//! do not go through here: they always print.

use std::fmt::Display;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use indicatif::{HumanBytes, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

use crate::i18n::{Lang, tr, trf};

static QUIET: AtomicBool = AtomicBool::new(false);

/// The bar on screen, if any, so that a log line can be written without tearing it
/// (`suspend`). At most one: lejek runs one long operation at a time.
static SHOWN: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// How often a spinner redraws by itself while nothing reports progress.
const SPIN: Duration = Duration::from_millis(120);

/// `--quiet`: no progress, no summary lines.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Whether a person is watching stderr and wants to see the work go on.
fn live() -> bool {
    !quiet() && std::io::stderr().is_terminal()
}

/// The one line a finished operation leaves on stderr (cron mails it), unless `--quiet`.
pub fn summary(line: impl Display) {
    if !quiet() {
        suspend(|| eprintln!("lejek: {line}"));
    }
}

/// Run `f` (which writes to stderr) with the bar taken off the screen meanwhile, so the
/// output does not land in the middle of a half-drawn bar.
pub fn suspend<R>(f: impl FnOnce() -> R) -> R {
    let shown = SHOWN.lock().unwrap_or_else(PoisonError::into_inner).clone();
    match shown {
        Some(bar) => bar.suspend(f),
        None => f(),
    }
}

/// A live bar or spinner on stderr; a hidden one (every call a no-op) when nobody watches.
/// Dropping it clears it from the screen, so an error printed after it stands alone.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar over `total` steps: "label [=====>    ] 1200/5000 (24%) · 3s left".
    pub fn bar(lang: Lang, label: impl Into<String>, total: u64) -> Progress {
        let p = Progress::new(ProgressBar::new(total));
        let left = trf(lang, "progress.left", &[&"{eta}"]);
        let template = format!("{{prefix}} [{{bar:30}}] {{pos}}/{{len}} ({{percent}}%) · {left}");
        if let Ok(style) = ProgressStyle::with_template(&template) {
            p.bar.set_style(style.progress_chars("=> "));
        }
        p.bar.set_prefix(label.into());
        p
    }

    /// A spinner with the time spent, for work whose size is unknown here.
    pub fn spinner(label: impl Into<String>) -> Progress {
        Progress::spinning(label, "{spinner} {prefix} {elapsed}", None)
    }

    /// A spinner that also shows how big `file` has grown: a backup being written.
    pub fn spinner_over(label: impl Into<String>, file: PathBuf) -> Progress {
        Progress::spinning(label, "{spinner} {prefix} {elapsed} {size}", Some(file))
    }

    fn spinning(label: impl Into<String>, template: &str, file: Option<PathBuf>) -> Progress {
        let p = Progress::new(ProgressBar::new_spinner());
        if let Ok(mut style) = ProgressStyle::with_template(template) {
            if let Some(file) = file {
                style = style.with_key(
                    "size",
                    move |_: &ProgressState, w: &mut dyn std::fmt::Write| {
                        // Not there yet, or already renamed: nothing to show for a moment.
                        if let Ok(m) = std::fs::metadata(&file) {
                            let _ = write!(w, "{}", HumanBytes(m.len()));
                        }
                    },
                );
            }
            p.bar.set_style(style);
        }
        p.bar.set_prefix(label.into());
        if !p.bar.is_hidden() {
            p.bar.enable_steady_tick(SPIN);
        }
        p
    }

    fn new(bar: ProgressBar) -> Progress {
        let target = if live() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        bar.set_draw_target(target);
        if !bar.is_hidden() {
            *SHOWN.lock().unwrap_or_else(PoisonError::into_inner) = Some(bar.clone());
        }
        Progress { bar }
    }

    /// Steps done so far.
    pub fn set(&self, done: u64) {
        self.bar.set_position(done);
    }

    pub fn inc(&self, steps: u64) {
        self.bar.inc(steps);
    }

    /// Start over on a new part of the work (the next section of `import all`).
    pub fn restart(&self, label: impl Into<String>, total: u64) {
        self.bar.set_prefix(label.into());
        self.bar.set_length(total);
        self.bar.reset();
    }

    /// The label of a step whose work is measured elsewhere, e.g. "backup".
    pub fn label(lang: Lang, key: &'static str) -> String {
        tr(lang, key).to_owned()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
        let mut shown = SHOWN.lock().unwrap_or_else(PoisonError::into_inner);
        if shown.is_some() && !self.bar.is_hidden() {
            *shown = None;
        }
    }
}
