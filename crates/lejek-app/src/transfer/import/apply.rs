//! Writing an import: chunks of commands, each one transaction (`apply_batch`), so a crash
//! leaves whole records only and running the same import again finds them (dedupe) and
//! adds the rest. A chunk the service refuses because of one bad row is split in halves
//! until the bad row stands alone: the other rows are still written, the bad one is
//! rejected with the service's own reason.

use crate::backend::Backend;
use crate::i18n::Lang;
use crate::model::Id;
use crate::service::{Command, Error, Result};

/// Commands per transaction: big enough to keep the flushes few, small enough that
/// sled's transaction memory stays low (BENCHMARKS.md: flat from 500 to 2,000).
pub const CHUNK: usize = 500;

/// One command to write.
pub struct Item {
    pub cmd: Command,
    /// It needs records this import writes first (a stage added by `--create-missing`, a
    /// new company): a dry run, which writes nothing, cannot plan it and takes the rows'
    /// own checks as its verdict.
    pub depends: bool,
}

/// What became of one command: the id it created or changed, or why it was refused.
pub type Done = std::result::Result<Option<Id>, String>;

/// Bad input (exit 2) is the row's fault; anything else (disk, server) stops the import.
fn row_fault(e: &Error) -> bool {
    e.exit_code() == 2
}

/// Write (or with `dry_run` plan) `items` in order; one answer per item. Stops with an
/// error only for failures that are not a row's fault, with every earlier chunk written.
pub fn apply(
    svc: &Backend,
    lang: Lang,
    dry_run: bool,
    items: Vec<Item>,
    mut progress: impl FnMut(usize),
) -> Result<Vec<Done>> {
    let mut out = Vec::with_capacity(items.len());
    // Nothing written yet: a bar shows its size before the first chunk is done.
    progress(0);
    if dry_run {
        for it in items {
            if it.depends {
                out.push(Ok(None));
                continue;
            }
            match svc.dry_run(it.cmd) {
                Ok(o) => out.push(Ok(o.id)),
                Err(e) if row_fault(&e) => out.push(Err(e.message(lang))),
                Err(e) => return Err(e),
            }
            progress(out.len());
        }
        return Ok(out);
    }
    let mut cmds: Vec<Command> = items.into_iter().map(|i| i.cmd).collect();
    let total = cmds.len();
    while !cmds.is_empty() {
        let rest = cmds.split_off(cmds.len().min(CHUNK));
        let (rows, before) = (cmds.len(), out.len());
        write(svc, lang, cmds, &mut out)?;
        let refused = out[before..].iter().filter(|d| d.is_err()).count();
        tracing::debug!(
            rows,
            refused,
            done = out.len(),
            total,
            "import: chunk written"
        );
        progress(out.len());
        cmds = rest;
    }
    Ok(out)
}

/// One transaction for `cmds`; when a row's fault refuses it, each half on its own.
fn write(svc: &Backend, lang: Lang, cmds: Vec<Command>, out: &mut Vec<Done>) -> Result<()> {
    let copy = if cmds.len() > 1 {
        Some(cmds.clone())
    } else {
        None
    };
    match svc.apply_batch(cmds) {
        Ok(outcomes) => {
            out.extend(outcomes.into_iter().map(|o| Ok(o.id)));
            Ok(())
        }
        Err(e) if row_fault(&e) => match copy {
            None => {
                out.push(Err(e.message(lang)));
                Ok(())
            }
            Some(mut first) => {
                let second = first.split_off(first.len() / 2);
                write(svc, lang, first, out)?;
                write(svc, lang, second, out)
            }
        },
        Err(e) => Err(e),
    }
}
