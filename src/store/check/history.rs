//! The history: every event decodes, sits under its sequence number and is indexed under
//! its record; the sequence has no holes up to the counter (ids are taken in the same
//! transaction as the event, so a hole is a lost event); every notification's event exists.

use super::records::{each, own_key};
use super::{Findings, ProblemKind, indexes};
use crate::model::{Event, Notification};
use crate::store::{T, keys};

/// Check events and notifications; returns the highest sequence number in use.
pub fn walk(f: &mut Findings) -> sled::Result<u64> {
    // The next sequence number expected in key order.
    let mut expected = 1u64;
    each::<Event>(f, T::Events, |f, key, e| {
        own_key(f, T::Events, key, &keys::id(e.seq));
        if let Some(at) = keys::u64_at(key, 0).filter(|_| key.len() == 8) {
            gap(f, expected, at);
            expected = expected.max(at + 1);
        }
        indexes::of_event(f, &e)
    })?;
    let highest = expected - 1;
    let counter = f
        .store
        .tree(T::Meta)
        .get(keys::counter("event"))?
        .and_then(|v| keys::u64_at(&v, 0));
    if let Some(next) = counter {
        // Events taken but not there at the end of the history.
        gap(f, expected, next);
    }
    each::<Notification>(f, T::Inbox, |f, key, n| {
        own_key(f, T::Inbox, key, &keys::inbox(&n.login, n.event_seq));
        if !f
            .store
            .tree(T::Events)
            .contains_key(keys::id(n.event_seq))?
        {
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
