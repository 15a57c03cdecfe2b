//! A bounded walk over one tree, for long read-only work (check, backup, export, issue 15
//! items 6 and 7): it stops at the first error, on a key that does not move forward, after
//! more entries than the store can hold, or when its caller asks it to stop.
//!
//! Why: sled's own iterator answers a read it cannot do (a damaged page, or a node it wants
//! to split on a full disk) with `Some(Err)` and stays where it was, so the next call fails
//! the same way for ever; `Tree::len` is `iter().count()`, which counts those errors and never
//! ends (100% CPU, memory growing, the writer lock held meanwhile). A damaged node may also
//! lead the walk back to keys it has passed. Every walk here ends, with an error naming the
//! tree when it could not read all of it.

use std::sync::atomic::{AtomicBool, Ordering};

use sled::IVec;

use super::{Store, T};

/// Entries of one tree, in key order, each at most once; ends at the first failure.
pub struct Walk<'c, I = sled::Iter> {
    inner: I,
    tree: T,
    last: Option<IVec>,
    seen: u64,
    limit: u64,
    stop: Option<&'c AtomicBool>,
    ended: bool,
}

impl<'c> Walk<'c> {
    /// Walk `t` of `store`; `stop`, once set, ends the walk with an error (the client that
    /// asked went away).
    pub fn new(store: &Store, t: T, stop: Option<&'c AtomicBool>) -> Walk<'c> {
        Walk::over(store.tree(t).iter(), t, most_entries(store), stop)
    }
}

impl<'c, I> Walk<'c, I> {
    /// Bound `inner`, the entries of `t`, to at most `limit` of them.
    fn over(inner: I, t: T, limit: u64, stop: Option<&'c AtomicBool>) -> Walk<'c, I> {
        Walk {
            inner,
            tree: t,
            last: None,
            seen: 0,
            limit,
            stop,
            ended: false,
        }
    }

    fn fail(&mut self, why: String) -> Option<sled::Result<(IVec, IVec)>> {
        self.ended = true;
        let what = format!("tree {}: {why}", self.tree.name());
        Some(Err(sled::Error::Io(std::io::Error::other(what))))
    }
}

impl<I: Iterator<Item = sled::Result<(IVec, IVec)>>> Iterator for Walk<'_, I> {
    type Item = sled::Result<(IVec, IVec)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ended {
            return None;
        }
        if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            return self.fail(STOPPED.into());
        }
        match self.inner.next() {
            None => {
                self.ended = true;
                None
            }
            Some(Err(e)) => {
                let at = self.place();
                // The OS's own words for an I/O error, not sled's debug form of them.
                let e = match e {
                    sled::Error::Io(io) => io.to_string(),
                    e => e.to_string(),
                };
                self.fail(format!("cannot read {at}: {e}"))
            }
            Some(Ok((key, value))) => {
                if self.last.as_ref().is_some_and(|l| key <= *l) {
                    // A damaged node that leads back: going on would go round for ever.
                    let at = self.place();
                    return self.fail(format!("the keys go back {at}"));
                }
                self.seen += 1;
                if self.seen > self.limit {
                    let n = self.limit;
                    return self.fail(format!("more than {n} entries, more than it can hold"));
                }
                self.last = Some(key.clone());
                Some(Ok((key, value)))
            }
        }
    }
}

impl<I> Walk<'_, I> {
    /// Where the walk is, for an error: after how many entries and which key.
    fn place(&self) -> String {
        match &self.last {
            Some(k) => format!(
                "after {} entries (last key {})",
                self.seen,
                super::check::describe_key(self.tree, k)
            ),
            None => "at its first entry".into(),
        }
    }
}

/// What a stopped walk says: nobody is waiting for its result any more.
pub const STOPPED: &str = "stopped: the client went away";

/// How many entries a tree can possibly hold: every entry takes at least one byte of the
/// store's file, so more than its size (and never fewer than a million, for a store sled
/// has not written out yet) means the walk is going round.
pub(crate) fn most_entries(store: &Store) -> u64 {
    let size = std::fs::metadata(store.dir().join("store").join("db"))
        .map(|m| m.len())
        .unwrap_or(0);
    let cached = store.db.size_on_disk().unwrap_or(0);
    size.max(cached).max(1_000_000)
}

/// How many entries `t` holds, counted by a bounded walk (`Tree::len` may never end).
pub fn count(store: &Store, t: T, stop: Option<&AtomicBool>) -> sled::Result<u64> {
    let mut n = 0;
    for item in Walk::new(store, t, stop) {
        item?;
        n += 1;
    }
    Ok(n)
}

/// Entries in every tree: what a check or a backup will read.
pub fn count_all(store: &Store, stop: Option<&AtomicBool>) -> sled::Result<u64> {
    let mut n = 0;
    for t in T::ALL {
        n += count(store, t, stop)?;
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kv(k: &[u8]) -> sled::Result<(IVec, IVec)> {
        Ok((IVec::from(k), IVec::from(&b"v"[..])))
    }

    fn failed(e: Option<sled::Result<(IVec, IVec)>>) -> String {
        match e {
            Some(Err(e)) => e.to_string(),
            other => panic!("expected an error, got {other:?}"),
        }
    }

    #[test]
    fn an_iterator_that_fails_for_ever_gives_one_error_then_ends() {
        // sled's iterator on a full disk: the same error on every call, never None.
        let for_ever =
            std::iter::repeat_with(|| Err(sled::Error::Io(std::io::Error::from_raw_os_error(28))));
        let mut w = Walk::over(
            std::iter::once(kv(b"a")).chain(for_ever),
            T::Deals,
            100,
            None,
        );
        assert_eq!(w.next().map(|r| r.is_ok()), Some(true));
        let e = failed(w.next());
        assert!(e.contains("tree deals: cannot read after 1 entries"), "{e}");
        assert!(e.contains("No space left on device"), "{e}");
        assert!(w.next().is_none());
    }

    #[test]
    fn keys_that_go_back_end_the_walk() {
        let round = [b"a", b"b", b"a", b"b"].into_iter().map(|k| kv(k)).cycle();
        let mut w = Walk::over(round, T::Contacts, 100, None);
        assert!(w.next().is_some_and(|r| r.is_ok()));
        assert!(w.next().is_some_and(|r| r.is_ok()));
        assert!(failed(w.next()).contains("tree contacts: the keys go back after 2 entries"));
        assert!(w.next().is_none());
    }

    #[test]
    fn more_entries_than_the_limit_end_the_walk() {
        let keys = (0u32..).map(|n| kv(&n.to_be_bytes()));
        let w = Walk::over(keys, T::Events, 5, None);
        let got: Vec<_> = w.collect();
        assert_eq!(got.len(), 6);
        assert!(got[..5].iter().all(|r| r.is_ok()));
        assert!(failed(got.into_iter().last()).contains("more than 5 entries"));
    }

    #[test]
    fn a_set_stop_flag_ends_the_walk_before_the_next_entry() {
        let stop = AtomicBool::new(false);
        let mut w = Walk::over([kv(b"a"), kv(b"b")].into_iter(), T::Deals, 100, Some(&stop));
        assert!(w.next().is_some_and(|r| r.is_ok()));
        stop.store(true, Ordering::Relaxed);
        assert!(failed(w.next()).contains(STOPPED));
        assert!(w.next().is_none());
    }
}
