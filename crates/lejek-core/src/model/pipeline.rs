//! Where a deal stands in the pipeline on a day (issue 19): days in its stage, whether it
//! rots, its stage's place in the pipeline.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::StageKind;

/// Where a deal stands in the pipeline today: worked out from its history, its stage and
/// the clock by the service and the read model alike, so every front end shows the same (issue 19).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealPipeline {
    /// Whole days since the deal entered its stage.
    pub days_in_stage: u32,
    /// Open, and without activity for more than its stage's rot days.
    pub rotting: bool,
    /// Its stage's place in the pipeline order.
    pub stage_rank: u32,
}

impl DealPipeline {
    /// The deal's standing `today`: it entered its stage on `since` and was last touched on
    /// `last` (local days), its stage is `kind` and rots after `rot_days`.
    pub fn work_out(
        today: NaiveDate,
        since: NaiveDate,
        last: NaiveDate,
        kind: StageKind,
        rot_days: Option<u32>,
        stage_rank: u32,
    ) -> DealPipeline {
        let days = |from: NaiveDate| (today - from).num_days().max(0);
        DealPipeline {
            days_in_stage: u32::try_from(days(since)).unwrap_or(u32::MAX),
            rotting: kind == StageKind::Open && rot_days.is_some_and(|r| days(last) > i64::from(r)),
            stage_rank,
        }
    }
}
