//! A write set: everything one command (or one batch of commands) changes, applied in one
//! sled transaction. Planning reads go through the set first, so a batch sees its own writes;
//! the transaction closure only replays the set, so running it twice (sled may retry) is
//! harmless.

use std::collections::HashMap;

use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::{IVec, Transactional};

use super::Store;
use super::codec::{CodecError, decode, encode};
use super::keys;
use super::tree::T;

/// Pending writes: `None` removes the key.
#[derive(Default)]
pub struct WriteSet {
    /// Writes in the order they were planned; a later write to the same key replaces the
    /// earlier one in place.
    entries: Vec<(T, Vec<u8>, Option<Vec<u8>>)>,
    index: HashMap<(T, Vec<u8>), usize>,
    counters: HashMap<&'static str, u64>,
}

/// Errors while planning or applying writes.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("store: {0}")]
    Sled(#[from] sled::Error),
    #[error("{0}")]
    Codec(#[from] CodecError),
}

impl WriteSet {
    pub fn new() -> WriteSet {
        WriteSet::default()
    }

    fn set(&mut self, t: T, key: Vec<u8>, value: Option<Vec<u8>>) {
        match self.index.get(&(t, key.clone())) {
            Some(&i) => self.entries[i].2 = value,
            None => {
                self.index.insert((t, key.clone()), self.entries.len());
                self.entries.push((t, key, value));
            }
        }
    }

    pub fn put_raw(&mut self, t: T, key: impl Into<Vec<u8>>, value: Vec<u8>) {
        self.set(t, key.into(), Some(value));
    }

    pub fn put<V: serde::Serialize>(&mut self, t: T, key: impl Into<Vec<u8>>, value: &V) {
        self.put_raw(t, key, encode(value));
    }

    /// Every value the set writes (not the keys it removes), in planning order.
    pub fn puts(&self) -> impl Iterator<Item = (T, &[u8], &[u8])> {
        self.entries
            .iter()
            .filter_map(|(t, k, v)| v.as_deref().map(|v| (*t, k.as_slice(), v)))
    }

    pub fn remove(&mut self, t: T, key: impl Into<Vec<u8>>) {
        self.set(t, key.into(), None);
    }

    /// Read through the pending writes, then the store.
    pub fn get_raw(&self, store: &Store, t: T, key: &[u8]) -> Result<Option<IVec>, WriteError> {
        if let Some(&i) = self.index.get(&(t, key.to_vec())) {
            return Ok(self.entries[i].2.as_ref().map(|b| IVec::from(b.as_slice())));
        }
        Ok(store.tree(t).get(key)?)
    }

    pub fn get<V: serde::de::DeserializeOwned + 'static>(
        &self,
        store: &Store,
        t: T,
        key: &[u8],
    ) -> Result<Option<V>, WriteError> {
        match self.get_raw(store, t, key)? {
            Some(bytes) => Ok(Some(decode(&bytes)?)),
            None => Ok(None),
        }
    }

    /// Next value of a per-kind counter (ids, event seqs). Counters live in the meta tree and
    /// are written with the rest, so a failed command consumes no id.
    pub fn next_id(&mut self, store: &Store, name: &'static str) -> Result<u64, WriteError> {
        let next = match self.counters.get(name) {
            Some(n) => *n,
            None => {
                let stored = store
                    .tree(T::Meta)
                    .get(keys::counter(name))?
                    .and_then(|v| v.as_ref().try_into().ok().map(u64::from_be_bytes));
                stored.unwrap_or(1)
            }
        };
        self.counters.insert(name, next + 1);
        self.put_raw(
            T::Meta,
            keys::counter(name),
            (next + 1).to_be_bytes().to_vec(),
        );
        Ok(next)
    }

    /// Apply everything in one transaction over the touched trees, then flush so the change
    /// is on disk before the caller reports success.
    pub fn commit(&self, store: &Store) -> Result<(), WriteError> {
        if self.entries.is_empty() {
            return Ok(());
        }
        let mut touched: Vec<T> = self.entries.iter().map(|(t, _, _)| *t).collect();
        touched.sort();
        touched.dedup();
        let trees: Vec<&sled::Tree> = touched.iter().map(|t| store.tree(*t)).collect();
        let slot = |t: T| touched.binary_search(&t).unwrap_or(0);
        let result = trees.as_slice().transaction(|view| {
            for (t, key, value) in &self.entries {
                let tree = &view[slot(*t)];
                match value {
                    Some(v) => {
                        tree.insert(key.as_slice(), v.as_slice())?;
                    }
                    None => {
                        tree.remove(key.as_slice())?;
                    }
                }
            }
            Ok::<(), ConflictableTransactionError<()>>(())
        });
        match result {
            Ok(()) => {}
            Err(TransactionError::Storage(e)) => return Err(e.into()),
            Err(TransactionError::Abort(())) => {
                return Err(sled::Error::Unsupported("transaction aborted".into()).into());
            }
        }
        store.db.flush()?;
        Ok(())
    }
}
