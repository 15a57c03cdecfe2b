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

impl ReadModel {
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
            Some(col) => window(&matches, desc, |r| col.key(r), offset, limit),
            None => {
                let field = sort.map_or("", |s| s.field);
                let key = |r: usize| key(deals::value(self, &rows[r], field));
                window(&matches, desc, key, offset, limit)
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
            Some(col) => window(&matches, desc, |r| col.key(r), offset, limit),
            None => {
                let field = sort.map_or("", |s| s.field);
                let key = |r: usize| key(contacts::value(self, &rows[r], field));
                window(&matches, desc, key, offset, limit)
            }
        };
        Found {
            total: matches.count(),
            ids: window.into_iter().map(|r| rows[r].id).collect(),
        }
    }
}
