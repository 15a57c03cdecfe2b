//! The questions lists ask the model: which rows a filter matches, how many, and which of
//! them make the window asked for.

use super::columns::Numeric;
use super::contacts::{self, Contacts};
use super::deals::{self, Deals};
use super::sort::{Key, SortSpec, key};
use super::{Bits, ReadModel, matching, window};
use chrono::NaiveDate;

use crate::filter::Filter;
use crate::model::Id;

/// A window: how many rows match in all, and the ids of the rows in the window, in order.
#[derive(Clone, Debug)]
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
    /// The deal rows `filter` matches `today` (days in stage and rotting count to it).
    pub(crate) fn deal_matches(&self, filter: &Filter, today: NaiveDate) -> Bits {
        matching(&Deals(self, today), filter)
    }

    /// The window `offset..offset+limit` of the deal rows `matches`, in `sort` order.
    pub(crate) fn deal_window(
        &self,
        matches: &Bits,
        sort: Option<&SortSpec>,
        offset: usize,
        limit: Option<usize>,
        today: NaiveDate,
    ) -> Found {
        let rows = &self.data.deals;
        let value = |r: usize, field: &str| key(deals::sort_value(self, &rows[r], field, today));
        let numeric = sort.and_then(|s| self.deal_cols.numeric(s.field));
        let cut = cut(matches, sort, numeric, value, offset, limit);
        found(matches, cut, |r| rows[r].id)
    }

    /// The contact rows `filter` matches.
    /// Merged contacts are never listed (issue 20 item 2).
    pub(crate) fn contact_matches(&self, filter: &Filter) -> Bits {
        let mut rows = matching(&Contacts(self), filter);
        if !self.merged.is_empty() {
            let live = Bits::from_fn(self.data.contacts.len(), |r| {
                !self.merged.contains(&self.data.contacts[r].id)
            });
            rows.and(&live);
        }
        rows
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
        let value = |r: usize, field: &str| key(contacts::value(self, &rows[r], field));
        let numeric = sort.and_then(|s| self.contact_cols.numeric(s.field));
        let cut = cut(matches, sort, numeric, value, offset, limit);
        found(matches, cut, |r| rows[r].id)
    }
}

/// The rows of the window: by a number column's keys when the sort field has one (no key
/// built per row), else by each row's value as the views sort it.
fn cut(
    matches: &Bits,
    sort: Option<&SortSpec>,
    numeric: Option<Numeric<'_>>,
    value: impl Fn(usize, &str) -> Option<Key>,
    offset: usize,
    limit: Option<usize>,
) -> Vec<usize> {
    let desc = sort.map(|s| s.desc);
    match numeric {
        Some(col) => window(matches, desc, |r| col.key(r), offset, limit),
        None => {
            let field = sort.map_or("", |s| s.field);
            window(matches, desc, |r| value(r, field), offset, limit)
        }
    }
}

/// The window's rows as ids, with how many match in all.
fn found(matches: &Bits, rows: Vec<usize>, id: impl Fn(usize) -> Id) -> Found {
    Found {
        total: matches.count(),
        ids: rows.into_iter().map(id).collect(),
    }
}
