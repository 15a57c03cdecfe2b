//! One problem `check` found: what kind, where (tree and key, readable), and a detail. Plain
//! data, so it crosses the server's wire and prints as JSON; the words are in the catalogue
//! (`maint.problem.<kind>`).

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::EntityKind;
use crate::store::T;

/// The kinds of problem, as stable snake_case names in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemKind {
    /// A value that does not decode as its tree's record (detail: the codec's error).
    Undecodable,
    /// A record stored under another key than its own (detail: its own key).
    Misplaced,
    /// An index entry no record implies (detail: the record it points to).
    StrayIndex,
    /// An index entry whose key or value is not of its tree's shape.
    MalformedIndex,
    /// A record's index entry is missing (detail: the record).
    MissingIndex,
    /// A notification of an event that does not exist (detail: the event).
    DanglingReference,
    /// Event sequence numbers missing from the history (key: the range).
    EventGap,
    /// An id counter not above the highest id in use (detail: that id): the next record
    /// would overwrite one.
    CounterBehind,
    /// A meta value of the wrong size.
    BadMeta,
    /// An attachment's content is not in `files/` (detail: its SHA-256).
    MissingFile,
    /// An attachment's content differs from its SHA-256 or size (detail: the SHA-256).
    DamagedFile,
    /// A record with a field the service would refuse (detail: why), e.g. control
    /// characters that came in through an old version (issue 15 item 11).
    RefusedRecord,
}

impl ProblemKind {
    /// The stable name (as in JSON).
    pub fn as_str(self) -> &'static str {
        self.key().trim_start_matches("maint.problem.")
    }

    fn key(self) -> &'static str {
        match self {
            ProblemKind::Undecodable => "maint.problem.undecodable",
            ProblemKind::Misplaced => "maint.problem.misplaced",
            ProblemKind::StrayIndex => "maint.problem.stray_index",
            ProblemKind::MalformedIndex => "maint.problem.malformed_index",
            ProblemKind::MissingIndex => "maint.problem.missing_index",
            ProblemKind::DanglingReference => "maint.problem.dangling_reference",
            ProblemKind::EventGap => "maint.problem.event_gap",
            ProblemKind::CounterBehind => "maint.problem.counter_behind",
            ProblemKind::BadMeta => "maint.problem.bad_meta",
            ProblemKind::MissingFile => "maint.problem.missing_file",
            ProblemKind::DamagedFile => "maint.problem.damaged_file",
            ProblemKind::RefusedRecord => "maint.problem.refused_record",
        }
    }
}

/// One problem.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    /// The tree's name (`contact_deals`).
    pub tree: String,
    /// The key, readable: `17`, `(3, 17)`, `(deal, 5, 42)`, or hex when it has no known shape.
    pub key: String,
    pub detail: String,
}

impl Problem {
    pub fn new(kind: ProblemKind, t: T, key: String, detail: String) -> Problem {
        Problem {
            kind,
            tree: t.name().to_owned(),
            key,
            detail,
        }
    }

    /// One line in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        // Through `Message`, so a detail that is itself a message (a refused record's
        // reason) reads in `lang` too.
        crate::i18n::Message::new(self.kind.key())
            .arg(&self.tree)
            .arg(&self.key)
            .arg(&self.detail)
            .render(lang)
    }
}

/// A record's label in details: `deal 17`.
pub fn label(kind: EntityKind, id: u64) -> String {
    format!("{} {id}", kind.as_str())
}
