//! The backup file (X5, issue 7): a consistent snapshot of every tree and every attachment
//! file in one versioned file, and its restore into an empty directory.

use serde::{Deserialize, Serialize};

/// What a backup wrote.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupSummary {
    pub records: u64,
    pub files: u64,
    pub bytes: u64,
}
