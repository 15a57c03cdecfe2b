//! Restoring a backup into an empty directory: a first pass reads the whole file and checks
//! it (structure, versions, counts, checksum) writing nothing; only a sound backup is then
//! written, record by record, into a new store. A failure during the write removes what it
//! made, so the directory is left as it was found.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::read::{Sink, read_backup};
use super::{BackupError, BackupSummary, Damage};
use crate::i18n::Message;
use crate::store::{FORMAT_VERSION, Store, T};

/// The service's judgement of one stored record (`service::rules`): why it would refuse
/// it, or None. The store knows bytes, not rules, so the caller brings them.
pub type Judge<'a> = &'a dyn Fn(T, &[u8]) -> Option<Message>;

/// How far a restore has got: (entries written, entries in the backup), first called once
/// the backup has been checked, then every `PROGRESS_EVERY` entries.
pub type OnProgress<'a> = &'a mut dyn FnMut(u64, u64);

/// How many entries between two progress reports (a report per record would cost more than
/// the insert).
const PROGRESS_EVERY: u64 = 1_000;

/// Restore the backup `file` into `dir`, which must be empty or not exist.
/// Every record is judged by `judge` and every file's content must match its SHA-256
/// name in the checking pass: a backup whose checksum was recomputed over edited content is
/// refused whole, before anything is written (issue 15 item 11).
pub fn restore(
    file: &Path,
    dir: &Path,
    judge: Judge,
    progress: OnProgress,
) -> Result<BackupSummary, BackupError> {
    let existed = require_empty(dir)?;
    let mut verify = Verify {
        db_format: None,
        judge,
        path: file,
        refused: None,
    };
    let counts = read_backup(file, &mut verify)?;
    // Only a sound file's content is judged: a damaged one is told as damaged.
    if let Some(refused) = verify.refused {
        return Err(refused);
    }
    match verify.db_format {
        Some(found) if found > FORMAT_VERSION => {
            return Err(BackupError::DbTooNew {
                path: file.to_path_buf(),
                found,
                known: FORMAT_VERSION,
            });
        }
        // No lejek ever wrote format 0: opening it would "upgrade" from a format that never
        // was. (A store without the key is taken as this format, as `Store::open` does.)
        Some(0) => {
            return Err(BackupError::Refused {
                path: file.to_path_buf(),
                tree: T::Meta.name(),
                key: "format_version".into(),
                why: Message::new("integrity.reason.format_version").arg(0),
            });
        }
        _ => {}
    }
    let total = counts.records + counts.files;
    progress(0, total);
    let written = write_store(file, dir, total, progress);
    if written.is_err() {
        undo(dir, existed);
    }
    written
}

/// Whether `dir` exists (and is empty); anything in it is refused.
fn require_empty(dir: &Path) -> Result<bool, BackupError> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            None => Ok(true),
            Some(_) => Err(BackupError::NotEmpty(dir.to_path_buf())),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            Err(BackupError::NotEmpty(dir.to_path_buf()))
        }
        Err(e) => Err(BackupError::io(dir)(e)),
    }
}

fn write_store(
    file: &Path,
    dir: &Path,
    total: u64,
    progress: OnProgress,
) -> Result<BackupSummary, BackupError> {
    let store = Store::open(dir, true)?;
    let mut restorer = Restorer {
        store: &store,
        done: 0,
        total,
        progress,
    };
    let counts = read_backup(file, &mut restorer)?;
    progress_at(&mut restorer, true);
    store.db.flush()?;
    Ok(BackupSummary {
        records: counts.records,
        files: counts.files,
        bytes: counts.bytes,
    })
}

/// Remove what a failed restore made: the store and files directories, or the whole
/// directory when the restore created it.
fn undo(dir: &Path, existed: bool) {
    if existed {
        let _ = std::fs::remove_dir_all(dir.join("store"));
        let _ = std::fs::remove_dir_all(dir.join("files"));
    } else {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// The checking pass: parses everything, notes the database's format version, judges
/// every record and hashes every file.
struct Verify<'j, 'p> {
    db_format: Option<u32>,
    judge: Judge<'j>,
    path: &'p Path,
    /// The first record or file refused; told once the whole file is read and its
    /// checksum found right (a damaged file is reported as damaged).
    refused: Option<BackupError>,
}

impl Verify<'_, '_> {
    fn refuse(&mut self, e: BackupError) {
        self.refused.get_or_insert(e);
    }
}

impl Sink for Verify<'_, '_> {
    fn record(&mut self, tree: T, key: &[u8], value: &[u8]) -> Result<(), BackupError> {
        if tree == T::Meta && key == b"format_version" {
            self.db_format = Some(value.try_into().map(u32::from_be_bytes).unwrap_or(u32::MAX));
        }
        if self.refused.is_none()
            && let Some(why) = (self.judge)(tree, value)
        {
            self.refuse(BackupError::Refused {
                path: self.path.to_path_buf(),
                tree: tree.name(),
                key: crate::store::key_text::describe_key(tree, key),
                why,
            });
        }
        Ok(())
    }

    fn file(&mut self, name: &str, _: u64, content: &mut dyn Read) -> Result<(), BackupError> {
        let mut hasher = Sha256::new();
        io::copy(content, &mut hasher).map_err(BackupError::io(self.path))?;
        let hex: String = hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if hex != name {
            self.refuse(BackupError::Damaged {
                path: self.path.to_path_buf(),
                at: 0,
                what: Damage::FileContent,
            });
        }
        Ok(())
    }
}

/// The writing pass. One insert per record: measured on a million records, sled batches of
/// 10,000 took longer and held 1.5-2.2 GB resident where plain inserts take 0.3 GB.
struct Restorer<'s, 'p> {
    store: &'s Store,
    done: u64,
    total: u64,
    progress: OnProgress<'p>,
}

/// Count one more entry written and report now and then (or at the end, `last`).
fn progress_at(r: &mut Restorer, last: bool) {
    if last || r.done.is_multiple_of(PROGRESS_EVERY) {
        (r.progress)(r.done, r.total);
    }
}

impl Sink for Restorer<'_, '_> {
    fn record(&mut self, tree: T, key: &[u8], value: &[u8]) -> Result<(), BackupError> {
        self.store.tree(tree).insert(key, value)?;
        self.done += 1;
        progress_at(self, false);
        Ok(())
    }

    fn legacy(&mut self, tree: &'static str, key: &[u8], value: &[u8]) -> Result<(), BackupError> {
        self.store.db.open_tree(tree)?.insert(key, value)?;
        self.done += 1;
        progress_at(self, false);
        Ok(())
    }

    /// Written under a temporary name and renamed, as the file store does.
    fn file(&mut self, name: &str, len: u64, content: &mut dyn Read) -> Result<(), BackupError> {
        let dir = self.store.files_dir();
        let tmp = dir.join(format!(".{name}.part"));
        let io = BackupError::io(&tmp);
        let mut out = File::create(&tmp).map_err(&io)?;
        let copied = io::copy(content, &mut out).map_err(&io)?;
        if copied != len {
            // The parser reports the cut-short backup; do not leave the piece behind.
            let _ = std::fs::remove_file(&tmp);
            return Ok(());
        }
        out.flush().map_err(&io)?;
        out.sync_all().map_err(&io)?;
        std::fs::rename(&tmp, dir.join(name)).map_err(&io)?;
        self.done += 1;
        progress_at(self, false);
        Ok(())
    }
}
