//! The meta tree: the format version and the id counters are of their size, and every
//! counter is above the highest id of its kind (else the next record would overwrite one).

use super::records::Highest;
use super::{Findings, ProblemKind};
use crate::store::{T, keys};

pub fn walk(f: &mut Findings, highest: &Highest) -> sled::Result<()> {
    let meta = f.store.tree(T::Meta);
    for item in f.walk(T::Meta) {
        let (key, value) = item?;
        f.report.records += 1;
        f.tick();
        let size = if key.as_ref() == b"format_version" {
            Some(4)
        } else if key.starts_with(b"next:") {
            Some(8)
        } else {
            // Other keys belong to other features (an import's progress); not ours to judge.
            None
        };
        if size.is_some_and(|n| value.len() != n) {
            f.problem(ProblemKind::BadMeta, T::Meta, &key, value.len().to_string());
        }
    }
    for (&name, &top) in highest {
        let key = keys::counter(name);
        // A missing counter starts at 1 (WriteSet::next_id).
        let next = match meta.get(&key)? {
            Some(v) => keys::u64_at(&v, 0).unwrap_or(0),
            None => 1,
        };
        if top > 0 && next <= top {
            f.problem(ProblemKind::CounterBehind, T::Meta, &key, top.to_string());
        }
    }
    Ok(())
}
