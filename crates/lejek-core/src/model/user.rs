//! Users (X1): every change is attributed to one.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub login: String,
    pub name: String,
    pub admin: bool,
    pub created: DateTime<Utc>,
}
