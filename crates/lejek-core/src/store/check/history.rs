//! The history: every event decodes, sits under its record and sequence number and has its
//! place in the event log; the sequence has no holes up to the counter (ids are taken in
//! the same transaction as the event, so a hole is a lost event); every notification's
//! event exists.

use super::records::{each, own_key};
use super::{Findings, ProblemKind, indexes};
use crate::model::{Event, Notification};
use crate::store::{T, keys};

/// Check events and notifications; returns the highest sequence number in use.
pub fn walk(f: &mut Findings) -> sled::Result<u64> {
    // Events are keyed by record, so the seqs in use are gathered first (one bit each)
    // and the holes found after.
    // A damaged key or counter may hold any number: past what the store can hold, a seq is
    // a problem, not a bit (a bit for 2^60 would take all memory, a gap to it for ever).
    let most = crate::store::walk::most_entries(f.store);
    let mut present = Bits::default();
    each::<Event>(f, T::Events, |f, key, e| {
        own_key(f, T::Events, key, &keys::event(e.entity, e.seq));
        if let Some(seq) = keys::u64_at(key, 9).filter(|_| key.len() == 17) {
            if seq <= most {
                present.set(seq);
            } else {
                f.problem(ProblemKind::Misplaced, T::Events, key, "");
            }
        }
        indexes::of_event(f, &e)
    })?;
    let highest = present.highest();
    let counter = f
        .store
        .tree(T::Meta)
        .get(keys::counter("event"))?
        .and_then(|v| keys::u64_at(&v, 0));
    // Events taken but not there, up to the counter's next seq (a counter past what the
    // store can hold is the counters' problem, reported there).
    let end = counter
        .filter(|next| *next <= most + 1)
        .map_or(highest + 1, |next| next.max(highest + 1));
    let mut seq = 1;
    while seq < end {
        if present.has(seq) {
            seq += 1;
            continue;
        }
        let first = seq;
        while seq < end && !present.has(seq) {
            seq += 1;
        }
        gap(f, first, seq);
    }
    each::<Notification>(f, T::Inbox, |f, key, n| {
        own_key(f, T::Inbox, key, &keys::inbox(&n.login, n.event_seq));
        if !present.has(n.event_seq) {
            let event = format!("event {}", n.event_seq);
            f.problem(ProblemKind::DanglingReference, T::Inbox, key, event);
        }
        Ok(())
    })?;
    Ok(highest)
}

/// Report the events from `expected` up to (not including) `found` as missing.
fn gap(f: &mut Findings, expected: u64, found: u64) {
    if found > expected {
        let last = found - 1;
        let range = if last == expected {
            expected.to_string()
        } else {
            format!("{expected}..{last}")
        };
        f.problem_at(ProblemKind::EventGap, T::Events, range, "");
    }
}

/// A set of sequence numbers, one bit each: 6 million events take 750 KB.
#[derive(Default)]
struct Bits(Vec<u64>);

impl Bits {
    fn set(&mut self, n: u64) {
        let word = (n / 64) as usize;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (n % 64);
    }

    fn has(&self, n: u64) -> bool {
        self.0
            .get((n / 64) as usize)
            .is_some_and(|w| w & (1 << (n % 64)) != 0)
    }

    /// The highest number set (0 when none).
    fn highest(&self) -> u64 {
        self.0
            .iter()
            .enumerate()
            .rev()
            .find(|(_, w)| **w != 0)
            .map_or(0, |(i, w)| {
                i as u64 * 64 + 63 - u64::from(w.leading_zeros())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn bits_hold_what_was_set() {
        let mut b = Bits::default();
        assert_eq!(b.highest(), 0);
        for n in [1, 63, 64, 200] {
            b.set(n);
        }
        assert!(b.has(1) && b.has(63) && b.has(64) && b.has(200));
        assert!(!b.has(2) && !b.has(65) && !b.has(10_000));
        assert_eq!(b.highest(), 200);
    }
}
