//! Attached files (D10, K2): content lives in `<db>/files/<sha256>`, metadata here.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{EntityRef, Id};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    pub id: Id,
    pub on: EntityRef,
    /// The file name as the user gave it.
    pub name: String,
    /// Hex SHA-256 of the content: the file name under `<db>/files/`.
    pub sha256: String,
    pub size: u64,
    pub added_by: String,
    pub created: DateTime<Utc>,
}
