//! The dictionary names the demo data picks from, read from the database itself, so the
//! demo works with the Polish or English defaults and with an admin's own entries.

use crate::model::{DictKind, StageKind};
use crate::service::{Result, Service};
use crate::text::fold;

/// Active entry names of every dictionary the demo uses, in dictionary order.
pub struct Dicts {
    /// Open stages in pipeline order (at least one).
    pub open_stages: Vec<String>,
    pub won: String,
    pub lost: String,
    pub deal_sources: Vec<String>,
    /// The deal source for deals that come from a campaign, if the dictionary has one.
    pub campaign_source: Option<String>,
    pub loss_reasons: Vec<String>,
    pub statuses: Vec<String>,
    pub contact_sources: Vec<String>,
    pub end_reasons: Vec<String>,
    pub roles: Vec<String>,
}

impl Dicts {
    pub fn read(svc: &Service) -> Result<Dicts> {
        let names = |kind: DictKind| -> Result<Vec<String>> {
            Ok(svc
                .dict(kind)?
                .into_iter()
                .filter(|e| !e.retired)
                .map(|e| e.name)
                .collect())
        };
        let open_stages: Vec<String> = svc
            .dict(DictKind::DealStage)?
            .into_iter()
            .filter(|e| !e.retired && e.stage_kind.unwrap_or(StageKind::Open) == StageKind::Open)
            .map(|e| e.name)
            .collect();
        if open_stages.is_empty() {
            // Reports the missing stage kind the usual way.
            svc.first_stage(StageKind::Open)?;
        }
        let deal_sources = names(DictKind::DealSource)?;
        let campaign_source = deal_sources
            .iter()
            .find(|s| matches!(fold(s).as_str(), "kampania" | "campaign"))
            .cloned();
        Ok(Dicts {
            open_stages,
            won: svc.first_stage(StageKind::Won)?.name,
            lost: svc.first_stage(StageKind::Lost)?.name,
            campaign_source,
            deal_sources,
            loss_reasons: names(DictKind::LossReason)?,
            statuses: names(DictKind::ContactStatus)?,
            contact_sources: names(DictKind::ContactSource)?,
            end_reasons: names(DictKind::EndReason)?,
            roles: names(DictKind::ContactRole)?,
        })
    }

    /// The status of a prospect: the first in the dictionary ("potencjalny").
    pub fn status_potential(&self) -> Option<String> {
        self.statuses.first().cloned()
    }

    /// The status of a paying customer: the second entry ("aktualny").
    pub fn status_current(&self) -> Option<String> {
        self.statuses.get(1).cloned()
    }

    /// The status after the end of cooperation: the last entry ("archiwalny").
    pub fn status_archived(&self) -> Option<String> {
        (self.statuses.len() > 2)
            .then(|| self.statuses.last().cloned())
            .flatten()
    }
}
