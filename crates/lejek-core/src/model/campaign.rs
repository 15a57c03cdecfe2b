//! Campaigns (K1-K3): deals grouped by a common trait.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Id;

/// A campaign; its name is unique (case- and diacritic-insensitively).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Campaign {
    pub id: Id,
    pub name: String,
    pub goals: Option<String>,
    /// Communication rules (K2).
    pub rules: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub created: DateTime<Utc>,
}
