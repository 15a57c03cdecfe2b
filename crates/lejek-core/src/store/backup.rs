//! The backup file (X5, issue 7): a consistent snapshot of every tree and every attachment
//! file in one versioned file, and its restore into an empty directory.
//!
//! Layout, format 1 (integers big-endian):
//!
//! ```text
//! "LEJEKBAK"  u32 format
//! 'R' u8 tree-name length, tree name, u32 key length, key, u32 value length, value
//! 'F' u8 name length, name (the content's SHA-256, 64 hex digits), u64 length, content
//! ... records and files, any number, in any order
//! 'E' u64 records, u64 files, SHA-256 of every byte before it (32 bytes), end of file
//! ```
//!
//! Values are the store's own bytes (the codec's envelopes), so a restore is byte-for-byte
//! and needs no knowledge of the records; the database's format version travels in the meta
//! tree like any other record.

mod error;
mod format;
pub mod read;
pub mod restore;
mod write;

use serde::{Deserialize, Serialize};

pub use error::{BackupError, Damage};
// `VERSION` is named by the tests and the fuzz target (feature "internals").
#[cfg_attr(not(feature = "internals"), allow(unused_imports))]
pub use format::VERSION;
pub use restore::restore;
pub use write::{BackupWriter, finish_tmp, open_tmp};

/// What a backup wrote or a restore read.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BackupSummary {
    /// Key/value pairs over all trees.
    pub records: u64,
    /// Attachment files.
    pub files: u64,
    /// Size of the backup file.
    pub bytes: u64,
}
