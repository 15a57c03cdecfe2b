//! Exactly-once writes through the server (issue 15 item 8): a write request carries an id
//! the client made; the outcome is stored under that id in the same transaction as the
//! write, so a client that lost the answer (the server was killed after the commit) and
//! sends the request again gets the first outcome instead of a second copy of the write.
//!
//! Kept in the meta tree (no new tree: backup, check and upgrade already carry it):
//! `request:<id>` holds who asked, when and the outcomes; `request_at:<secs><id>` orders
//! them by age so each write prunes a few that are older than a day.

use serde::{Deserialize, Serialize};

use super::{Outcome, Result, invalid};
use crate::store::{Store, T, WriteSet, decode};

/// A write request's id: 128 random bits made by the client.
pub type RequestId = [u8; 16];

/// How long an answered request is remembered: far longer than any retry waits.
const KEEP_SECS: u64 = 24 * 60 * 60;

/// At most this many old requests are pruned by one write, so pruning never makes a write
/// slow; a busy day's requests go within as many writes as there were.
const PRUNE_PER_WRITE: usize = 64;

const ID_PREFIX: &[u8] = b"request:";
const AGE_PREFIX: &[u8] = b"request_at:";

/// What is remembered of an answered write request.
#[derive(Debug, Serialize, Deserialize)]
struct Answered {
    login: String,
    /// Seconds since the Unix epoch on the server's system clock (not the business clock,
    /// which a test or a demo may freeze).
    at: u64,
    outcomes: Vec<Outcome>,
}

fn id_key(id: &RequestId) -> Vec<u8> {
    [ID_PREFIX, id.as_slice()].concat()
}

fn age_key(at: u64, id: &RequestId) -> Vec<u8> {
    [AGE_PREFIX, &at.to_be_bytes(), id.as_slice()].concat()
}

fn now_secs() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The outcomes of request `id` if it was already applied. The same id from another user
/// is refused (ids are random: only a copied id can collide).
pub(super) fn answered(store: &Store, id: &RequestId, login: &str) -> Result<Option<Vec<Outcome>>> {
    let Some(bytes) = store.tree(T::Meta).get(id_key(id))? else {
        return Ok(None);
    };
    let first: Answered = decode(&bytes)?;
    if first.login != login {
        return Err(invalid("wire.err.request_taken", &[&login]));
    }
    Ok(Some(first.outcomes))
}

/// Remember request `id` with its outcomes in `writes` (committed with the write itself),
/// and drop a few requests older than `KEEP_SECS`.
pub(super) fn remember(
    store: &Store,
    writes: &mut WriteSet,
    id: &RequestId,
    login: &str,
    outcomes: &[Outcome],
) -> Result<()> {
    let at = now_secs();
    let answered = Answered {
        login: login.to_owned(),
        at,
        outcomes: outcomes.to_vec(),
    };
    writes.put(T::Meta, id_key(id), &answered);
    writes.put_raw(T::Meta, age_key(at, id), Vec::new());
    let cutoff = age_key(at.saturating_sub(KEEP_SECS), &[0; 16]);
    for item in store
        .tree(T::Meta)
        .range(AGE_PREFIX.to_vec()..cutoff)
        .take(PRUNE_PER_WRITE)
    {
        let (key, _) = item?;
        let Some(old) = key.get(AGE_PREFIX.len() + 8..) else {
            continue;
        };
        writes.remove(T::Meta, [ID_PREFIX, old].concat());
        writes.remove(T::Meta, key.to_vec());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(id: u64) -> Outcome {
        Outcome {
            id: Some(id),
            ..Default::default()
        }
    }

    #[test]
    fn a_remembered_request_is_found_and_old_ones_are_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), true).unwrap();
        let meta = store.tree(T::Meta);
        // Two requests answered two days ago and one an hour ago, as stored by `remember`.
        let now = now_secs();
        let old = [(1u8, now - 2 * KEEP_SECS), (2, now - 2 * KEEP_SECS - 1)];
        let recent = (3u8, now - 3600);
        for (n, at) in old.into_iter().chain([recent]) {
            let id = [n; 16];
            let answered = Answered {
                login: "anna".into(),
                at,
                outcomes: vec![outcome(n.into())],
            };
            meta.insert(id_key(&id), crate::store::encode(&answered))
                .unwrap();
            meta.insert(age_key(at, &id), Vec::new()).unwrap();
        }
        assert_eq!(
            answered(&store, &[1; 16], "anna").unwrap(),
            Some(vec![outcome(1)])
        );

        let mut writes = WriteSet::new();
        remember(&store, &mut writes, &[4; 16], "anna", &[outcome(4)]).unwrap();
        writes.commit(&store).unwrap();

        // The two older than a day went with the write; the recent one and the new stay.
        for gone in [[1u8; 16], [2; 16]] {
            assert_eq!(answered(&store, &gone, "anna").unwrap(), None);
        }
        assert_eq!(
            answered(&store, &[3; 16], "anna").unwrap(),
            Some(vec![outcome(3)])
        );
        assert_eq!(
            answered(&store, &[4; 16], "anna").unwrap(),
            Some(vec![outcome(4)])
        );
        let ages = meta.scan_prefix(AGE_PREFIX).count();
        assert_eq!(ages, 2, "one age key per remembered request");
        // Someone else's copy of an id is refused, not answered.
        assert!(answered(&store, &[4; 16], "bolek").is_err());
    }

    #[test]
    fn keys_sort_by_age_and_do_not_overlap() {
        let id = [9u8; 16];
        assert!(age_key(1, &id) < age_key(2, &[0; 16]));
        assert!(!age_key(1, &id).starts_with(ID_PREFIX));
        assert!(!id_key(&id).starts_with(AGE_PREFIX));
        assert_eq!(&age_key(5, &id)[AGE_PREFIX.len() + 8..], &id);
    }
}
