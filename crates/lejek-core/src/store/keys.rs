//! Key encodings: big-endian integers so sled's byte order is numeric order.

use crate::model::EntityRef;

pub fn id(id: u64) -> [u8; 8] {
    id.to_be_bytes()
}

pub fn pair(a: u64, b: u64) -> [u8; 16] {
    let mut k = [0u8; 16];
    k[..8].copy_from_slice(&a.to_be_bytes());
    k[8..].copy_from_slice(&b.to_be_bytes());
    k
}

/// Read the big-endian u64 at `at` in a key; None when the key is too short (a corrupt key).
pub fn u64_at(key: &[u8], at: usize) -> Option<u64> {
    let bytes: [u8; 8] = key.get(at..at + 8)?.try_into().ok()?;
    Some(u64::from_be_bytes(bytes))
}

/// (entity kind, entity id): the prefix of a record's events.
pub fn entity_prefix(e: EntityRef) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = e.kind.code();
    k[1..].copy_from_slice(&e.id.to_be_bytes());
    k
}

/// The key of event `seq` on record `e` in the events tree.
pub fn event(e: EntityRef, seq: u64) -> Vec<u8> {
    let mut k = entity_prefix(e).to_vec();
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

/// Inbox keys: login bytes, a 0 separator (logins hold no NUL), then the seq.
pub fn inbox_prefix(login: &str) -> Vec<u8> {
    let mut k = login.as_bytes().to_vec();
    k.push(0);
    k
}

pub fn inbox(login: &str, seq: u64) -> Vec<u8> {
    let mut k = inbox_prefix(login);
    k.extend_from_slice(&seq.to_be_bytes());
    k
}

/// Dictionary entries: (kind code, id).
pub fn dict(kind: crate::model::DictKind, id: u64) -> [u8; 9] {
    let mut k = [0u8; 9];
    k[0] = kind.code();
    k[1..].copy_from_slice(&id.to_be_bytes());
    k
}

/// Counter keys in the meta tree.
pub fn counter(name: &str) -> Vec<u8> {
    format!("next:{name}").into_bytes()
}
