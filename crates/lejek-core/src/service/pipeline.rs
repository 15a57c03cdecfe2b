//! Where a deal stands in the pipeline today, read from the store (issue 19): when it
//! entered its stage (its history), its days there, whether it rots. The read model keeps
//! the same from its rows (`ReadModel::pipeline`); a deal shown on its own, and the scan the
//! read model is checked against, take it from here.

use chrono::{DateTime, Utc};

use super::clock::local_date;
use super::{Result, Service};
use crate::model::DealPipeline;
use crate::model::{Change, Deal, EntityKind, EntityRef, StageKind, stage_ranks};

impl Service {
    /// When `deal` entered its stage: the latest event that moved it there (or created it
    /// there), else its creation.
    pub(crate) fn stage_since(&self, deal: &Deal) -> Result<DateTime<Utc>> {
        let on = EntityRef {
            kind: EntityKind::Deal,
            id: deal.id,
        };
        let mut since = deal.created;
        for ev in self.history(on)? {
            if matches!(ev.change, Change::Stage { .. } | Change::DealCreated { .. }) {
                since = since.max(ev.at);
            }
        }
        Ok(since)
    }

    /// `deal`'s standing today, from the store.
    pub(crate) fn pipeline_from_store(&self, deal: &Deal) -> Result<DealPipeline> {
        let entries = self.dict_entries()?;
        let stage = entries.iter().find(|e| e.id == deal.stage);
        let rank = stage_ranks(&entries).get(&deal.stage).copied().unwrap_or(0);
        Ok(DealPipeline::work_out(
            self.clock().today(),
            local_date(self.stage_since(deal)?),
            local_date(deal.last_activity),
            stage.and_then(|s| s.stage_kind).unwrap_or(StageKind::Open),
            stage.and_then(|s| s.rot_days),
            rank,
        ))
    }
}
