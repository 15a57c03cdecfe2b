//! The rows of each view. Deal, contact, campaign and task rows are the service's views;
//! inbox and report rows are built here. `Row` is what every list's row is; `Sort` the
//! order a list is in.

use std::borrow::Cow;

use chrono::{DateTime, Utc};

use crate::filter::{FieldSpec, FieldType, FieldValue, Record, Schema};
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// A row of a list: filterable, with a stable id. `Sync` so the filter can run on several
/// threads.
pub trait Row: Record + Sync {
    fn id(&self) -> u64;
}

/// The sort in force: a filter-schema field and a direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    pub field: &'static str,
    pub desc: bool,
}

impl Sort {
    /// As the service reads it (`--sort FIELD:desc`).
    pub fn spec(&self) -> String {
        format!("{}:{}", self.field, if self.desc { "desc" } else { "asc" })
    }
}

impl Row for DealView {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Row for ContactView {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Row for CampaignView {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Row for TaskView {
    fn id(&self) -> u64 {
        self.id
    }
}

/// One notification, rendered in the user's language when loaded.
#[derive(Clone, Debug)]
pub struct InboxRow {
    pub seq: u64,
    pub read: bool,
    pub at: DateTime<Utc>,
    pub actor: String,
    pub record: String,
    pub text: String,
    pub entity: crate::model::EntityRef,
}

pub static INBOX_SCHEMA: Schema = Schema {
    fields: &[
        FieldSpec {
            name: "actor",
            aliases: &["kto"],
            ty: FieldType::User,
        },
        FieldSpec {
            name: "unread",
            aliases: &["nieprzeczytane"],
            ty: FieldType::Enum(&[("yes", &["tak"]), ("no", &["nie"])]),
        },
    ],
};

impl Record for InboxRow {
    fn get(&self, field: &str) -> FieldValue<'_> {
        match field {
            "actor" => FieldValue::Text(Some(Cow::Borrowed(&self.actor))),
            "unread" => FieldValue::Text(Some(Cow::Borrowed(if self.read { "no" } else { "yes" }))),
            _ => FieldValue::Text(None),
        }
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(&self.record);
        out(&self.text);
        out(&self.actor);
    }
}

impl Row for InboxRow {
    fn id(&self) -> u64 {
        self.seq
    }
}

/// One of the eight reports (R1-R8); the report pane itself comes with the reports issue.
#[derive(Clone, Debug)]
pub struct ReportRow {
    pub id: u64,
    pub name: &'static str,
    pub title: String,
}

pub static REPORT_SCHEMA: Schema = Schema { fields: &[] };

impl Record for ReportRow {
    fn get(&self, _field: &str) -> FieldValue<'_> {
        FieldValue::Text(None)
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        out(self.name);
        out(&self.title);
    }
}

impl Row for ReportRow {
    fn id(&self) -> u64 {
        self.id
    }
}

/// The report names of DESIGN.md and their catalogue keys (the engine's list).
pub use crate::report::REPORTS;
