//! Opening the database directory: the sled store under `<db>/store`, attachments under
//! `<db>/files`, the format-version guard and a clear message when another process has it.

use std::path::{Path, PathBuf};

use super::sled_db::{DUMP_CACHE_BYTES, is_locked, sled_waiting};
use super::tree::T;

/// The database format this build writes. A database written by a newer build is refused,
/// because this build would drop the fields it does not know when writing records back.
///
/// 2: a deal's creation is one `Change::DealCreated` event carrying its first stage and
/// value (v1 wrote `Created`, `Stage` and `Value`: three events and three index keys). A v1
/// database reads as it is (every v1 record is valid v2) and is marked v2 when opened, so a
/// v1 lejek refuses it once it may hold the new event.
///
/// 3: message templates and sends (D12): the `templates`, `template_names` and `sends`
/// trees, `Change::MessageSent` and `Change::Removed`, `EntityKind::Template`. Older
/// databases simply have none of them and are marked v3 when opened.
///
/// 4: events keyed by their record, `(kind, id, seq)`, in `history`, with their order in
/// `event_log` (64 events a key), and a contact's deals packed in one `contact_deals` value;
/// `events`, `events_by_entity` and `deals_by_contact` are gone. Fewer keys make sled open
/// faster (`event_log`). Older databases are moved over when opened (`migrate`).
///
/// 5: `Change::Backdated`, the mark on an admin's write dated by another clock than the
/// server's (issue 15). Format-4 databases have none and are marked v5 when opened.
///
/// 6: notes and comments edited and removed, tasks reopened and moved (issue 18):
/// `Change::NoteEdited`, `NoteRemoved`, `CommentEdited`, `CommentRemoved`, `TaskReopened`,
/// `TaskMoved`. Format-5 databases have none and are marked v6 when opened.
///
/// 7: record format 2 (issue 19): a deal's expected close date, a stage's probability and
/// rot days. Older databases keep their version-1 deals and dictionary entries, which the
/// codec reads through their old layouts (`codec_v1`) and every write stores anew; they are
/// marked v7 when opened, so a v6 lejek, which cannot read a version-2 record, refuses them.
///
/// 8: record format 3 (issue 20): custom field definitions in the `custom_fields` tree
/// (`EntityKind::Field` in history) and their values in `Deal.fields` and `Contact.fields`.
/// Older databases keep their version-1 and -2 deals and contacts, which the codec reads
/// through their old layouts (`codec_v1`, `codec_v2`) and every write stores anew; they
/// are marked v8 when opened, so a v7 lejek, which cannot read a version-3 record, refuses
/// them.
pub const FORMAT_VERSION: u32 = 8;

/// Why a database could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("database {0} is in use by another lejek process")]
    Locked(PathBuf),
    #[error("database {path} has format {found}, newer than this build knows ({known})")]
    TooNew {
        path: PathBuf,
        found: u32,
        known: u32,
    },
    #[error("cannot open database {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot open database {path}: {source}")]
    Sled { path: PathBuf, source: sled::Error },
    #[error("no database at {0}")]
    Missing(PathBuf),
    /// The database may be there, but this account may not look (not in its group).
    #[error("permission denied: {0}")]
    Denied(PathBuf),
    /// sled gave up reading its own log back (it panics on some damaged pages).
    #[error("the store of database {0} is damaged and cannot be opened")]
    Damaged(PathBuf),
    #[error("cannot upgrade database {path} to format {FORMAT_VERSION}: {source}")]
    Migrate {
        path: PathBuf,
        source: super::migrate::MigrateError,
    },
}

/// The open store: the sled database and its trees, in `T` order.
pub struct Store {
    pub db: sled::Db,
    trees: Vec<sled::Tree>,
    dir: PathBuf,
}

/// sled's default 1 GB page cache is far more than a CRM needs; this keeps a million-contact
/// database's resident memory well under a gigabyte.
const CACHE_BYTES: u64 = 96 * 1024 * 1024;

/// Whether `dir` holds a database's store. Not `Path::exists`, which says "no" when the
/// account may not look: that is told apart as `Denied`, so a colleague outside the
/// database's group is not told to create one (issue 15 item 14).
pub fn store_present(dir: &Path) -> Result<bool, OpenError> {
    match dir.join("store").try_exists() {
        Ok(there) => Ok(there),
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            Err(OpenError::Denied(dir.to_path_buf()))
        }
        Err(source) => Err(OpenError::Io {
            path: dir.to_path_buf(),
            source,
        }),
    }
}

impl Store {
    /// Open the database once more and close it, so that sled folds the log written since
    /// its last snapshot into a new one. sled 0.34 does that only when it opens a
    /// database, so without this the next open after a big write (a generated or imported
    /// database) pays for replaying all of it: seconds at a million deals. Waits a moment
    /// for the writer's flusher to let go of the lock.
    pub fn settle(dir: &Path) -> Result<(), OpenError> {
        let mut tries = 0;
        loop {
            match Store::open(dir, false) {
                Ok(store) => {
                    drop(store);
                    return Ok(());
                }
                Err(OpenError::Locked(_)) if tries < 250 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// Open (and with `create`, create) the database in `dir`. A database of an older
    /// format is moved to this one first (`migrate`).
    pub fn open(dir: &Path, create: bool) -> Result<Store, OpenError> {
        let store_dir = dir.join("store");
        let io = |source| OpenError::Io {
            path: dir.to_path_buf(),
            source,
        };
        // (An upgrade interrupted between its renames leaves no `store`, only its marker.)
        if !create && !store_present(dir)? && !super::migrate::interrupted(dir) {
            return Err(OpenError::Missing(dir.to_path_buf()));
        }
        if create && !dir.exists() {
            // A new database directory: group members share it, and the set-group-id bit
            // makes everything created inside take the directory's group.
            use std::os::unix::fs::PermissionsExt;
            std::fs::create_dir_all(dir).map_err(io)?;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o2770)).map_err(io)?;
        }
        // Held while this process may upgrade the database: two processes never move it at
        // once, and none finishes another's interrupted upgrade while it is under way.
        let _upgrading = upgrade_lock(dir)?;
        super::migrate::recover(dir).map_err(io)?;
        if !create && !store_dir.exists() {
            return Err(OpenError::Missing(dir.to_path_buf()));
        }
        std::fs::create_dir_all(dir.join("files")).map_err(io)?;
        let mut db = open_sled(dir, CACHE_BYTES)?;
        let migrate_err = |source| OpenError::Migrate {
            path: dir.to_path_buf(),
            source,
        };
        let older = super::migrate::older_than_4(&db).map_err(|source| OpenError::Sled {
            path: dir.to_path_buf(),
            source,
        })?;
        if let Some(found) = older {
            let started = std::time::Instant::now();
            tracing::warn!(db = %dir.display(), from = found, "upgrading the database to format 4 (once)");
            // The old store is dumped and closed before the new one is built: both open
            // at once would need their two page tables in memory. The dump reads every
            // record once, so it gets a small cache: with the usual one, the pages it passes
            // stay in memory (at 3M deals 1.22 GB instead of 0.91 GB).
            drop(db);
            let old = sled_waiting(&store_dir, DUMP_CACHE_BYTES)
                .map_err(|source| open_error(dir, source))?;
            super::migrate::dump(dir, &old).map_err(migrate_err)?;
            drop(old);
            let moved = super::migrate::build(dir, CACHE_BYTES).map_err(migrate_err)?;
            super::migrate::recover(dir).map_err(io)?;
            tracing::info!(
                records = moved.records,
                events = moved.events,
                contacts = moved.contacts,
                ms = started.elapsed().as_millis() as u64,
                "database moved to format 4"
            );
            db = open_sled(dir, CACHE_BYTES)?;
        }
        let sled_err = |source| OpenError::Sled {
            path: dir.to_path_buf(),
            source,
        };
        let mut trees = Vec::with_capacity(T::ALL.len());
        for t in T::ALL {
            trees.push(db.open_tree(t.name()).map_err(sled_err)?);
        }
        let store = Store {
            db,
            trees,
            dir: dir.to_path_buf(),
        };
        store.check_format().map_err(|e| match e {
            FormatCheck::TooNew(found) => OpenError::TooNew {
                path: dir.to_path_buf(),
                found,
                known: FORMAT_VERSION,
            },
            FormatCheck::Sled(source) => sled_err(source),
        })?;
        Ok(store)
    }

    fn check_format(&self) -> Result<(), FormatCheck> {
        let meta = self.tree(T::Meta);
        match meta.get(b"format_version").map_err(FormatCheck::Sled)? {
            Some(v) => {
                let found = v
                    .as_ref()
                    .try_into()
                    .map(u32::from_be_bytes)
                    .unwrap_or(u32::MAX);
                if found > FORMAT_VERSION {
                    return Err(FormatCheck::TooNew(found));
                }
                if found < FORMAT_VERSION {
                    // Every older record is valid in this format as it is (older than 4
                    // were moved by `open`).
                    meta.insert(b"format_version", &FORMAT_VERSION.to_be_bytes())
                        .map_err(FormatCheck::Sled)?;
                    meta.flush().map_err(FormatCheck::Sled)?;
                }
                Ok(())
            }
            None => {
                meta.insert(b"format_version", &FORMAT_VERSION.to_be_bytes())
                    .map_err(FormatCheck::Sled)?;
                meta.flush().map_err(FormatCheck::Sled)?;
                Ok(())
            }
        }
    }

    pub fn tree(&self, t: T) -> &sled::Tree {
        &self.trees[t.index()]
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where attachment content lives.
    pub fn files_dir(&self) -> PathBuf {
        self.dir.join("files")
    }

    /// The format version recorded in the database.
    pub fn format_version(&self) -> u32 {
        self.tree(T::Meta)
            .get(b"format_version")
            .ok()
            .flatten()
            .and_then(|v| v.as_ref().try_into().ok().map(u32::from_be_bytes))
            .unwrap_or(FORMAT_VERSION)
    }
}

/// Open sled in `<dir>/store`; another process holding it is `Locked`.
/// sled 0.34 panics on some damaged pages while it reads its log back ("tried to serialize
/// Uninitialized"): that is a damaged store, told as such, not a crash of the process (a
/// server starting on it would die with nothing said; issue 15 item 7).
fn open_sled(dir: &Path, cache_bytes: u64) -> Result<sled::Db, OpenError> {
    let config = sled::Config::new()
        .path(dir.join("store"))
        .cache_capacity(cache_bytes);
    // Nothing of ours is left half-changed by the panic: the config is dropped with it.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| config.open())) {
        Ok(opened) => opened.map_err(|source| open_error(dir, source)),
        Err(_) => Err(OpenError::Damaged(dir.to_path_buf())),
    }
}

/// sled's refusal to open the store in `dir`, as the user is told it.
fn open_error(dir: &Path, source: sled::Error) -> OpenError {
    if is_locked(&source) {
        OpenError::Locked(dir.to_path_buf())
    } else {
        OpenError::Sled {
            path: dir.to_path_buf(),
            source,
        }
    }
}

/// An exclusive lock on `<dir>/upgrade.lock`; another process holding it is upgrading the
/// database, which is then `Locked` (in use). Group members may only be able to read a
/// lock file someone else made; a lock needs no more.
fn upgrade_lock(dir: &Path) -> Result<std::fs::File, OpenError> {
    let path = dir.join("upgrade.lock");
    let io = |source| OpenError::Io {
        path: dir.to_path_buf(),
        source,
    };
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            std::fs::File::open(&path).map_err(io)?
        }
        Err(e) => return Err(io(e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => Err(OpenError::Locked(dir.to_path_buf())),
        Err(std::fs::TryLockError::Error(e)) => Err(io(e)),
    }
}

enum FormatCheck {
    TooNew(u32),
    Sled(sled::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored_version(s: &Store) -> Option<u32> {
        s.tree(T::Meta)
            .get(b"format_version")
            .expect("read meta")
            .and_then(|v| v.as_ref().try_into().ok().map(u32::from_be_bytes))
    }

    #[test]
    fn an_older_database_is_marked_with_this_format_when_opened() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let s = Store::open(dir.path(), true).expect("create");
            assert_eq!(stored_version(&s), Some(FORMAT_VERSION));
            // As the first version left it.
            s.tree(T::Meta)
                .insert(b"format_version", &1u32.to_be_bytes())
                .expect("write meta");
            s.tree(T::Meta).flush().expect("flush");
        }
        // sled's flusher thread may hold the old handle's lock a moment after the drop.
        let mut reopened = Store::open(dir.path(), false);
        for _ in 0..100 {
            if !matches!(reopened, Err(OpenError::Locked(_))) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            reopened = Store::open(dir.path(), false);
        }
        let s = reopened.expect("reopen");
        // A v1 lejek must now refuse it: it may hold events v1 cannot read.
        assert_eq!(stored_version(&s), Some(FORMAT_VERSION));
        assert_eq!(s.format_version(), FORMAT_VERSION);
    }
}
