//! `lejek check` (X5, issue 7): verify the store without changing it; `--repair` rebuilds
//! indexes from the records.
//!
//! One walk serves both: every finding goes to `Findings`, which either notes a problem or,
//! when repairing, fixes an index entry on the spot (removes one no record implies, writes
//! one a record implies and is missing). Records are never changed: they are the truth the
//! indexes are derived from.

mod counters;
mod files;
mod history;
mod indexes;
mod problem;
mod records;

use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use super::key_text::describe_key;
use super::walk::{self, Walk};
use super::{Store, T};
pub use problem::{Problem, ProblemKind};

/// What `check` found (and, with repair, fixed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    /// The problems found (after a repair: those left), the first `MAX_LISTED` of them.
    pub problems: Vec<Problem>,
    /// Problems found beyond those listed: a wholly lost index must not make an answer
    /// of millions of lines.
    pub unlisted: u64,
    /// Index entries written or removed by --repair.
    pub repaired: u64,
    /// Records read, over all trees.
    pub records: u64,
    /// Attachment files whose content was verified.
    pub files: u64,
    /// The read model's saved copy (`<db>/cache/`) gave other answers than the store:
    /// it was removed, to be rebuilt (derived data; nothing of the user's is lost).
    #[serde(default)]
    pub model_rebuilt: bool,
}

impl CheckReport {
    /// Problems found, listed or not.
    pub fn total(&self) -> u64 {
        self.problems.len() as u64 + self.unlisted
    }
}

/// How many problems a report lists.
pub const MAX_LISTED: usize = 1000;

/// How far a check or backup has got: (records done, records in all), now and then.
pub type OnProgress<'p> = &'p mut dyn FnMut(u64, u64);

/// Records between two progress reports.
const PROGRESS_EVERY: u64 = 1_000;

/// How many entries a check reads: every entry of every tree. Counting is a scan of the
/// keys (sled keeps no counts): the price of a bar that can say how long. A bounded walk,
/// not `Tree::len`, which never ends on a tree it cannot read (issue 15 item 7).
pub fn records_to_check(store: &Store, stop: Option<&AtomicBool>) -> sled::Result<u64> {
    walk::count_all(store, stop)
}

/// Verify everything; writes nothing. A command committing between two trees' scans may
/// look like a problem: the caller either keeps writers out, or confirms what it found
/// with writers out (`Service::check`). Every tree is read by a bounded walk: a store it cannot
/// walk is an error naming the tree, never a hang; `stop`, once set, ends the check with an
/// error.
pub fn check(
    store: &Store,
    progress: OnProgress,
    stop: Option<&AtomicBool>,
) -> Result<CheckReport, sled::Error> {
    let total = records_to_check(store, stop)?;
    progress(0, total);
    let mut f = Findings::new(store, false, stop);
    f.progress = Some((total, progress));
    indexes::entries(&mut f)?;
    indexes::packed_entries(&mut f)?;
    let mut highest = records::walk(&mut f)?;
    highest.insert("event", history::walk(&mut f)?);
    counters::walk(&mut f, &highest)?;
    files::walk(&mut f)?;
    if let Some((total, p)) = f.progress.as_mut() {
        p(*total, *total);
    }
    Ok(f.report)
}

/// Make every index tree exactly what the records imply; returns how many entries were
/// written or removed. Entries are fixed one by one rather than the trees emptied and
/// refilled: readers never see an empty index, and an interrupted repair leaves the
/// indexes no worse than it found them (run it again). The caller keeps writers out.
pub fn repair(store: &Store, stop: Option<&AtomicBool>) -> Result<u64, sled::Error> {
    let mut f = Findings::new(store, true, stop);
    // Stray entries first, so a wrong campaign membership is gone before the records
    // write the right one.
    indexes::entries(&mut f)?;
    indexes::packed_entries(&mut f)?;
    records::walk(&mut f)?;
    history::walk(&mut f)?;
    store.db.flush()?;
    Ok(f.report.repaired)
}

/// The walk's state: what was found, and whether index findings are fixed instead.
pub(crate) struct Findings<'s, 'p> {
    store: &'s Store,
    repair: bool,
    report: CheckReport,
    /// (records in all, whom to tell) while checking with a progress bar.
    progress: Option<(u64, OnProgress<'p>)>,
    /// Set when nobody waits for the result any more: the walks stop.
    stop: Option<&'p AtomicBool>,
}

impl<'s, 'p> Findings<'s, 'p> {
    fn new(store: &'s Store, repair: bool, stop: Option<&'p AtomicBool>) -> Self {
        Findings {
            store,
            repair,
            report: CheckReport::default(),
            progress: None,
            stop,
        }
    }

    /// A bounded walk over `t` (the only way the check reads a whole tree).
    fn walk(&self, t: T) -> Walk<'p> {
        Walk::new(self.store, t, self.stop)
    }

    /// One more record decoded: tell the bar now and then.
    fn tick(&mut self) {
        let done = self.report.records;
        if done.is_multiple_of(PROGRESS_EVERY)
            && let Some((total, p)) = self.progress.as_mut()
        {
            p(done.min(*total), *total);
        }
    }

    fn problem(&mut self, kind: ProblemKind, t: T, key: &[u8], detail: impl Into<String>) {
        let key = describe_key(t, key);
        self.problem_at(kind, t, key, detail);
    }

    /// A problem whose place is not one key (a range of missing events).
    fn problem_at(&mut self, kind: ProblemKind, t: T, key: String, detail: impl Into<String>) {
        if self.report.problems.len() < MAX_LISTED {
            self.report
                .problems
                .push(Problem::new(kind, t, key, detail.into()));
        } else {
            self.report.unlisted += 1;
        }
    }

    /// An index entry that no record implies (`kind` says why).
    fn stray(
        &mut self,
        t: T,
        key: &[u8],
        kind: ProblemKind,
        points_to: impl Into<String>,
    ) -> sled::Result<()> {
        if self.repair {
            self.store.tree(t).remove(key)?;
            self.report.repaired += 1;
        } else {
            self.problem(kind, t, key, points_to);
        }
        Ok(())
    }

    /// A member of the packed value at `key` that no record implies: noted, and dropped by
    /// the `keep_members` that follows when repairing.
    fn stray_member(&mut self, t: T, key: &[u8], m: indexes::Member, points_to: String) {
        if self.repair {
            self.report.repaired += 1;
        } else {
            let shown = m.shown(t, key);
            self.problem_at(ProblemKind::StrayIndex, t, shown, points_to);
        }
    }

    /// When repairing, leave only `kept` in the packed value at `key` (no key when none).
    fn keep_members(&mut self, t: T, key: &[u8], kept: &[indexes::Member]) -> sled::Result<()> {
        if !self.repair {
            return Ok(());
        }
        let value = indexes::Member::value_of(t, kept);
        if kept.is_empty() {
            self.store.tree(t).remove(key)?;
        } else if self.store.tree(t).get(key)?.as_deref() != Some(value.as_slice()) {
            self.store.tree(t).insert(key, value)?;
        }
        Ok(())
    }

    /// Make sure the packed value at `key` holds the member a record implies.
    fn expect_in(
        &mut self,
        t: T,
        key: &[u8],
        m: indexes::Member,
        record: &str,
    ) -> sled::Result<()> {
        let value = self.store.tree(t).get(key)?;
        if value.as_deref().is_some_and(|v| m.is_in(v)) {
            return Ok(());
        }
        if self.repair {
            self.store.tree(t).insert(key, m.add_to(value.as_deref()))?;
            self.report.repaired += 1;
        } else {
            let shown = m.shown(t, key);
            self.problem_at(ProblemKind::MissingIndex, t, shown, record);
        }
        Ok(())
    }

    /// Make sure the index entry `key` a record implies is there; `value` is what a repair
    /// writes when it is not.
    fn expect(&mut self, t: T, key: &[u8], value: &[u8], record: &str) -> sled::Result<()> {
        if self.store.tree(t).contains_key(key)? {
            return Ok(());
        }
        if self.repair {
            self.store.tree(t).insert(key, value)?;
            self.report.repaired += 1;
        } else {
            self.problem(ProblemKind::MissingIndex, t, key, record);
        }
        Ok(())
    }
}
