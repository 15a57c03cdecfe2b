//! The database as a whole, as front ends see it: whether one is present, its format, the
//! errors of opening it, what a backup and a check report. This is the store's chosen surface;
//! its trees, keys and codec stay inside the core.

use std::fs::File;
use std::path::{Path, PathBuf};

pub use crate::store::backup::BackupSummary;
pub use crate::store::check::{CheckReport, OnProgress};
pub use crate::store::{FORMAT_VERSION, OpenError};

use super::Result;
use super::maintenance::backup_error;

/// Is there a database in `dir` (not just an empty or missing folder)?
pub fn present(dir: &Path) -> std::result::Result<bool, OpenError> {
    crate::store::open::store_present(dir)
}

/// Wait until a process that just closed the database in `dir` has let go of it.
pub fn settle(dir: &Path) -> std::result::Result<(), OpenError> {
    crate::store::Store::settle(dir)
}

/// Is an upgrade of the database in `dir` under way (a server is converting it)?
pub fn upgrading(dir: &Path) -> bool {
    crate::store::upgrading(dir)
}

/// A backup's file, opened beside `path` under a temporary name with the caller's own
/// permissions (a client makes it and hands it to the server open).
pub fn open_backup_file(path: &Path) -> Result<(File, PathBuf)> {
    crate::store::backup::open_tmp(path).map_err(backup_error)
}

/// Puts a finished backup file (`open_backup_file`'s temporary) in its place.
pub fn finish_backup_file(tmp: &Path, path: &Path) -> Result<()> {
    crate::store::backup::finish_tmp(tmp, path).map_err(backup_error)
}

impl super::Service {
    /// The directory of the open database (its `files/`, `outbox/` and caches beside the
    /// store): what a front end may know of where the data lives, without the store itself.
    pub fn dir(&self) -> &Path {
        self.store.dir()
    }
}
