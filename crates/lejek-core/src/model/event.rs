//! Events: the history of every record (D11), the source of last activity (D8), stage
//! transitions (R7), activity counts (R6), value history (D9) and notifications (X1).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{Id, Money};

/// The kinds of record an event or a note can be about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    Contact,
    Deal,
    Campaign,
    Task,
    User,
    Dict,
    /// A message template (D12). Kinds are stored by position: new ones go last.
    Template,
    /// A custom field's definition (issue 20).
    Field,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Contact => "contact",
            EntityKind::Deal => "deal",
            EntityKind::Campaign => "campaign",
            EntityKind::Task => "task",
            EntityKind::User => "user",
            EntityKind::Dict => "dict",
            EntityKind::Template => "template",
            EntityKind::Field => "field",
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    /// The kind stored as `code` (None for a byte no kind has: a damaged key).
    pub fn from_code(code: u8) -> Option<EntityKind> {
        [
            EntityKind::Contact,
            EntityKind::Deal,
            EntityKind::Campaign,
            EntityKind::Task,
            EntityKind::User,
            EntityKind::Dict,
            EntityKind::Template,
            EntityKind::Field,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityRef {
    pub kind: EntityKind,
    pub id: Id,
}

/// What happened. Field changes keep display text (old -> new); the changes reports compute
/// with (stage, value, win/loss) are structured so they survive renames.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// The record was created; `summary` names it (title or name).
    Created {
        summary: String,
    },
    /// A plain field changed. Dictionary fields hold entry ids as text-free `dict` changes.
    Field {
        field: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// A dictionary-valued field changed (source, status, reason...): entry ids.
    DictField {
        field: String,
        old: Option<u64>,
        new: Option<u64>,
    },
    /// The deal moved between stages (including win and loss).
    Stage {
        from: Option<u64>,
        to: u64,
    },
    /// The deal's value changed (D9).
    Value {
        old: Option<Money>,
        new: Option<Money>,
    },
    NoteAdded {
        note_id: Id,
        text: String,
    },
    CommentAdded {
        comment_id: Id,
        text: String,
    },
    FileAttached {
        attachment_id: Id,
        name: String,
    },
    TaskAdded {
        task_id: Id,
        title: String,
    },
    TaskDone {
        task_id: Id,
        title: String,
    },
    /// The deal joined a campaign (or the contact got a deal in one).
    Linked {
        to: EntityRef,
    },
    /// A deal was created (format 2): its title, first stage and value in one event, which
    /// the funnel (R7) and value history (D9) read as the first stage and value. Variants
    /// are stored by position: new ones go last.
    DealCreated {
        title: String,
        stage: u64,
        value: Option<Money>,
    },
    /// An e-mail or SMS to the deal's contact, sent or failed (D12, format 3).
    MessageSent(Box<super::SentMessage>),
    /// A template was removed; its name (format 3).
    Removed {
        summary: String,
    },
    /// The write before this event was dated `at` by an admin's clock (or root's), not by
    /// the server's: `recorded` is when the server really wrote it (issue 15, format 5).
    Backdated {
        recorded: DateTime<Utc>,
    },
    /// A note's text was changed by its author; both texts (issue 18, format 6).
    NoteEdited {
        note_id: Id,
        old: String,
        new: String,
    },
    /// A note was removed; the text it had (format 6).
    NoteRemoved {
        note_id: Id,
        text: String,
    },
    /// A comment's text was changed by its author; both texts (format 6).
    CommentEdited {
        comment_id: Id,
        old: String,
        new: String,
    },
    /// A comment was removed; the text it had (format 6).
    CommentRemoved {
        comment_id: Id,
        text: String,
    },
    /// A done task is open again (format 6).
    TaskReopened {
        task_id: Id,
        title: String,
    },
    /// A task left this record for another deal (`to`) or for none (format 6); the record
    /// it went to has its `TaskAdded`.
    TaskMoved {
        task_id: Id,
        title: String,
        to: Option<Id>,
    },
}

/// One entry in the history.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Global sequence number: the key of the events tree.
    pub seq: u64,
    pub at: DateTime<Utc>,
    /// Login of the user who made the change.
    pub actor: String,
    pub entity: EntityRef,
    pub change: Change,
}

/// An entry in a user's inbox: an event on a deal they own made by someone else (X1).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Notification {
    pub seq: u64,
    pub event_seq: u64,
    pub login: String,
    pub at: DateTime<Utc>,
    pub read: bool,
}
