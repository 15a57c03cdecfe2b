//! Backup, restore and check on the service: backup and check hold the writer lock, so a
//! backup taken while the database is in use is a consistent snapshot and a repair races
//! no writer. Store errors become the service's errors here: a bad target or a damaged
//! backup is bad input (exit 2), a failing disk or store is a failure (exit 1).

use std::path::Path;

use super::{Error, Result, Service, invalid};
use crate::store::backup::{self, BackupError, BackupSummary, BackupWriter};
use crate::store::check::{self, CheckReport};

impl Service {
    /// Write a backup of everything to `path` (which must not exist yet).
    /// `progress` hears (records written, records in all) while the trees are read.
    pub fn backup(&self, path: &Path, progress: check::OnProgress) -> Result<BackupSummary> {
        let mut w = BackupWriter::create(path).map_err(backup_error)?;
        {
            // No command commits while the trees are read: one moment's state of all of
            // them. Files come after the lock: content is immutable and stored before the
            // command that refers to it, so every file the trees name is already there.
            let _guard = self.writer()?;
            w.trees(&self.store, progress).map_err(backup_error)?;
        }
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
        backup::restore(file, dir, progress).map_err(backup_error)
    }

    /// Verify the store; with `repair`, first rebuild indexes from records, then verify
    /// (the report lists what a repair cannot fix).
    /// `progress` hears (records checked, records in all) while the store is verified.
    pub fn check(&self, repair: bool, progress: check::OnProgress) -> Result<CheckReport> {
        let _guard = self.writer()?;
        let repaired = if repair {
            check::repair(&self.store)?
        } else {
            0
        };
        let mut report = check::check(&self.store, progress)?;
        report.repaired = repaired;
        Ok(report)
    }

    /// The writer lock, never refused as poisoned (see `Service::writer_lock`).
    fn writer(&self) -> Result<std::sync::MutexGuard<'_, ()>> {
        Ok(self.writer_lock())
    }
}

fn backup_error(e: BackupError) -> Error {
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
        BackupError::Io { path, source } => Error::Io {
            path: shown(&path),
            source,
        },
        BackupError::Sled(e) => e.into(),
        BackupError::Open(e) => Error::Open(e),
    }
}
