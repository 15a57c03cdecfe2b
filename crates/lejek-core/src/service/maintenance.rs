//! Backup, restore and check on the service. Long read-only work does not hold the writer
//! lock for its whole run (issue 15 item 7): it reads with writers going on, and knows from
//! the count of writes begun whether one committed meanwhile. A backup then gives exactly
//! one moment's state of every tree (see `backup`); a check reports only what it finds
//! again with writers held out. Every walk is bounded (`store::walk`) and stops when the
//! caller's `stop` is set (the client went away). Store errors become the service's errors
//! here: a bad target or a damaged backup is bad input (exit 2), a failing disk or store is
//! a failure (exit 1).

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Error, Result, Service, invalid};
use crate::store::backup::{self, BackupError, BackupSummary, BackupWriter};
use crate::store::check::{self, CheckReport};

/// Tries of a backup with writers going on before the last one holds them out.
const FREE_TRIES: usize = 2;

impl Service {
    /// Write a backup of everything to `path` (which must not exist yet).
    /// `progress` hears (records written, records in all) while the trees are read.
    pub fn backup(&self, path: &Path, progress: check::OnProgress) -> Result<BackupSummary> {
        self.backup_until(path, progress, None)
    }

    /// `backup`, ended with an error once `stop` is set (the server's client went away).
    ///
    /// Consistency: the trees are read with writers going on, between two looks at the count
    /// of writes begun, each taken with writers held out. Equal counts mean no command
    /// committed during the read, so the file holds one moment's state of all trees, as if
    /// they had been read under the lock. Otherwise the read is thrown away and done again;
    /// after `FREE_TRIES` the last read holds writers out (bounded like every walk, and
    /// stopped with its client), so a busy database still gets its backup. Files come after:
    /// content is immutable and stored before the command that refers to it, so every file
    /// the trees name is already there.
    pub fn backup_until(
        &self,
        path: &Path,
        progress: check::OnProgress,
        stop: Option<&AtomicBool>,
    ) -> Result<BackupSummary> {
        self.backup_with(&mut || BackupWriter::create(path), progress, stop)
    }

    /// `backup_until` into `file`, opened by a client of the server with its own
    /// permissions (`Request::Backup`); `shown` is its name for messages.
    pub fn backup_into(
        &self,
        file: std::fs::File,
        shown: &Path,
        progress: check::OnProgress,
        stop: Option<&AtomicBool>,
    ) -> Result<BackupSummary> {
        let mut make = || {
            let again = file.try_clone().map_err(BackupError::io(shown))?;
            BackupWriter::into_file(again, shown)
        };
        self.backup_with(&mut make, progress, stop)
    }

    fn backup_with(
        &self,
        make: &mut dyn FnMut() -> std::result::Result<BackupWriter, BackupError>,
        progress: check::OnProgress,
        stop: Option<&AtomicBool>,
    ) -> Result<BackupSummary> {
        let mut tries = 0;
        let w = loop {
            let mut w = make().map_err(backup_error)?;
            if tries == FREE_TRIES {
                let _guard = self.writer()?;
                w.trees(&self.store, progress, stop).map_err(backup_error)?;
                break w;
            }
            tries += 1;
            let before = self.writes_begun()?;
            w.trees(&self.store, progress, stop).map_err(backup_error)?;
            if self.writes_begun()? == before {
                break w;
            }
            // A command committed while the trees were read: this file would mix two
            // moments. Dropping the writer removes it.
            tracing::info!(tries, "backup: a write came in meanwhile, reading again");
        };
        let mut w = w;
        w.files(&self.store.files_dir()).map_err(backup_error)?;
        w.finish().map_err(backup_error)
    }

    /// Restore the backup `file` into `dir`, which must be empty or not exist. No service
    /// runs there yet: this is the one maintenance step without an open database.
    /// `progress` hears (entries written, entries in the backup) once the backup is checked.
    pub fn restore(
        file: &Path,
        dir: &Path,
        progress: backup::restore::OnProgress,
    ) -> Result<BackupSummary> {
        let judge = |t, value: &[u8]| match super::rules::judge(t, value) {
            super::rules::Verdict::Fine => None,
            super::rules::Verdict::Refused(e) => Some(super::rules::reason(&e)),
            super::rules::Verdict::Undecodable(why) => {
                Some(crate::i18n::Message::new("integrity.reason.undecodable").arg(why))
            }
        };
        backup::restore(file, dir, &judge, progress).map_err(backup_error)
    }

    /// Verify the store; with `repair`, first rebuild indexes from records, then verify
    /// (the report lists what a repair cannot fix).
    /// `progress` hears (records checked, records in all) while the store is verified.
    pub fn check(&self, repair: bool, progress: check::OnProgress) -> Result<CheckReport> {
        self.check_until(repair, progress, None)
    }

    /// `check`, ended with an error once `stop` is set (the server's client went away).
    ///
    /// A repair writes, so it holds writers out. A plain check reads with writers going on:
    /// when it finds nothing, or no write began meanwhile, that is the answer; when it found
    /// problems and writes came in, a problem may be a command half seen, so it is checked
    /// again with writers held out, and that report is the answer. A sound store in use is
    /// checked without stopping anyone's work.
    pub fn check_until(
        &self,
        repair: bool,
        progress: check::OnProgress,
        stop: Option<&AtomicBool>,
    ) -> Result<CheckReport> {
        if !repair {
            let before = self.writes_begun()?;
            let report = self.check_all(progress, stop)?;
            if report.total() == 0 || self.writes_begun()? == before {
                return Ok(report);
            }
        }
        let _guard = self.writer()?;
        let repaired = if repair {
            self.writes_begun.fetch_add(1, Ordering::SeqCst);
            // A repair rewrites the store under the model: it is built again when needed.
            self.drop_model();
            check::repair(&self.store, stop)?
        } else {
            0
        };
        let mut report = self.check_all(progress, stop)?;
        report.repaired = repaired;
        Ok(report)
    }

    /// The store's structure, then every record against the service's rules (a record
    /// that got in past them: an older version, a doctored backup).
    fn check_all(
        &self,
        progress: check::OnProgress,
        stop: Option<&AtomicBool>,
    ) -> Result<CheckReport> {
        let mut report = check::check(&self.store, progress, stop)?;
        super::check_fields::refused_records(&self.store, &mut report, stop)?;
        report.model_rebuilt = !crate::read_model::snapshot::matches_store(self)?;
        Ok(report)
    }

    /// The writer lock, never refused as poisoned (see `Service::writer_lock`).
    fn writer(&self) -> Result<std::sync::MutexGuard<'_, ()>> {
        Ok(self.writer_lock())
    }

    /// Writes begun so far, read with writers held out (so none is half done).
    fn writes_begun(&self) -> Result<u64> {
        let _guard = self.writer()?;
        Ok(self.writes_begun.load(Ordering::SeqCst))
    }
}

/// A backup's error as the service says it.
pub fn backup_error(e: BackupError) -> Error {
    let shown = |p: &Path| p.display().to_string();
    match e {
        BackupError::Exists(p) => invalid("maint.err.exists", &[&shown(&p)]),
        BackupError::NoDir(p) => invalid("maint.err.no_dir", &[&shown(&p)]),
        BackupError::NoFile(p) => invalid("maint.err.no_backup", &[&shown(&p)]),
        BackupError::NotEmpty(p) => invalid("maint.err.not_empty", &[&shown(&p)]),
        BackupError::NotABackup(p) => invalid("maint.err.not_backup", &[&shown(&p)]),
        BackupError::TooNew { path, found, known } => {
            invalid("maint.err.too_new", &[&shown(&path), &found, &known])
        }
        BackupError::DbTooNew { path, found, known } => {
            invalid("maint.err.db_too_new", &[&shown(&path), &found, &known])
        }
        BackupError::Damaged { path, at, what } => invalid(what.key(), &[&shown(&path), &at]),
        BackupError::Refused {
            path,
            tree,
            key,
            why,
        } => Error::Invalid(
            crate::i18n::Message::new("integrity.err.restore_refused")
                .arg(shown(&path))
                .arg(tree)
                .arg(key)
                .arg_message(&why),
        ),
        BackupError::Io { path, source } => Error::Io {
            path: shown(&path),
            source,
        },
        BackupError::Sled(e) => e.into(),
        BackupError::Open(e) => Error::Open(e),
    }
}
