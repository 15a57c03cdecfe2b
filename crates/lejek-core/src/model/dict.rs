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
}
