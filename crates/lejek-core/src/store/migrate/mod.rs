//! Moving a database of formats 1-3 to format 4: events keyed by record with the event log
//! instead of `events` + `events_by_entity`, and a contact's deals packed in one value
//! instead of `deals_by_contact` (see `event_log` for why).
//!
//! The old store is dumped to one file (`dump`) and closed; the moved database is then
//! written from the dump to a new sled directory, `store.new`, and swapped in for `store`.
//! In place would keep the old trees' pages: sled 0.34 never forgets a page it freed, and
//! every one is loaded again at each open, which is the cost format 4 removes.
//!
//! Crash-safe by order: `store.new` is built, flushed and settled; then the marker
//! `store.new.done` is written; then `store` becomes `store.old` and `store.new` becomes
//! `store`; then the marker and `store.old` go. `recover` (run before every open) finishes
//! a swap that has its marker and throws away a build (and a dump) that has none, so a crash
//! at any point leaves either the old database or the new one, whole.

use std::path::{Path, PathBuf};

mod dump;

use dump::Tag;

use super::tree::T;
use super::{decode, event_log, id_set, keys};
use crate::model::{EntityRef, Event};

/// What a migration moved.
#[derive(Debug, Default, PartialEq)]
pub struct Moved {
    pub records: u64,
    pub events: u64,
    pub contacts: u64,
}

/// Why a migration stopped.
#[derive(Debug, thiserror::Error)]
pub enum MigrateError {
    #[error("{0}")]
    Sled(#[from] sled::Error),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("event {key}: {source}")]
    Event {
        key: String,
        source: super::CodecError,
    },
}

fn new_dir(dir: &Path) -> PathBuf {
    dir.join("store.new")
}

fn old_dir(dir: &Path) -> PathBuf {
    dir.join("store.old")
}

fn marker(dir: &Path) -> PathBuf {
    dir.join("store.new.done")
}

fn dump_path(dir: &Path) -> PathBuf {
    dir.join("store.upgrade")
}

/// The format version `db` records, when it is older than format 4.
pub fn older_than_4(db: &sled::Db) -> sled::Result<Option<u32>> {
    let meta = db.open_tree(T::Meta.name())?;
    let found = meta
        .get(b"format_version")?
        .and_then(|v| v.as_ref().try_into().ok().map(u32::from_be_bytes));
    Ok(found.filter(|v| *v < 4))
}

/// Dump `old` (the open database in `dir`) for `build`; the caller closes `old` after.
pub fn dump(dir: &Path, old: &sled::Db) -> Result<(), MigrateError> {
    dump::write(old, &dump_path(dir))
}

/// Write the format-4 copy of the dumped store to `store.new`, settle it, mark it done and
/// remove the dump. The caller then calls `recover`, which swaps it in.
pub fn build(dir: &Path, cache_bytes: u64) -> Result<Moved, MigrateError> {
    let target = new_dir(dir);
    if target.exists() {
        std::fs::remove_dir_all(&target)?;
    }
    let mut moved = Moved::default();
    {
        let new = sled::Config::new()
            .path(&target)
            .cache_capacity(cache_bytes)
            .open()?;
        let mut convert = Convert::new(&new)?;
        dump::read(&dump_path(dir), |tag, k, v| {
            convert.record(tag, k, v, &mut moved)
        })?;
        convert.finish(&mut moved)?;
        new.open_tree(T::Meta.name())?
            .insert(b"format_version", &4u32.to_be_bytes())?;
        new.flush()?;
    }
    settle(&target)?;
    let done = std::fs::File::create(marker(dir))?;
    done.sync_all()?;
    std::fs::remove_file(dump_path(dir))?;
    Ok(moved)
}

/// Writes the dumped records into the new store, converting the replaced trees.
struct Convert {
    trees: Vec<sled::Tree>,
    history: sled::Tree,
    log: sled::Tree,
    packed: sled::Tree,
    /// Events of the log key being filled (events come in seq order).
    run: Vec<(u64, EntityRef)>,
    /// The contact being packed and its deals ((contact, deal) pairs come in order).
    contact: Option<u64>,
    deals: Vec<u64>,
}

impl Convert {
    fn new(new: &sled::Db) -> sled::Result<Convert> {
        let mut trees = Vec::with_capacity(T::ALL.len());
        for t in T::ALL {
            trees.push(new.open_tree(t.name())?);
        }
        Ok(Convert {
            history: trees[T::Events.index()].clone(),
            log: trees[T::EventLog.index()].clone(),
            packed: trees[T::DealsByContact.index()].clone(),
            trees,
            run: Vec::new(),
            contact: None,
            deals: Vec::new(),
        })
    }

    fn record(
        &mut self,
        tag: Tag,
        k: Vec<u8>,
        v: Vec<u8>,
        moved: &mut Moved,
    ) -> Result<(), MigrateError> {
        match tag {
            Tag::Kept(t) => {
                self.trees[t.index()].insert(k, v)?;
                moved.records += 1;
            }
            Tag::OldEvents => {
                // `events` (seq -> Event) to `history` ((kind, id, seq) -> Event) and the log.
                let ev: Event = decode(&v).map_err(|source| MigrateError::Event {
                    key: keys::u64_at(&k, 0).map_or_else(|| format!("{k:?}"), |s| s.to_string()),
                    source,
                })?;
                if let Some((first, _)) = self.run.first()
                    && event_log::key(*first) != event_log::key(ev.seq)
                {
                    self.flush_run()?;
                }
                self.run.push((ev.seq, ev.entity));
                self.history.insert(keys::event(ev.entity, ev.seq), v)?;
                moved.events += 1;
            }
            Tag::OldDealsByContact => {
                // ((contact, deal) -> ()) to `contact_deals` (contact -> deal ids).
                let (Some(c), Some(d)) = (keys::u64_at(&k, 0), keys::u64_at(&k, 8)) else {
                    return Ok(());
                };
                if self.contact.is_some_and(|prev| prev != c) {
                    self.flush_contact(moved)?;
                }
                self.contact = Some(c);
                self.deals.push(d);
            }
        }
        Ok(())
    }

    fn flush_run(&mut self) -> sled::Result<()> {
        if let Some((first, _)) = self.run.first() {
            self.log
                .insert(event_log::key(*first), event_log::value_of(&self.run))?;
        }
        self.run.clear();
        Ok(())
    }

    fn flush_contact(&mut self, moved: &mut Moved) -> sled::Result<()> {
        if let Some(c) = self.contact.take() {
            self.deals.sort_unstable();
            self.deals.dedup();
            self.packed
                .insert(keys::id(c), id_set::value_of(&self.deals))?;
            moved.contacts += 1;
        }
        self.deals.clear();
        Ok(())
    }

    fn finish(mut self, moved: &mut Moved) -> sled::Result<()> {
        self.flush_run()?;
        self.flush_contact(moved)
    }
}

/// Open and close the new store once so sled writes its snapshot (see `Store::settle`):
/// otherwise the first open after the upgrade replays the whole copy.
fn settle(path: &Path) -> Result<(), MigrateError> {
    drop(super::sled_db::sled_waiting(
        path,
        super::sled_db::DUMP_CACHE_BYTES,
    )?);
    Ok(())
}

/// Whether an upgrade is being written (or a crash left one half written).
pub fn in_progress(dir: &Path) -> bool {
    new_dir(dir).exists() && !marker(dir).exists()
}

/// Whether an upgrade's swap was interrupted (its marker is there).
pub fn interrupted(dir: &Path) -> bool {
    marker(dir).exists()
}

/// Finish or undo an upgrade a crash interrupted, and clean up after one that finished.
/// Run before `store` is opened.
pub fn recover(dir: &Path) -> std::io::Result<()> {
    let (store, new, old, done) = (dir.join("store"), new_dir(dir), old_dir(dir), marker(dir));
    if done.exists() {
        if new.exists() {
            if store.exists() {
                if old.exists() {
                    std::fs::remove_dir_all(&old)?;
                }
                std::fs::rename(&store, &old)?;
            }
            std::fs::rename(&new, &store)?;
        }
        std::fs::remove_file(&done)?;
    } else if new.exists() {
        // A build that did not finish: the old store is whole; the next open starts over.
        std::fs::remove_dir_all(&new)?;
    }
    if dump_path(dir).exists() {
        std::fs::remove_file(dump_path(dir))?;
    }
    if old.exists() {
        std::fs::remove_dir_all(&old)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir_with(names: &[&str]) -> tempfile::TempDir {
        let d = tempfile::tempdir().expect("temp dir");
        for n in names {
            let p = d.path().join(n);
            if n.ends_with(".done") {
                std::fs::write(&p, b"").expect("marker");
            } else {
                std::fs::create_dir_all(&p).expect("dir");
                std::fs::write(p.join("which"), n).expect("tag");
            }
        }
        d
    }

    fn which_store(d: &Path) -> String {
        std::fs::read_to_string(d.join("store").join("which")).expect("a store")
    }

    fn left(d: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_build_without_its_marker_is_thrown_away() {
        let d = dir_with(&["store", "store.new"]);
        recover(d.path()).expect("recover");
        assert_eq!(which_store(d.path()), "store");
        assert_eq!(left(d.path()), ["store"]);
    }

    #[test]
    fn a_marked_build_is_swapped_in_from_every_point_of_the_swap() {
        // Marker written, nothing renamed yet.
        let d = dir_with(&["store", "store.new", "store.new.done"]);
        recover(d.path()).expect("recover");
        assert_eq!(which_store(d.path()), "store.new");
        assert_eq!(left(d.path()), ["store"]);
        // `store` already moved aside.
        let d = dir_with(&["store.old", "store.new", "store.new.done"]);
        recover(d.path()).expect("recover");
        assert_eq!(which_store(d.path()), "store.new");
        assert_eq!(left(d.path()), ["store"]);
        // Both renamed, the marker and the old store still there.
        let mut d = dir_with(&["store.old", "store.new.done"]);
        std::fs::create_dir_all(d.path().join("store")).expect("dir");
        std::fs::write(d.path().join("store/which"), "store.new").expect("tag");
        recover(d.path()).expect("recover");
        assert_eq!(which_store(d.path()), "store.new");
        assert_eq!(left(d.path()), ["store"]);
        d = dir_with(&["store"]);
        recover(d.path()).expect("nothing to do");
        assert_eq!(left(d.path()), ["store"]);
    }
}
