//! What a removed record left behind (issue 20 item 3): its history ends with
//! `Change::Removed`, so asking for it by id says who removed it and when instead of a bare
//! "no such record".

use chrono::{DateTime, Utc};

use super::{Error, Result, Service, invalid};
use crate::model::{Change, EntityKind, EntityRef, Id};

/// Who removed a record and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    pub by: String,
    pub at: DateTime<Utc>,
}

impl Service {
    /// The removal of a record, when its history ends with one.
    pub fn removal(&self, entity: EntityRef) -> Result<Option<Removal>> {
        let last = self
            .history(entity)?
            .into_iter()
            .rev()
            .find(|e| matches!(e.change, Change::Removed { .. }));
        Ok(last.map(|e| Removal {
            by: e.actor,
            at: e.at,
        }))
    }

    /// The error for a record that is not there: "removed by X on DATE" when it was
    /// removed, else `missing` (the not-found message of its kind). Both are bad input
    /// (exit 2), as a wrong id always was.
    pub(super) fn not_found(&self, kind: EntityKind, id: Id, missing: &'static str) -> Error {
        let removed = match kind {
            EntityKind::Deal => "erase.err.removed_deal",
            EntityKind::Contact => "erase.err.removed_contact",
            EntityKind::Task => "erase.err.removed_task",
            _ => return invalid(missing, &[&id]),
        };
        match self.removal(EntityRef { kind, id }) {
            Ok(Some(r)) => invalid(
                removed,
                &[
                    &id,
                    &r.by,
                    &r.at.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M"),
                ],
            ),
            _ => invalid(missing, &[&id]),
        }
    }
}
