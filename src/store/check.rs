//! `lejek check` (X5, issue 7): verify the store without changing it; `--repair` rebuilds
//! indexes from the records.

use serde::{Deserialize, Serialize};

/// What `check` found (and, with repair, fixed).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    /// One line per problem found.
    pub problems: Vec<String>,
    /// Index entries written or removed by --repair.
    pub repaired: u64,
}
