//! Configurable dictionaries (X2): statuses, sources, reasons, roles and the ordered stages.

use serde::{Deserialize, Serialize};

/// Which dictionary an entry belongs to. The CLI names are a contract (`dict list KIND`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DictKind {
    ContactStatus,
    ContactSource,
    EndReason,
    ContactRole,
    DealStage,
    DealSource,
    LossReason,
}

impl DictKind {
    pub const ALL: [DictKind; 7] = [
        DictKind::ContactStatus,
        DictKind::ContactSource,
        DictKind::EndReason,
        DictKind::ContactRole,
        DictKind::DealStage,
        DictKind::DealSource,
        DictKind::LossReason,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DictKind::ContactStatus => "contact-status",
            DictKind::ContactSource => "contact-source",
            DictKind::EndReason => "end-reason",
            DictKind::ContactRole => "contact-role",
            DictKind::DealStage => "deal-stage",
            DictKind::DealSource => "deal-source",
            DictKind::LossReason => "loss-reason",
        }
    }

    pub fn parse(s: &str) -> Option<DictKind> {
        DictKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// One byte for index keys.
    pub fn code(self) -> u8 {
        self as u8
    }
}

/// Whether a deal in a stage is still being worked on, won or lost (D6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StageKind {
    Open,
    Won,
    Lost,
}

impl StageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StageKind::Open => "open",
            StageKind::Won => "won",
            StageKind::Lost => "lost",
        }
    }

    pub fn parse(s: &str) -> Option<StageKind> {
        match s {
            "open" => Some(StageKind::Open),
            "won" => Some(StageKind::Won),
            "lost" => Some(StageKind::Lost),
            _ => None,
        }
    }
}

/// One dictionary value. Records refer to it by `id`, so a rename keeps every record and
/// history entry pointing at it; a retired entry stays readable but cannot be chosen anew.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DictEntry {
    pub id: u64,
    pub kind: DictKind,
    pub name: String,
    /// Order within the dictionary (the pipeline order for stages).
    pub position: u32,
    /// Only for deal stages.
    pub stage_kind: Option<StageKind>,
    pub retired: bool,
    /// The chance, in percent, that a deal in this open stage is won (issue 19); None when
    /// not set. Won stages are 100 and lost ones 0 by their kind: see [`DictEntry::win_chance`].
    pub probability: Option<u8>,
    /// Days without activity after which an open deal in this stage rots (issue 19).
    pub rot_days: Option<u32>,
}

impl DictEntry {
    /// Where the entry sorts within its dictionary: by `position`, except that deal stages
    /// come open first, then won, then lost (issue 19: the pipeline), so a stage added
    /// later lands among the open ones, not after won and lost.
    pub fn order_key(&self) -> (DictKind, u8, u32, u64) {
        let group = match self.stage_kind {
            Some(StageKind::Won) => 1,
            Some(StageKind::Lost) => 2,
            _ => 0,
        };
        (self.kind, group, self.position, self.id)
    }

    /// The stage's win probability in percent: fixed for won (100) and lost (0) stages,
    /// the set value (if any) for open ones.
    pub fn win_chance(&self) -> Option<u8> {
        match self.stage_kind {
            Some(StageKind::Won) => Some(100),
            Some(StageKind::Lost) => Some(0),
            _ => self.probability,
        }
    }
}

/// Each deal stage's place in the pipeline (0 first), by entry id: open stages in their
/// order, then won, then lost (`DictEntry::order_key`), whatever order `entries` are in.
pub fn stage_ranks(entries: &[DictEntry]) -> std::collections::HashMap<u64, u32> {
    let mut stages: Vec<&DictEntry> = entries
        .iter()
        .filter(|e| e.kind == DictKind::DealStage)
        .collect();
    stages.sort_by_key(|e| e.order_key());
    stages
        .into_iter()
        .enumerate()
        .map(|(i, e)| (e.id, u32::try_from(i).unwrap_or(u32::MAX)))
        .collect()
}
