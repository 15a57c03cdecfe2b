//! Notes and discussion comments (D10, K3): text written on a record.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{EntityRef, Id};

/// A private working note.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: Id,
    pub on: EntityRef,
    pub author: String,
    pub text: String,
    pub created: DateTime<Utc>,
}

/// A discussion comment on a deal or a campaign (counted by R6).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    pub id: Id,
    pub on: EntityRef,
    pub author: String,
    pub text: String,
    pub created: DateTime<Utc>,
}
