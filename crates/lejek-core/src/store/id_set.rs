//! A packed set of ids stored as one value (format 4): a version byte, then the ids as
//! big-endian u64s in ascending order. Used where one key per (parent, child) pair would
//! cost a key per child and the children of a parent are few (a contact's deals), because
//! sled 0.34's open time follows the number of keys (see `event_log`).

const VERSION: u8 = 1;

/// The ids in a stored set; None when the value is damaged.
pub fn ids(value: &[u8]) -> Option<Vec<u64>> {
    let (&version, rest) = value.split_first()?;
    if version != VERSION || !rest.len().is_multiple_of(8) {
        return None;
    }
    let ids: Vec<u64> = rest
        .chunks_exact(8)
        .map(|c| u64::from_be_bytes(c.try_into().unwrap_or_default()))
        .collect();
    ids.is_sorted_by(|a, b| a < b).then_some(ids)
}

/// The set `value` (or an empty one) with `id` in it.
pub fn with(value: Option<&[u8]>, id: u64) -> Vec<u8> {
    let mut set = value.and_then(ids).unwrap_or_default();
    if let Err(at) = set.binary_search(&id) {
        set.insert(at, id);
    }
    value_of(&set)
}

/// The set `value` without `id`; None when nothing is left (the key goes).
pub fn without(value: Option<&[u8]>, id: u64) -> Option<Vec<u8>> {
    let mut set = value.and_then(ids).unwrap_or_default();
    set.retain(|x| *x != id);
    (!set.is_empty()).then(|| value_of(&set))
}

/// The stored value of an ascending set of ids.
pub fn value_of(set: &[u64]) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + 8 * set.len());
    out.push(VERSION);
    for id in set {
        out.extend_from_slice(&id.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_and_remove_keep_the_set_sorted_and_unique() {
        let v = with(None, 30);
        let v = with(Some(&v), 10);
        let v = with(Some(&v), 20);
        let v = with(Some(&v), 10);
        assert_eq!(ids(&v), Some(vec![10, 20, 30]));
        assert_eq!(v.len(), 1 + 3 * 8);
        let v = without(Some(&v), 20).expect("two left");
        assert_eq!(ids(&v), Some(vec![10, 30]));
        let v = without(Some(&v), 10).expect("one left");
        assert_eq!(without(Some(&v), 30), None, "an empty set is no key");
    }

    #[test]
    fn damaged_values_are_refused() {
        assert_eq!(ids(&[]), None);
        assert_eq!(ids(&[9, 0, 0, 0, 0, 0, 0, 0, 1]), None, "unknown version");
        assert_eq!(ids(&[1, 0, 0]), None, "not whole ids");
        let unsorted = [&[1u8][..], &2u64.to_be_bytes(), &1u64.to_be_bytes()].concat();
        assert_eq!(ids(&unsorted), None, "out of order");
    }
}
