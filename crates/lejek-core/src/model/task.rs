//! Tasks and meetings (D13, "sprawy").

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaskKind {
    Task,
    Meeting,
}

impl TaskKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TaskKind::Task => "task",
            TaskKind::Meeting => "meeting",
        }
    }
}

/// A task or meeting, on a deal, on a campaign, or standalone.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: Id,
    pub kind: TaskKind,
    pub title: String,
    pub assignee: String,
    /// Local date and time it is due (midnight when only a date was given).
    pub due: Option<NaiveDateTime>,
    pub done_at: Option<DateTime<Utc>>,
    pub deal_id: Option<Id>,
    pub campaign_id: Option<Id>,
    pub created: DateTime<Utc>,
}
