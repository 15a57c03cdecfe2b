//! Message templates and sent messages (SPEC D12): what a salesperson prepares once and
//! sends from a deal's card, and what the deal's history keeps of each send.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Id;

/// E-mail or SMS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MessageKind {
    Email,
    Sms,
}

impl MessageKind {
    /// The CLI word and JSON value: `email`, `sms`.
    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::Email => "email",
            MessageKind::Sms => "sms",
        }
    }

    pub fn parse(s: &str) -> Option<MessageKind> {
        match s.trim().to_lowercase().as_str() {
            "email" | "e-mail" | "mail" => Some(MessageKind::Email),
            "sms" => Some(MessageKind::Sms),
            _ => None,
        }
    }
}

/// A file in the attachment store (`<db>/files/<sha256>`) under the name the recipient sees.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredFile {
    pub name: String,
    pub sha256: String,
    pub size: u64,
}

/// A prepared message. The name is its identity for people (unique, compared case- and
/// diacritic-insensitively); the id is its identity for idempotent campaign sends, so a
/// renamed template does not send twice.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageTemplate {
    pub id: Id,
    pub name: String,
    pub kind: MessageKind,
    /// E-mail only.
    pub subject: Option<String>,
    pub body: String,
    /// Default attachments, e-mail only.
    pub attachments: Vec<StoredFile>,
    pub created: DateTime<Utc>,
    pub created_by: String,
}

/// How a send ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendResult {
    /// Handed over: the transport's detail (the outbox file, the server's answer).
    Sent { detail: String },
    /// Not sent: why, in the sender's language, as they saw it.
    Failed { error: String },
}

impl SendResult {
    pub fn is_sent(&self) -> bool {
        matches!(self, SendResult::Sent { .. })
    }
}

/// One e-mail or SMS as it was rendered and sent (or not): the deal's history keeps all of
/// it, so what the customer received can always be read back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentMessage {
    pub kind: MessageKind,
    /// The template's id and name at the time; `None` for a retry of a removed template.
    pub template_id: Option<Id>,
    pub template: Option<String>,
    /// The address or number; empty when the contact had none.
    pub to: String,
    pub subject: Option<String>,
    pub body: String,
    pub attachments: Vec<StoredFile>,
    /// Which transport took it (`outbox`, `smtp host:port`, `http URL`...).
    pub transport: String,
    pub result: SendResult,
    /// Sent as part of `send --campaign`: the campaign's id.
    pub campaign_id: Option<Id>,
    /// The history entry (event seq) of the failed send this one retries.
    pub retry_of: Option<u64>,
}

/// The idempotency record of a campaign send: (template, deal) -> this.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendClaim {
    /// A sender is sending now (or crashed while sending): who and since when.
    Pending { by: String, since: DateTime<Utc> },
    /// Sent; the history entry that says so.
    Sent { event_seq: u64 },
}
