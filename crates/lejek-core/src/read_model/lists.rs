//! The questions lists ask the model: which rows a filter matches, how many, and which of
//! them make the window asked for.

use super::contacts::{self, Contacts};
use super::deals::{self, Deals};
use super::sort::{SortSpec, key};
use super::{Bits, ReadModel, matching, window};
use crate::filter::Filter;
use crate::model::Id;

/// A window: how many rows match in all, and the ids of the rows in the window, in order.
pub(crate) struct Found {
    pub total: usize,
    pub ids: Vec<Id>,
}

/// A campaign's deals counted and their values summed by the kind of stage they are in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct CampaignSums {
    pub deals: u64,
    pub open: i64,
    pub won: i64,
    pub lost: i64,
    /// Of the last deal (by id) with a value.
    pub currency: Option<String>,
}

impl ReadModel {
    /// Every campaign's sums, in one pass over the deals.
    pub(crate) fn campaign_totals(&self) -> std::collections::HashMap<Id, CampaignSums> {
        let mut out: std::collections::HashMap<Id, CampaignSums> = std::collections::HashMap::new();
        let cols = &self.deal_cols;
        for (i, &c) in cols.campaign.iter().enumerate() {
            if c == 0 {
                continue;
            }
            let sums = out.entry(c).or_default();
            sums.deals += 1;
            let Some((currency, minor)) = self.data.deals[i].value else {
                continue;
            };
            sums.currency = self.data.currencies.get(currency as usize).cloned();
            let kind = super::columns::id(cols.stage[i]).map(|s| self.stage_kind(s));
            let slot = match kind.unwrap_or(crate::model::StageKind::Open) {
                crate::model::StageKind::Open => &mut sums.open,
                crate::model::StageKind::Won => &mut sums.won,
                crate::model::StageKind::Lost => &mut sums.lost,
            };
            *slot = slot.saturating_add(minor);
        }
        out
    }

    /// The deal rows `filter` matches.
    pub(crate) fn deal_matches(&self, filter: &Filter) -> Bits {
        matching(&Deals(self), filter)
    }

    /// The window `offset..offset+limit` of the deal rows `matches`, in `sort` order.
    pub(crate) fn deal_window(
        &self,
        matches: &Bits,
        sort: Option<&SortSpec>,
        offset: usize,
        limit: Option<usize>,
    ) -> Found {
        let rows = &self.data.deals;
        let desc = sort.map(|s| s.desc);
        let window = match sort.and_then(|s| self.deal_cols.numeric(s.field)) {
            Some(col) => window(matches, desc, |r| col.key(r), offset, limit),
            None => {
                let field = sort.map_or("", |s| s.field);
                let key = |r: usize| key(deals::value(self, &rows[r], field));
                window(matches, desc, key, offset, limit)
            }
        };
        Found {
            total: matches.count(),
            ids: window.into_iter().map(|r| rows[r].id).collect(),
        }
    }

    /// The contact rows `filter` matches.
    pub(crate) fn contact_matches(&self, filter: &Filter) -> Bits {
        matching(&Contacts(self), filter)
    }

    /// The window of the contact rows `matches`, in `sort` order.
    pub(crate) fn contact_window(
        &self,
        matches: &Bits,
        sort: Option<&SortSpec>,
        offset: usize,
        limit: Option<usize>,
    ) -> Found {
        let rows = &self.data.contacts;
        let desc = sort.map(|s| s.desc);
        let window = match sort.and_then(|s| self.contact_cols.numeric(s.field)) {
            Some(col) => window(matches, desc, |r| col.key(r), offset, limit),
            None => {
                let field = sort.map_or("", |s| s.field);
                let key = |r: usize| key(contacts::value(self, &rows[r], field));
                window(matches, desc, key, offset, limit)
            }
        };
        Found {
            total: matches.count(),
            ids: window.into_iter().map(|r| rows[r].id).collect(),
        }
    }
}
