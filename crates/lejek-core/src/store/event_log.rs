//! The order of all events (format 4). Events are stored under their record, keyed
//! (kind, id, seq), so a record's history is one range of keys and needs no index. What
//! still needs the global order (reports catching up on what is new, the inbox, live
//! refresh) reads the event log: one key per 64 events, `seq / 64`, whose value lists
//! those events' seqs and records.
//!
//! Why not one key per event: sled 0.34 keeps a page-table entry in memory for every leaf
//! of at most 16 keys and rebuilds them all at every open, so the open time and the memory
//! follow the number of keys. Keying events by record and packing the log took a third of
//! the keys of a deal-heavy database away (BENCHMARKS.md, "Format 4").
//!
//! A log value: a version byte, then 17-byte entries (seq, kind, id; big-endian), in seq
//! order.

use sled::IVec;

use super::keys;
use super::tree::T;
use super::writes::WriteError;
use super::{Store, WriteSet};
use crate::model::{EntityKind, EntityRef};

/// Events per log key.
pub const EVENTS_PER_KEY: u64 = 64;
const VERSION: u8 = 1;
const ENTRY: usize = 17;

/// The log key that holds `seq`.
pub fn key(seq: u64) -> [u8; 8] {
    (seq / EVENTS_PER_KEY).to_be_bytes()
}

/// One log entry's bytes.
fn entry(seq: u64, on: EntityRef) -> [u8; ENTRY] {
    let mut e = [0u8; ENTRY];
    e[..8].copy_from_slice(&seq.to_be_bytes());
    e[8] = on.kind.code();
    e[9..].copy_from_slice(&on.id.to_be_bytes());
    e
}

/// The entries of a log value, in seq order; None when the value is damaged (a wrong
/// version, a length that is not whole entries, an unknown kind).
pub fn entries(value: &[u8]) -> Option<Vec<(u64, EntityRef)>> {
    let (&version, rest) = value.split_first()?;
    if version != VERSION || !rest.len().is_multiple_of(ENTRY) {
        return None;
    }
    rest.chunks_exact(ENTRY)
        .map(|e| {
            let seq = keys::u64_at(e, 0)?;
            let kind = EntityKind::from_code(e[8])?;
            let id = keys::u64_at(e, 9)?;
            Some((seq, EntityRef { kind, id }))
        })
        .collect()
}

/// The value `value` (or a new one) with (seq, on) added in seq order.
pub fn with_entry(value: Option<&[u8]>, seq: u64, on: EntityRef) -> Vec<u8> {
    let mut out = match value {
        Some(v) if !v.is_empty() => v.to_vec(),
        _ => vec![VERSION],
    };
    let new = entry(seq, on);
    // Normally the new seq is the largest; a damaged value still gets a well-formed entry.
    let mut at = out.len();
    while at > ENTRY && out[at - ENTRY..at - ENTRY + 8] > new[..8] {
        at -= ENTRY;
    }
    out.splice(at..at, new);
    out
}

/// Log value for a run of entries (the migration writes whole keys at once).
pub fn value_of(run: &[(u64, EntityRef)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + run.len() * ENTRY);
    out.push(VERSION);
    for (seq, on) in run {
        out.extend_from_slice(&entry(*seq, *on));
    }
    out
}

/// Add event `seq` on `on` to the log, through a command's write set.
pub fn append(w: &mut WriteSet, store: &Store, seq: u64, on: EntityRef) -> Result<(), WriteError> {
    let k = key(seq);
    let old = w.get_raw(store, T::EventLog, &k)?;
    w.put_raw(T::EventLog, k, with_entry(old.as_deref(), seq, on));
    Ok(())
}

/// The record of event `seq` in the log value `value` (its key is `key(seq)`).
pub fn record_in(value: &[u8], seq: u64) -> Option<EntityRef> {
    entries(value)?
        .into_iter()
        .find_map(|(s, on)| (s == seq).then_some(on))
}

/// The record event `seq` is about (None when there is no such event).
pub fn record_of(store: &Store, seq: u64) -> Result<Option<EntityRef>, sled::Error> {
    Ok(store
        .tree(T::EventLog)
        .get(key(seq))?
        .and_then(|v| record_in(&v, seq)))
}

/// The stored bytes of event `seq`.
pub fn event_bytes(store: &Store, seq: u64) -> Result<Option<IVec>, sled::Error> {
    match record_of(store, seq)? {
        Some(on) => store.tree(T::Events).get(keys::event(on, seq)),
        None => Ok(None),
    }
}

/// The (seq, record) of every event with `after < seq <= upto`, in seq order.
pub fn between(store: &Store, after: u64, upto: u64) -> Result<Vec<(u64, EntityRef)>, sled::Error> {
    let mut out = Vec::new();
    if upto <= after {
        return Ok(out);
    }
    let range = key(after + 1)..=key(upto);
    for item in store.tree(T::EventLog).range(range) {
        let (_, v) = item?;
        for (seq, on) in entries(&v).unwrap_or_default() {
            if seq > after && seq <= upto {
                out.push((seq, on));
            }
        }
    }
    Ok(out)
}

/// The newest event's seq and record.
pub fn last(store: &Store) -> Result<Option<(u64, EntityRef)>, sled::Error> {
    for item in store.tree(T::EventLog).iter().rev() {
        let (_, v) = item?;
        if let Some(last) = entries(&v).and_then(|es| es.last().copied()) {
            return Ok(Some(last));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deal(id: u64) -> EntityRef {
        EntityRef {
            kind: EntityKind::Deal,
            id,
        }
    }

    #[test]
    fn entries_stay_in_seq_order_and_round_trip() {
        let v = with_entry(None, 130, deal(7));
        let v = with_entry(Some(&v), 132, deal(9));
        // Out of order (never written so, but a value must stay sorted whatever comes).
        let v = with_entry(Some(&v), 131, deal(8));
        assert_eq!(v.len(), 1 + 3 * 17);
        assert_eq!(
            entries(&v),
            Some(vec![(130, deal(7)), (131, deal(8)), (132, deal(9))])
        );
        assert_eq!(
            value_of(&[(130, deal(7)), (131, deal(8)), (132, deal(9))]),
            v
        );
    }

    #[test]
    fn damaged_values_are_refused() {
        assert_eq!(entries(&[]), None);
        assert_eq!(entries(&[2]), None, "unknown version");
        let mut v = with_entry(None, 1, deal(1));
        v.push(0);
        assert_eq!(entries(&v), None, "a trailing byte");
        let mut v = with_entry(None, 1, deal(1));
        v[9] = 200;
        assert_eq!(entries(&v), None, "no kind has code 200");
    }

    #[test]
    fn sixty_four_events_share_a_key() {
        // 0..=63 -> key 0, 64..=127 -> key 1.
        assert_eq!(key(63), 0u64.to_be_bytes());
        assert_eq!(key(64), 1u64.to_be_bytes());
        assert_eq!(key(127), 1u64.to_be_bytes());
    }
}
