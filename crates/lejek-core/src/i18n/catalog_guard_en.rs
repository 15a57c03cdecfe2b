//! English messages of long read-only work on a damaged or full store, and of redacted
//! secrets (issue 15 items 6, 7 and 13).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "guard.err.damaged",
        "the store of database {0} is damaged and cannot be opened; restore it from a backup (lejek restore)",
    ),
    (
        "guard.err.unreadable",
        "the store cannot be read: tree {0}, after {1} entries (last key {2}): {3}",
    ),
    (
        "guard.err.keys_back",
        "the store is damaged: in tree {0} the keys go back after {1} entries (last key {2})",
    ),
    (
        "guard.err.too_many",
        "the store is damaged: tree {0} shows more than {1} entries, more than it can hold",
    ),
    (
        "guard.err.damaged_at",
        "the store cannot be read: tree {0}, after {1} entries (last key {2}): damaged data at byte {3}",
    ),
    (
        "guard.err.damaged_data",
        "the store cannot be read: tree {0}, after {1} entries (last key {2}): damaged data",
    ),
    ("guard.err.stopped", "stopped: the client went away"),
];
