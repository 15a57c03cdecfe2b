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
use crate::i18n::Message;

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

    fn fail(&mut self, why: Why) -> Option<sled::Result<(IVec, IVec)>> {
        self.ended = true;
        let e = WalkError {
            tree: self.tree.name(),
            seen: self.seen,
            last: self
                .last
                .as_ref()
                .map(|k| super::key_text::describe_key(self.tree, k)),
            why,
        };
        // Inside sled's own error type, so it travels every `?` a sled error does; the
        // service finds it again for the user's language (`WalkError::of`).
        Some(Err(sled::Error::Io(std::io::Error::other(e))))
    }
}

impl<I: Iterator<Item = sled::Result<(IVec, IVec)>>> Iterator for Walk<'_, I> {
    type Item = sled::Result<(IVec, IVec)>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.ended {
            return None;
        }
        if self.stop.is_some_and(|s| s.load(Ordering::Relaxed)) {
            return self.fail(Why::Stopped);
        }
        match self.inner.next() {
            None => {
                self.ended = true;
                None
            }
            Some(Err(e)) => {
                // The OS's own words for an I/O error, not sled's debug form of them.
                let why = match e {
                    sled::Error::Corruption { at, .. } => Why::Damaged(at.map(|p| p.lid())),
                    // The OS's own words for an I/O error, not sled's debug form of them.
                    sled::Error::Io(io) => Why::Unreadable(io.to_string()),
                    e => Why::Unreadable(e.to_string()),
                };
                self.fail(why)
            }
            Some(Ok((key, value))) => {
                if self.last.as_ref().is_some_and(|l| key <= *l) {
                    // A damaged node that leads back: going on would go round for ever.
                    return self.fail(Why::KeysGoBack);
                }
                self.seen += 1;
                if self.seen > self.limit {
                    return self.fail(Why::TooMany(self.limit));
                }
                self.last = Some(key.clone());
                Some(Ok((key, value)))
            }
        }
    }
}

/// Why a walk ended before the end of its tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// sled could not read on (the system's words: a full disk, an I/O error).
    Unreadable(String),
    /// sled found damaged data (at this byte of its file, when it says).
    Damaged(Option<u64>),
    /// The next key was not after the last: a damaged node leads back.
    KeysGoBack,
    /// More entries than the store can hold (the limit).
    TooMany(u64),
    /// Nobody waits for the result any more.
    Stopped,
}

/// A walk that could not read its whole tree: which tree, how far it got, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkError {
    pub tree: &'static str,
    /// Entries read before it stopped.
    pub seen: u64,
    /// The last key read, as `check` shows keys.
    pub last: Option<String>,
    pub why: Why,
}

impl WalkError {
    /// The walk error inside `e`, if it is one.
    pub fn of(e: &sled::Error) -> Option<&WalkError> {
        match e {
            sled::Error::Io(io) => io.get_ref()?.downcast_ref::<WalkError>(),
            _ => None,
        }
    }

    /// One line for the user.
    pub fn message(&self) -> Message {
        let last = self.last.clone().unwrap_or_else(|| "-".into());
        let at = |key: &'static str| Message::new(key).arg(self.tree).arg(self.seen).arg(&last);
        match &self.why {
            Why::Unreadable(e) => at("guard.err.unreadable").arg(e),
            Why::Damaged(Some(byte)) => at("guard.err.damaged_at").arg(byte),
            Why::Damaged(None) => at("guard.err.damaged_data"),
            Why::KeysGoBack => at("guard.err.keys_back"),
            Why::TooMany(n) => Message::new("guard.err.too_many").arg(self.tree).arg(n),
            Why::Stopped => Message::new("guard.err.stopped"),
        }
    }
}

impl std::fmt::Display for WalkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(crate::i18n::Lang::En))
    }
}

impl std::error::Error for WalkError {}

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

    fn failed(e: Option<sled::Result<(IVec, IVec)>>) -> WalkError {
        match e {
            Some(Err(e)) => WalkError::of(&e).cloned().expect("a walk error"),
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
        assert_eq!(
            (e.tree, e.seen, e.last.as_deref()),
            ("deals", 1, Some("0x61"))
        );
        assert_eq!(
            e.why,
            Why::Unreadable(std::io::Error::from_raw_os_error(28).to_string())
        );
        assert!(e.to_string().contains("No space left on device"), "{e}");
        assert!(w.next().is_none());
    }

    #[test]
    fn keys_that_go_back_end_the_walk() {
        let round = [b"a", b"b", b"a", b"b"].into_iter().map(|k| kv(k)).cycle();
        let mut w = Walk::over(round, T::Contacts, 100, None);
        assert!(w.next().is_some_and(|r| r.is_ok()));
        assert!(w.next().is_some_and(|r| r.is_ok()));
        let e = failed(w.next());
        assert_eq!((e.tree, e.seen, e.why), ("contacts", 2, Why::KeysGoBack));
        assert!(w.next().is_none());
    }

    #[test]
    fn more_entries_than_the_limit_end_the_walk() {
        let keys = (0u32..).map(|n| kv(&n.to_be_bytes()));
        let w = Walk::over(keys, T::Events, 5, None);
        let got: Vec<_> = w.collect();
        assert_eq!(got.len(), 6);
        assert!(got[..5].iter().all(|r| r.is_ok()));
        assert_eq!(failed(got.into_iter().last()).why, Why::TooMany(5));
    }

    #[test]
    fn a_set_stop_flag_ends_the_walk_before_the_next_entry() {
        let stop = AtomicBool::new(false);
        let mut w = Walk::over([kv(b"a"), kv(b"b")].into_iter(), T::Deals, 100, Some(&stop));
        assert!(w.next().is_some_and(|r| r.is_ok()));
        stop.store(true, Ordering::Relaxed);
        assert_eq!(failed(w.next()).why, Why::Stopped);
        assert!(w.next().is_none());
    }
}
