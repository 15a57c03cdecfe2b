//! English messages of long read-only work on a damaged or full store, and of redacted
//! secrets (issue 15 items 6, 7 and 13).

pub const ENTRIES: &[(&str, &str)] = &[(
    "guard.err.damaged",
    "the store of database {0} is damaged and cannot be opened; restore it from a backup (lejek restore)",
)];
