//! The window of a list: the matching rows in sort order, `offset` skipped, `limit` kept.
//! Only the rows up to the window's end are put in order (`select_nth_unstable`), so the
//! first page of 300,000 rows sorted by value costs one pass, not a full sort.

use std::cmp::Ordering;

use super::Bits;
use crate::service::sort::{Key, SortSpec, compare};

/// The row numbers of the window. `key` gives a row's sort key; rows with equal keys keep
/// their order (id order), as a stable sort of the records would.
pub(crate) fn window(
    matches: &Bits,
    sort: Option<&SortSpec>,
    key: impl Fn(usize) -> Option<Key>,
    offset: usize,
    limit: Option<usize>,
) -> Vec<usize> {
    let total = matches.count();
    let end = offset
        .saturating_add(limit.unwrap_or(usize::MAX))
        .min(total);
    if offset >= end {
        return Vec::new();
    }
    let Some(spec) = sort else {
        return matches.ones().skip(offset).take(end - offset).collect();
    };
    let mut keyed: Vec<(Option<Key>, usize)> = matches.ones().map(|r| (key(r), r)).collect();
    let order = |a: &(Option<Key>, usize), b: &(Option<Key>, usize)| -> Ordering {
        compare(&a.0, &b.0, spec.desc).then(a.1.cmp(&b.1))
    };
    if end < keyed.len() {
        keyed.select_nth_unstable_by(end - 1, order);
        keyed.truncate(end);
    }
    keyed.sort_unstable_by(order);
    keyed.into_iter().skip(offset).map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_of_rows_sorted_by_key_with_ties_in_row_order() {
        // Rows 0..10 match except 3; the key is row % 4, so the order by key (ties by row)
        // is 0 4 8 | 1 5 9 | 2 6 | 7 (row 3 left out).
        let matches = Bits::from_fn(10, |r| r != 3);
        let key = |r: usize| Some(Key::Num((r % 4) as i64));
        let spec = SortSpec {
            field: "value",
            desc: false,
        };
        let all = window(&matches, Some(&spec), key, 0, None);
        assert_eq!(all, vec![0, 4, 8, 1, 5, 9, 2, 6, 7]);
        assert_eq!(
            window(&matches, Some(&spec), key, 2, Some(3)),
            vec![8, 1, 5]
        );
        // Descending: keys 3, 2, 1, 0, ties still by row.
        let desc = SortSpec {
            field: "value",
            desc: true,
        };
        assert_eq!(
            window(&matches, Some(&desc), key, 0, Some(4)),
            vec![7, 2, 6, 1]
        );
        // Unsorted: the matching rows in order; past the end nothing.
        assert_eq!(window(&matches, None, key, 2, Some(3)), vec![2, 4, 5]);
        assert!(window(&matches, None, key, 20, Some(3)).is_empty());
    }
}
