//! The window of a list: the matching rows in sort order, `offset` skipped, `limit` kept.
//! Only the rows up to the window's end are put in order (`select_nth_unstable`), so the
//! first page of 300,000 rows sorted by value costs one pass, not a full sort.

use std::cmp::Ordering;

use super::Bits;

/// The row numbers of the window. With `desc` set (`Some(descending)`), `key` gives a
/// row's sort key, missing keys last either way; rows with equal keys keep their order (id
/// order), as a stable sort of the records would. Without, the rows in id order.
pub(crate) fn window<K: Ord>(
    matches: &Bits,
    desc: Option<bool>,
    key: impl Fn(usize) -> Option<K>,
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
    let Some(desc) = desc else {
        return matches.ones().skip(offset).take(end - offset).collect();
    };
    if end <= HEAP_WINDOW {
        return top(matches, desc, key, end)
            .into_iter()
            .skip(offset)
            .collect();
    }
    let mut keyed: Vec<(Option<K>, usize)> = matches.ones().map(|r| (key(r), r)).collect();
    let order = |a: &(Option<K>, usize), b: &(Option<K>, usize)| order(desc, a, b);
    if end < keyed.len() {
        keyed.select_nth_unstable_by(end - 1, order);
        keyed.truncate(end);
    }
    keyed.sort_unstable_by(order);
    keyed.into_iter().skip(offset).map(|(_, r)| r).collect()
}

/// Up to this window end, the first rows are kept in a heap as the matches go by: no
/// vector of every match (at 300,000 rows the kernel zeroing its pages cost more than the
/// sorting).
const HEAP_WINDOW: usize = 4096;

/// Sort order: by key (missing last either way), then by row.
fn order<K: Ord>(desc: bool, a: &(Option<K>, usize), b: &(Option<K>, usize)) -> Ordering {
    let by_key = match (&a.0, &b.0) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) if desc => y.cmp(x),
        (Some(x), Some(y)) => x.cmp(y),
    };
    by_key.then(a.1.cmp(&b.1))
}

/// A row in the heap, ordered by `order`.
struct Ranked<K> {
    entry: (Option<K>, usize),
    desc: bool,
}

impl<K: Ord> PartialEq for Ranked<K> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl<K: Ord> Eq for Ranked<K> {}

impl<K: Ord> PartialOrd for Ranked<K> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<K: Ord> Ord for Ranked<K> {
    fn cmp(&self, other: &Self) -> Ordering {
        order(self.desc, &self.entry, &other.entry)
    }
}

/// The first `n` matching rows in order, through a heap of `n`.
fn top<K: Ord>(
    matches: &Bits,
    desc: bool,
    key: impl Fn(usize) -> Option<K>,
    n: usize,
) -> Vec<usize> {
    let mut heap = std::collections::BinaryHeap::with_capacity(n + 1);
    for r in matches.ones() {
        let item = Ranked {
            entry: (key(r), r),
            desc,
        };
        if heap.len() < n {
            heap.push(item);
        } else if heap.peek().is_some_and(|worst| item < *worst) {
            heap.pop();
            heap.push(item);
        }
    }
    heap.into_sorted_vec()
        .into_iter()
        .map(|r| r.entry.1)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heap_and_the_selection_give_the_same_window() {
        // 10,000 rows with keys that repeat and go missing: windows ending below and above
        // HEAP_WINDOW take the two paths, and each equals the same slice of a full sort.
        let matches = Bits::from_fn(10_000, |r| r % 7 != 0);
        let key = |r: usize| (!r.is_multiple_of(11)).then_some((r * 7919) % 1000);
        for desc in [false, true] {
            let full = window(&matches, Some(desc), key, 0, None);
            for (offset, limit) in [(0, 50), (100, 3000), (4000, 500), (0, 8000)] {
                let part = window(&matches, Some(desc), key, offset, Some(limit));
                assert_eq!(
                    part,
                    full[offset..offset + limit],
                    "{offset}+{limit} desc {desc}"
                );
            }
        }
    }

    #[test]
    fn a_window_of_rows_sorted_by_key_with_ties_in_row_order() {
        // Rows 0..10 match except 3; the key is row % 4, so the order by key (ties by row)
        // is 0 4 8 | 1 5 9 | 2 6 | 7 (row 3 left out).
        let matches = Bits::from_fn(10, |r| r != 3);
        let key = |r: usize| Some(r % 4);
        let all = window(&matches, Some(false), key, 0, None);
        assert_eq!(all, vec![0, 4, 8, 1, 5, 9, 2, 6, 7]);
        assert_eq!(
            window(&matches, Some(false), key, 2, Some(3)),
            vec![8, 1, 5]
        );
        // Descending: keys 3, 2, 1, 0, ties still by row.
        assert_eq!(
            window(&matches, Some(true), key, 0, Some(4)),
            vec![7, 2, 6, 1]
        );
        // Missing keys (odd rows here) last, ascending or descending.
        let gaps = |r: usize| r.is_multiple_of(2).then_some(r);
        assert_eq!(
            window(&matches, Some(true), gaps, 0, Some(6)),
            vec![8, 6, 4, 2, 0, 1]
        );
        assert_eq!(
            window(&matches, Some(false), gaps, 3, Some(3)),
            vec![6, 8, 1]
        );
        // Unsorted: the matching rows in order; past the end nothing.
        assert_eq!(window(&matches, None, key, 2, Some(3)), vec![2, 4, 5]);
        assert!(window(&matches, None, key, 20, Some(3)).is_empty());
    }
}
