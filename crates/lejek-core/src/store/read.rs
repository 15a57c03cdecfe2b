//! The store as the reports read it: every record of a kind, one record by id, the events
//! (all of them, the first of each record, those after a seq, the newest), each as a
//! [`Stored`] value read through its borrowed mirror or decoded in full. Readers outside the
//! store name no tree, key or codec: those stay here (issue 16 item 1).

pub mod mirror;

use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use sled::IVec;

use super::codec::{CodecError, decode};
use super::tree::T;
use super::{Store, event_log, keys};
use crate::model::{Comment, Contact, Deal, EntityKind, Event, Id, Task};

/// The record format this build writes: what a derived copy of the records (the report
/// cache) is only valid for.
pub use super::codec::RECORD_VERSION;

/// A record kind kept in its own tree, keyed by id.
pub trait Record: DeserializeOwned + 'static {
    /// Its tree.
    const TREE: T;
}

impl Record for Deal {
    const TREE: T = T::Deals;
}

impl Record for Contact {
    const TREE: T = T::Contacts;
}

impl Record for Task {
    const TREE: T = T::Tasks;
}

impl Record for Comment {
    const TREE: T = T::Comments;
}

/// One stored `R`, not yet decoded: the caller picks the fast mirror or the full decode.
pub struct Stored<R> {
    bytes: IVec,
    kind: PhantomData<R>,
}

impl<R: DeserializeOwned + 'static> Stored<R> {
    fn new(bytes: IVec) -> Stored<R> {
        Stored {
            bytes,
            kind: PhantomData,
        }
    }

    /// The record through a borrowed mirror (`mirror::DealRef` and the others); None when
    /// the record's version or bytes are not what the mirror describes (then take `full`).
    pub fn mirror<'a, M: Deserialize<'a>>(&'a self) -> Option<M> {
        mirror::decode(&self.bytes)
    }

    /// The record decoded in full, from this or any earlier record format.
    pub fn full(&self) -> Result<R, CodecError> {
        decode(&self.bytes)
    }

    /// The stored bytes (to tell whether a record is still the one seen before).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// Every `R` in id order.
pub fn records<R: Record>(
    store: &Store,
) -> impl Iterator<Item = Result<Stored<R>, sled::Error>> + use<R> {
    store
        .tree(R::TREE)
        .iter()
        .map(|item| item.map(|(_, v)| Stored::new(v)))
}

/// The `R` with this id, if there is one.
pub fn record<R: Record>(store: &Store, id: Id) -> Result<Option<Stored<R>>, sled::Error> {
    Ok(store.tree(R::TREE).get(keys::id(id))?.map(Stored::new))
}

/// Every event in key order (record by record, each record's oldest first), with its seq
/// (None for a damaged key).
pub fn events(
    store: &Store,
) -> impl Iterator<Item = Result<(Option<u64>, Stored<Event>), sled::Error>> + use<> {
    store
        .tree(T::Events)
        .iter()
        .map(|item| item.map(|(k, v)| (keys::u64_at(&k, 9), Stored::new(v))))
}

/// The oldest event of each record of `kind` (its creation, normally), with the record's id.
/// Keys too short to hold an id are passed over.
pub fn first_events(
    store: &Store,
    kind: EntityKind,
) -> impl Iterator<Item = Result<(Id, Stored<Event>), sled::Error>> + use<> {
    let mut last: Option<Id> = None;
    store
        .tree(T::Events)
        .scan_prefix([kind.code()])
        .filter_map(move |item| {
            let (k, v) = match item {
                Ok(kv) => kv,
                Err(e) => return Some(Err(e)),
            };
            let id = keys::u64_at(&k, 1)?;
            if last == Some(id) {
                return None;
            }
            last = Some(id);
            Some(Ok((id, Stored::new(v))))
        })
}

/// Event `seq`, if there is one.
pub fn event(store: &Store, seq: u64) -> Result<Option<Stored<Event>>, sled::Error> {
    Ok(event_log::event_bytes(store, seq)?.map(Stored::new))
}

/// The events with `after < seq <= upto`, in seq order (one whose record is missing from
/// the history is passed over).
pub fn events_between(
    store: &Store,
    after: u64,
    upto: u64,
) -> Result<impl Iterator<Item = Result<Stored<Event>, sled::Error>> + use<>, sled::Error> {
    let events = store.tree(T::Events).clone();
    Ok(event_log::between(store, after, upto)?
        .into_iter()
        .filter_map(move |(seq, on)| {
            events
                .get(keys::event(on, seq))
                .map(|v| v.map(Stored::new))
                .transpose()
        }))
}

/// The newest event's seq, and the event (None when the log names an event the history does
/// not hold).
pub type Newest = (u64, Option<Stored<Event>>);

/// The newest event; None when there is no event.
pub fn last_event(store: &Store) -> Result<Option<Newest>, sled::Error> {
    Ok(match event_log::last(store)? {
        Some((seq, on)) => Some((
            seq,
            store
                .tree(T::Events)
                .get(keys::event(on, seq))?
                .map(Stored::new),
        )),
        None => None,
    })
}
