//! Deals (D1-D9): one attempt to win one customer for one offer.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::{CustomValue, Id, Money};

/// A deal. `stage`, `source` and `loss_reason` are dictionary entry ids (X2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    pub id: Id,
    pub contact_id: Id,
    pub title: String,
    /// The offer (product or service) the deal is about (D1).
    pub offer: Option<String>,
    pub description: Option<String>,
    /// Login of the responsible user (D2).
    pub owner: String,
    pub stage: u64,
    pub source: Option<u64>,
    /// Unknown at first, updated over time (D9).
    pub value: Option<Money>,
    pub next_activity: Option<NaiveDate>,
    pub tags: Vec<String>,
    pub campaign_id: Option<Id>,
    pub loss_reason: Option<u64>,
    pub created: DateTime<Utc>,
    /// Set when the deal is won or lost, cleared when it is reopened.
    pub closed: Option<DateTime<Utc>>,
    /// Time of the latest event on the deal (D8); maintained by the service from the events it
    /// writes, never set by a front end.
    pub last_activity: DateTime<Utc>,
    /// When the deal is expected to close (issue 19, record format 2).
    pub expected_close: Option<NaiveDate>,
    /// Custom field values by field name (issue 20, record format 3).
    #[serde(default)]
    pub fields: BTreeMap<String, CustomValue>,
}
