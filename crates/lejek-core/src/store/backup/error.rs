//! Why a backup or a restore failed. Bad input (an existing target, a damaged or foreign
//! file) is told apart from failures of the disk or the store, so the CLI can exit 2 for the
//! first and 1 for the rest.

use std::path::PathBuf;

use crate::store::OpenError;

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// The backup's name is taken: an older backup is never replaced by accident.
    #[error("{0} already exists")]
    Exists(PathBuf),
    /// The directory the backup should go into does not exist.
    #[error("the directory of {0} does not exist")]
    NoDir(PathBuf),
    #[error("no backup file {0}")]
    NoFile(PathBuf),
    /// A restore goes only into an empty or new directory.
    #[error("{0} is not an empty directory")]
    NotEmpty(PathBuf),
    #[error("{0} is not a lejek backup")]
    NotABackup(PathBuf),
    #[error("{path} has backup format {found}, newer than this build knows ({known})")]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    /// The backed-up database has a newer format than this build can open.
    #[error("{path} holds a database of format {found}, newer than this build knows ({known})")]
    DbTooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("{path} is damaged at byte {at}: {what:?}")]
    Damaged {
        path: PathBuf,
        at: u64,
        what: Damage,
    },
    /// A record the service would refuse (`service::rules`): the first one found.
    #[error("{path}: record {tree} {key} refused: {why:?}")]
    Refused {
        path: PathBuf,
        tree: &'static str,
        key: String,
        why: crate::i18n::Message,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("store: {0}")]
    Sled(#[from] sled::Error),
    #[error("{0}")]
    Open(#[from] OpenError),
}

/// What is wrong with a damaged backup file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    /// It ends before its end marker: an interrupted copy.
    Truncated,
    /// The content does not match the checksum at its end.
    Checksum,
    /// An entry of a kind this format does not have.
    Tag(u8),
    /// A record of a tree this build does not know.
    Tree,
    /// A file entry whose name is not a SHA-256.
    FileName,
    /// A length beyond anything a backup holds.
    Length,
    /// The end marker's counts differ from the entries read.
    Counts,
    /// Bytes after the end marker.
    Trailing,
    /// A file whose content is not what its SHA-256 name says.
    FileContent,
}

impl Damage {
    /// The catalogue key of the message.
    pub fn key(self) -> &'static str {
        match self {
            Damage::Truncated => "maint.err.truncated",
            Damage::Checksum => "maint.err.checksum",
            Damage::Tag(_) | Damage::Tree | Damage::FileName | Damage::Length | Damage::Counts => {
                "maint.err.malformed"
            }
            Damage::Trailing => "maint.err.trailing",
            Damage::FileContent => "integrity.err.file_content",
        }
    }
}

impl BackupError {
    pub(crate) fn io(path: &std::path::Path) -> impl Fn(std::io::Error) -> BackupError + '_ {
        move |source| BackupError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
