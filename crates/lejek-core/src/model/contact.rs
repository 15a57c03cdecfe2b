//! Contacts (C1-C4): companies and persons, with customer status, acquisition source and
//! end of cooperation.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use std::collections::BTreeMap;

use super::{CustomValue, Id};

/// Company or person (C1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactKind {
    Company,
    Person,
}

impl ContactKind {
    /// Stable name used in JSON, CSV and the filter language.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactKind::Company => "company",
            ContactKind::Person => "person",
        }
    }

    /// The kind a user typed: `company`/`firma` or `person`/`osoba`, in any case and with
    /// or without diacritics.
    pub fn parse(s: &str) -> Option<ContactKind> {
        match crate::text::fold(s.trim()).as_str() {
            "company" | "firma" => Some(ContactKind::Company),
            "person" | "osoba" => Some(ContactKind::Person),
            _ => None,
        }
    }
}

/// A customer or prospect. Dictionary-valued fields hold dictionary entry ids, so renaming an
/// entry renames it everywhere and keeps history linked (X2).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: Id,
    pub kind: ContactKind,
    pub name: String,
    /// The company a person belongs to.
    pub company_id: Option<Id>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    /// Ten digits, checksum-validated.
    pub nip: Option<String>,
    pub tags: Vec<String>,
    /// contact-role entry ids.
    pub roles: Vec<u64>,
    /// contact-status entry id (C2).
    pub status: Option<u64>,
    /// contact-source entry id (C3).
    pub source: Option<u64>,
    /// end-reason entry id (C4).
    pub end_reason: Option<u64>,
    pub ended: Option<NaiveDate>,
    pub created: DateTime<Utc>,
    /// Custom field values by field name (issue 20, record format 3).
    #[serde(default)]
    pub fields: BTreeMap<String, CustomValue>,
}
