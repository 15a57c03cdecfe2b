//! The JSON document of `lejek export all --format json`, which `lejek import all` reads
//! back (X5, issue 7). One set of types serves both directions, so the two cannot drift.
//!
//! Records use the field names of the list JSON (`lejek deal list --format json` etc., the
//! DESIGN.md contract): a file exported with `export deals --format json` is a plain array of
//! [`DealOut`], and the `deals` section of [`ExportAll`] is the same array. Dictionary values
//! appear by name, users by login, times as RFC 3339 UTC, dates as ISO 8601, money as exact
//! decimal strings with the currency beside them.
//!
//! The document holds no volatile field (no export time): the same data exports to the same
//! bytes, so `export all | sha256sum` compares a database with its restored backup. Every
//! section is sorted by id (dictionaries by dictionary, position; users by login).
//!
//! Fields derived from others (a deal's `contact` and `campaign` names, `stage_kind`,
//! `last_activity`; a contact's `company`; a campaign's `deals` and `*_value` totals) are
//! written for people and spreadsheets; an import recomputes them and may ignore them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{EntityKind, Id};
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// The value of [`ExportAll::format`]: what kind of file this is.
pub const FORMAT: &str = "lejek-export";
/// The value of [`ExportAll::version`]. A reader refuses a newer version; a field added to a
/// record without changing the meaning of the others does not bump it.
pub const VERSION: u32 = 1;

/// Everything: `lejek export all --format json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportAll {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`] of the writer.
    pub version: u32,
    pub users: Vec<UserOut>,
    pub dictionaries: Vec<DictOut>,
    pub contacts: Vec<ContactOut>,
    pub deals: Vec<DealOut>,
    pub campaigns: Vec<CampaignOut>,
    pub tasks: Vec<TaskOut>,
    /// Private working notes on contacts, deals and campaigns.
    pub notes: Vec<NoteOut>,
    /// Discussion comments on deals and campaigns (counted by the sales-activity report).
    pub comments: Vec<NoteOut>,
    /// Attachments' metadata. The files' content is not in the JSON (use `lejek backup` to
    /// carry it); an import into the same machine may find it by `sha256`.
    pub files: Vec<FileOut>,
    /// E-mail and SMS templates (D12). Absent from files written before templates existed.
    #[serde(default)]
    pub templates: Vec<TemplateOut>,
    /// Custom field definitions, retired ones too (issue 20 item 1): an `import all` into
    /// another database defines them before the records whose `fields` name them. Absent
    /// from files written before custom fields existed.
    #[serde(default)]
    pub custom_fields: Vec<crate::model::FieldDef>,
}

/// A lejek user.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserOut {
    pub login: String,
    pub name: String,
    pub admin: bool,
    pub created: DateTime<Utc>,
}

/// One dictionary entry: the fields of `dict list KIND --format json` plus the dictionary it
/// belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DictOut {
    /// `contact-status`, `contact-source`, `end-reason`, `contact-role`, `deal-stage`,
    /// `deal-source` or `loss-reason` (the CLI names, `DictKind::as_str`).
    pub dictionary: String,
    pub name: String,
    /// For deal stages: `open`, `won` or `lost`; otherwise null.
    pub kind: Option<String>,
    pub position: u32,
    pub retired: bool,
    /// For deal stages: the win chance in percent (won 100, lost 0) and the rot days
    /// (issue 19); files from before them have neither.
    #[serde(default)]
    pub probability: Option<u8>,
    #[serde(default)]
    pub rot_days: Option<u32>,
}

/// A contact: the fields of `contact list --format json`, plus who created it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactOut {
    pub id: Id,
    /// `company` or `person`.
    pub kind: String,
    pub name: String,
    pub company_id: Option<Id>,
    /// The company's name (derived from `company_id`).
    pub company: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub city: Option<String>,
    pub address: Option<String>,
    pub nip: Option<String>,
    pub status: Option<String>,
    pub source: Option<String>,
    pub end_reason: Option<String>,
    pub ended: Option<NaiveDate>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub roles: Vec<String>,
    pub created: DateTime<Utc>,
    /// Custom field values by name, as canonical text (issue 20).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
    /// Login of the user who created the contact (the sales-activity report counts it).
    /// In JSON exports; null when the history does not say (and absent from CSV).
    #[serde(default)]
    pub created_by: Option<String>,
}

/// A deal: the fields of `deal list --format json`, plus its history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DealOut {
    pub id: Id,
    pub title: String,
    pub contact_id: Id,
    /// The contact's name (derived).
    pub contact: String,
    pub owner: String,
    pub stage: String,
    /// `open`, `won` or `lost` (derived from the stage).
    pub stage_kind: String,
    pub source: Option<String>,
    /// Exact decimal string, e.g. `"12345.50"`; with `currency`.
    pub value: Option<String>,
    pub currency: Option<String>,
    pub next_activity: Option<NaiveDate>,
    /// Time of the latest event on the deal (derived from the history).
    pub last_activity: DateTime<Utc>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub campaign_id: Option<Id>,
    /// The campaign's name (derived).
    pub campaign: Option<String>,
    pub loss_reason: Option<String>,
    pub offer: Option<String>,
    pub description: Option<String>,
    pub created: DateTime<Utc>,
    pub closed: Option<DateTime<Utc>>,
    /// When the deal is expected to close (issue 19).
    #[serde(default)]
    pub expected_close: Option<NaiveDate>,
    /// Days since it entered its stage, on the day of the export (derived).
    #[serde(default)]
    pub days_in_stage: u32,
    /// Open and untouched for longer than its stage allows, that day (derived).
    #[serde(default)]
    pub rotting: bool,
    /// Custom field values by name, as canonical text (issue 20).
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, String>,
    /// What the reports read from the deal's past, oldest first. In JSON exports (`deals`
    /// and `all`); CSV has no history column.
    #[serde(default)]
    pub history: Vec<DealMove>,
}

/// One step of a deal's past: when, who, and what changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DealMove {
    pub at: DateTime<Utc>,
    /// Login of the user who made the change.
    pub actor: String,
    #[serde(flatten)]
    pub change: DealChange,
}

/// What changed, tagged by `event`. Only what reports and the record's fields depend on:
/// creation with the first stage and value (funnel, value history), later stages, values,
/// loss reasons, owners, sources and close times. Notes, comments, files and tasks are
/// their own sections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum DealChange {
    /// `{"event": "created", "stage": "nowy", "value": "1200.00", "currency": "PLN"}`.
    /// `stage` is null only for a deal whose history lacks its first stage.
    Created {
        stage: Option<String>,
        value: Option<String>,
        currency: Option<String>,
    },
    /// The deal moved to `stage` (a win or a loss is a move to a won or lost stage).
    Stage { stage: String },
    /// The value became `value` (null: cleared).
    Value {
        value: Option<String>,
        currency: Option<String>,
    },
    /// The loss reason became `loss_reason` (null: cleared, e.g. on reopening).
    LossReason { loss_reason: Option<String> },
    /// The deal was handed to `owner`.
    Owner { owner: String },
    /// The source became `source` (null: cleared).
    Source { source: Option<String> },
    /// The close time became `closed` (null: reopened).
    Closed { closed: Option<DateTime<Utc>> },
}

/// A campaign: the fields of `campaign list --format json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CampaignOut {
    pub id: Id,
    pub name: String,
    pub goals: Option<String>,
    pub rules: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Number of deals in the campaign (derived).
    #[serde(default)]
    pub deals: u64,
    /// Sums of its open, won and lost deals' values (derived).
    #[serde(default)]
    pub open_value: String,
    #[serde(default)]
    pub won_value: String,
    #[serde(default)]
    pub lost_value: String,
    pub created: DateTime<Utc>,
}

/// A task or meeting: the fields of `task list --format json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskOut {
    pub id: Id,
    /// `task` or `meeting`.
    pub kind: String,
    pub title: String,
    pub assignee: String,
    /// Local date and time, e.g. `2026-12-01T09:15:00` (midnight when only a date).
    pub due: Option<NaiveDateTime>,
    pub done_at: Option<DateTime<Utc>>,
    pub deal_id: Option<Id>,
    pub campaign_id: Option<Id>,
    pub created: DateTime<Utc>,
}

/// A note or a comment on a record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NoteOut {
    pub id: Id,
    /// `contact`, `deal` or `campaign` ([`entity_kind`] parses it).
    pub entity: String,
    pub entity_id: Id,
    pub author: String,
    pub text: String,
    pub created: DateTime<Utc>,
}

/// An attachment's metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileOut {
    pub id: Id,
    pub entity: String,
    pub entity_id: Id,
    /// The file name as the user gave it.
    pub name: String,
    /// Hex SHA-256 of the content (its name under `<db>/files/`).
    pub sha256: String,
    pub size: u64,
    pub added_by: String,
    pub created: DateTime<Utc>,
}

/// A message template: the fields of `template list --format json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateOut {
    pub id: Id,
    pub name: String,
    /// `email` or `sms`.
    pub kind: String,
    pub subject: Option<String>,
    pub body: String,
    /// Default attachments; like files, the content travels in a backup, not here.
    pub attachments: Vec<TemplateFileOut>,
    pub created: DateTime<Utc>,
    pub created_by: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateFileOut {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// The record kind a note, comment or file is on, from its `entity` field.
pub fn entity_kind(s: &str) -> Option<EntityKind> {
    [
        EntityKind::Contact,
        EntityKind::Deal,
        EntityKind::Campaign,
        EntityKind::Task,
    ]
    .into_iter()
    .find(|k| k.as_str() == s)
}

impl From<&DealView> for DealOut {
    fn from(d: &DealView) -> DealOut {
        DealOut {
            id: d.id,
            title: d.title.clone(),
            contact_id: d.contact_id,
            contact: d.contact.clone(),
            owner: d.owner.clone(),
            stage: d.stage.clone(),
            stage_kind: d.stage_kind.to_owned(),
            source: d.source.clone(),
            value: d.value.clone(),
            currency: d.currency.clone(),
            next_activity: d.next_activity,
            last_activity: d.last_activity,
            tags: d.tags.clone(),
            campaign_id: d.campaign_id,
            campaign: d.campaign.clone(),
            loss_reason: d.loss_reason.clone(),
            offer: d.offer.clone(),
            description: d.description.clone(),
            created: d.created,
            closed: d.closed,
            expected_close: d.expected_close,
            days_in_stage: d.days_in_stage,
            rotting: d.rotting,
            fields: d.fields.clone(),
            history: Vec::new(),
        }
    }
}

impl From<&ContactView> for ContactOut {
    fn from(c: &ContactView) -> ContactOut {
        ContactOut {
            id: c.id,
            kind: c.kind.to_owned(),
            name: c.name.clone(),
            company_id: c.company_id,
            company: c.company.clone(),
            email: c.email.clone(),
            phone: c.phone.clone(),
            city: c.city.clone(),
            address: c.address.clone(),
            nip: c.nip.clone(),
            status: c.status.clone(),
            source: c.source.clone(),
            end_reason: c.end_reason.clone(),
            ended: c.ended,
            tags: c.tags.clone(),
            roles: c.roles.clone(),
            created: c.created,
            fields: c.fields.clone(),
            created_by: None,
        }
    }
}

impl From<&CampaignView> for CampaignOut {
    fn from(c: &CampaignView) -> CampaignOut {
        CampaignOut {
            id: c.id,
            name: c.name.clone(),
            goals: c.goals.clone(),
            rules: c.rules.clone(),
            description: c.description.clone(),
            tags: c.tags.clone(),
            deals: c.deals,
            open_value: c.open_value.clone(),
            won_value: c.won_value.clone(),
            lost_value: c.lost_value.clone(),
            created: c.created,
        }
    }
}

impl From<&TaskView> for TaskOut {
    fn from(t: &TaskView) -> TaskOut {
        TaskOut {
            id: t.id,
            kind: t.kind.to_owned(),
            title: t.title.clone(),
            assignee: t.assignee.clone(),
            due: t.due,
            done_at: t.done_at,
            deal_id: t.deal_id,
            campaign_id: t.campaign_id,
            created: t.created,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deal_move_is_flat_json_tagged_by_event_and_reads_back() {
        let at = "2026-11-28T12:00:00Z".parse().expect("time");
        let moves = vec![
            DealMove {
                at,
                actor: "anna".into(),
                change: DealChange::Created {
                    stage: Some("nowy".into()),
                    value: Some("1200.00".into()),
                    currency: Some("PLN".into()),
                },
            },
            DealMove {
                at,
                actor: "anna".into(),
                change: DealChange::Value {
                    value: None,
                    currency: None,
                },
            },
        ];
        let json = serde_json::to_string(&moves).expect("json");
        assert_eq!(
            json,
            r#"[{"at":"2026-11-28T12:00:00Z","actor":"anna","event":"created","stage":"nowy","value":"1200.00","currency":"PLN"},{"at":"2026-11-28T12:00:00Z","actor":"anna","event":"value","value":null,"currency":null}]"#
        );
        let back: Vec<DealMove> = serde_json::from_str(&json).expect("parse");
        assert_eq!(back, moves);
    }
}
