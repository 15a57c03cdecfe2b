//! One list view's state: all rows of the view in memory, the filter, the sort order, the
//! visible rows, cursor, scroll and selection. Rows stay in memory so the filter can run on
//! every keystroke over hundreds of thousands of records without touching the store.

use std::collections::BTreeSet;

use crate::filter::{Filter, Record};
use crate::service::sort::{Key, compare, key};

/// A row of a list: filterable, with a stable id.
pub trait Row: Record {
    fn id(&self) -> u64;
}

/// The sort in force: a filter-schema field and a direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    pub field: &'static str,
    pub desc: bool,
}

pub struct ListState<R> {
    pub rows: Vec<R>,
    /// Every row index in sort order (recomputed when the sort or the rows change, not
    /// on each keystroke).
    order: Vec<usize>,
    /// Indices of the rows that pass the filter, in sort order.
    pub visible: Vec<usize>,
    pub cursor: usize,
    pub offset: usize,
    pub selected: BTreeSet<u64>,
    pub filter_text: String,
    pub filter: Filter,
    pub filter_error: Option<String>,
    pub sort: Option<Sort>,
    pub loaded: bool,
}

impl<R: Row> Default for ListState<R> {
    fn default() -> Self {
        ListState {
            rows: Vec::new(),
            order: Vec::new(),
            visible: Vec::new(),
            cursor: 0,
            offset: 0,
            selected: BTreeSet::new(),
            filter_text: String::new(),
            filter: Filter::default(),
            filter_error: None,
            sort: None,
            loaded: false,
        }
    }
}

impl<R: Row> ListState<R> {
    /// Replace all rows (a load), keeping the cursor on the same record when it still exists.
    pub fn set_rows(&mut self, rows: Vec<R>) {
        let keep = self.current_id();
        self.rows = rows;
        self.loaded = true;
        let live: BTreeSet<u64> = self.rows.iter().map(Row::id).collect();
        self.selected.retain(|id| live.contains(id));
        self.resort();
        self.refilter_keep(keep);
    }

    /// Insert or replace one row (after a change), keeping the cursor where it was.
    pub fn upsert(&mut self, row: R) {
        let keep = self.current_id();
        match self.rows.iter().position(|r| r.id() == row.id()) {
            Some(i) => self.rows[i] = row,
            None => self.rows.push(row),
        }
        self.resort();
        self.refilter_keep(keep);
    }

    pub fn current(&self) -> Option<&R> {
        self.visible.get(self.cursor).map(|&i| &self.rows[i])
    }

    pub fn current_id(&self) -> Option<u64> {
        self.current().map(Row::id)
    }

    pub fn visible_rows(&self) -> impl Iterator<Item = &R> {
        self.visible.iter().map(|&i| &self.rows[i])
    }

    /// The ids an action applies to: the selection, else the row under the cursor.
    pub fn targets(&self) -> Vec<u64> {
        if self.selected.is_empty() {
            self.current_id().into_iter().collect()
        } else {
            self.selected.iter().copied().collect()
        }
    }

    /// Set a parsed filter (the caller parses with the view's schema).
    pub fn set_filter(&mut self, text: String, parsed: Result<Filter, String>) {
        self.filter_text = text;
        match parsed {
            Ok(f) => {
                self.filter = f;
                self.filter_error = None;
                let keep = self.current_id();
                self.refilter_keep(keep);
            }
            // A filter that does not parse leaves the last good result on screen and says why.
            Err(e) => self.filter_error = Some(e),
        }
    }

    pub fn set_sort(&mut self, sort: Option<Sort>) {
        let keep = self.current_id();
        self.sort = sort;
        self.resort();
        self.refilter_keep(keep);
    }

    fn resort(&mut self) {
        self.order = (0..self.rows.len()).collect();
        if let Some(s) = &self.sort {
            let keys: Vec<Option<Key>> = self.rows.iter().map(|r| key(r.get(s.field))).collect();
            let desc = s.desc;
            self.order
                .sort_by(|&a, &b| compare(&keys[a], &keys[b], desc).then(a.cmp(&b)));
        }
    }

    fn refilter_keep(&mut self, keep: Option<u64>) {
        let filter = &self.filter;
        let rows = &self.rows;
        self.visible = if filter.is_empty() {
            self.order.clone()
        } else {
            self.order
                .iter()
                .copied()
                .filter(|&i| filter.matches(&rows[i]))
                .collect()
        };
        self.cursor = keep
            .and_then(|id| self.visible.iter().position(|&i| self.rows[i].id() == id))
            .unwrap_or(self.cursor.min(self.visible.len().saturating_sub(1)));
    }

    /// Put the cursor on the record with this id, if it is visible.
    pub fn focus(&mut self, id: u64) {
        if let Some(p) = self.visible.iter().position(|&i| self.rows[i].id() == id) {
            self.cursor = p;
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            self.cursor = 0;
            return;
        }
        let max = self.visible.len() - 1;
        self.cursor = self.cursor.saturating_add_signed(delta).min(max);
    }

    pub fn top(&mut self) {
        self.cursor = 0;
    }

    pub fn bottom(&mut self) {
        self.cursor = self.visible.len().saturating_sub(1);
    }

    pub fn toggle_select(&mut self) {
        if let Some(id) = self.current_id()
            && !self.selected.remove(&id)
        {
            self.selected.insert(id);
        }
    }

    /// Select everything the filter matches (C6 works on "all that the filter matches").
    pub fn select_all(&mut self) {
        let ids: Vec<u64> = self.visible_rows().map(Row::id).collect();
        self.selected.extend(ids);
    }

    /// Keep the cursor inside a window of `height` rows.
    pub fn scroll_to_cursor(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + height {
            self.offset = self.cursor + 1 - height;
        }
    }
}
