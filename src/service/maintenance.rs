//! Backup and check on the open service: both hold the writer lock, so a backup taken while
//! the database is in use is a consistent snapshot and a repair races no writer.

use std::path::Path;

use super::{Result, Service};
use crate::store::backup::BackupSummary;
use crate::store::check::CheckReport;

impl Service {
    /// Write a backup of everything to `path`.
    pub fn backup(&self, _path: &Path) -> Result<BackupSummary> {
        Err(super::invalid("err.not_yet", &[&"backup"]))
    }

    /// Verify the store; with `repair`, rebuild indexes from records.
    pub fn check(&self, _repair: bool) -> Result<CheckReport> {
        Err(super::invalid("err.not_yet", &[&"check"]))
    }
}
