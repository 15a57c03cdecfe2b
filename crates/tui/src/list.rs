//! One list view's state: its rows (all of them held here, or a window of them from the
//! service), the filter text, the sort, the cursor and scroll as positions in the whole
//! list, and the selection as ids (which need not be in the rows held).

use std::collections::BTreeSet;

pub use super::held::Held;
pub use super::rows::{Row, Sort};
pub use super::window::{Answer, Request, Taken, Window};
use crate::filter::Filter;
use crate::service::query::ListQuery;

/// Where a list's rows are.
pub enum Rows<R> {
    /// All of them, filtered and sorted here (the inbox, the reports).
    Held(Held<R>),
    /// The window around the cursor, filtered and sorted by the service (the records).
    Window(Window<R>),
}

/// A filter line's text as the list takes it: parsed (for a list filtered here) and as
/// the service reads it (saved filters expanded).
pub struct Parsed {
    pub filter: Filter,
    pub query: String,
}

pub struct ListState<R> {
    pub rows: Rows<R>,
    /// The cursor's position in the whole list (not in the rows held).
    pub cursor: usize,
    /// The first position on screen.
    pub offset: usize,
    pub selected: BTreeSet<u64>,
    pub filter_text: String,
    pub filter_error: Option<String>,
    pub sort: Option<Sort>,
}

impl<R: Row> Default for ListState<R> {
    /// A list whose rows are all held here.
    fn default() -> Self {
        ListState::with(Rows::Held(Held::default()))
    }
}

impl<R: Row> ListState<R> {
    /// A list the service filters and sorts, held a window at a time.
    pub fn windowed() -> Self {
        ListState::with(Rows::Window(Window::default()))
    }

    fn with(rows: Rows<R>) -> Self {
        ListState {
            rows,
            cursor: 0,
            offset: 0,
            selected: BTreeSet::new(),
            filter_text: String::new(),
            filter_error: None,
            sort: None,
        }
    }

    /// The window, if the list is held a window at a time.
    pub fn window(&self) -> Option<&Window<R>> {
        match &self.rows {
            Rows::Window(w) => Some(w),
            Rows::Held(_) => None,
        }
    }

    pub fn window_mut(&mut self) -> Option<&mut Window<R>> {
        match &mut self.rows {
            Rows::Window(w) => Some(w),
            Rows::Held(_) => None,
        }
    }

    /// Replace all rows of a held list (a load), keeping the cursor on the same record when
    /// it still shows. A windowed list takes its rows from `take` instead.
    pub fn set_rows(&mut self, rows: Vec<R>) {
        let keep = self.current_id();
        if let Rows::Held(h) = &mut self.rows {
            h.set_rows(rows);
            let live: BTreeSet<u64> = h.rows.iter().map(Row::id).collect();
            self.selected.retain(|id| live.contains(id));
        }
        self.keep(keep);
    }

    /// Insert or replace one row of a held list, keeping the cursor where it was.
    pub fn upsert(&mut self, row: R) {
        self.upsert_many(vec![row]);
    }

    /// Insert or replace rows of a held list, keeping the cursor where it was.
    pub fn upsert_many(&mut self, rows: Vec<R>) {
        let keep = self.current_id();
        if let Rows::Held(h) = &mut self.rows {
            h.upsert_many(rows);
        }
        self.keep(keep);
    }

    /// Put the cursor back on record `keep` if it shows, else keep it inside the list.
    fn keep(&mut self, keep: Option<u64>) {
        self.cursor = keep
            .and_then(|id| self.position(id))
            .unwrap_or(self.cursor)
            .min(self.total().saturating_sub(1));
    }

    /// How many records the filter lets through (the whole list, not the rows held).
    pub fn total(&self) -> usize {
        match &self.rows {
            Rows::Held(h) => h.visible.len(),
            Rows::Window(w) => w.total,
        }
    }

    /// How many records the list has with no filter.
    pub fn all(&self) -> usize {
        match &self.rows {
            Rows::Held(h) => h.rows.len(),
            Rows::Window(w) => w.all.unwrap_or(w.total),
        }
    }

    /// Whether the rows have arrived once.
    pub fn loaded(&self) -> bool {
        match &self.rows {
            Rows::Held(h) => h.loaded,
            Rows::Window(w) => w.loaded,
        }
    }

    /// The row at position `pos` of the list, if it is held.
    pub fn row(&self, pos: usize) -> Option<&R> {
        match &self.rows {
            Rows::Held(h) => h.row(pos),
            Rows::Window(w) => w.row(pos),
        }
    }

    /// Where the record with this id is in the list, if its row is held.
    pub fn position(&self, id: u64) -> Option<usize> {
        match &self.rows {
            Rows::Held(h) => h.position(id),
            Rows::Window(w) => w.position(id),
        }
    }

    pub fn current(&self) -> Option<&R> {
        self.row(self.cursor)
    }

    pub fn current_id(&self) -> Option<u64> {
        self.current().map(Row::id)
    }

    /// The rows held, in the list's order (a window: only its rows).
    pub fn visible_rows(&self) -> impl Iterator<Item = &R> {
        let (held, window) = match &self.rows {
            Rows::Held(h) => (Some(h.visible_rows()), None),
            Rows::Window(w) => (None, Some(w.rows.iter())),
        };
        held.into_iter()
            .flatten()
            .chain(window.into_iter().flatten())
    }

    /// The ids an action applies to: the selection, else the row under the cursor.
    pub fn targets(&self) -> Vec<u64> {
        if self.selected.is_empty() {
            self.current_id().into_iter().collect()
        } else {
            self.selected.iter().copied().collect()
        }
    }

    /// Take a filter the caller parsed (with the view's schema, or the service's).
    pub fn set_filter(&mut self, text: String, parsed: Result<Parsed, String>) {
        self.filter_text = text;
        match parsed {
            Ok(p) => {
                self.filter_error = None;
                let keep = self.current_id();
                match &mut self.rows {
                    Rows::Held(h) => {
                        h.set_filter(p.filter);
                        self.keep(keep);
                    }
                    // The same query (a half-typed term cut back to the filter already
                    // shown) keeps the rows it has: nothing to ask again.
                    Rows::Window(w) if w.query == p.query && w.loaded => {}
                    Rows::Window(w) => w.set_query(p.query, keep),
                }
            }
            // A filter that does not parse leaves the last good result on screen and says why.
            Err(e) => self.filter_error = Some(e),
        }
    }

    /// A new order: the cursor goes to the top of the list, where the new order starts
    /// (a windowed list asks for its first window).
    pub fn set_sort(&mut self, sort: Option<Sort>) {
        self.sort = sort.clone();
        self.cursor = 0;
        self.offset = 0;
        match &mut self.rows {
            Rows::Held(h) => h.set_sort(sort),
            Rows::Window(w) => {
                w.moved();
                w.refresh(None, false);
            }
        }
    }

    /// The records changed: a windowed list asks for its window again, the cursor on the
    /// same record (looked for in the whole list when `find`).
    pub fn refresh(&mut self, find: bool) {
        let keep = self.current_id();
        if let Some(w) = self.window_mut() {
            w.recount();
            w.refresh(keep, find);
        }
    }

    /// Put the cursor on the record with this id if its row is held; true if it was.
    pub fn focus(&mut self, id: u64) -> bool {
        match self.position(id) {
            Some(p) => {
                self.cursor = p;
                true
            }
            None => false,
        }
    }

    /// Put the cursor at `pos`, on record `id` (the service said where it is); a windowed
    /// list asks for the window there, following the record if it moves meanwhile.
    pub fn jump(&mut self, pos: usize, id: u64) {
        self.cursor = pos;
        if let Some(w) = self.window_mut() {
            w.refresh(Some(id), false);
        }
    }

    /// After a write: find record `id` (wherever the change put it) when the window comes.
    pub fn find(&mut self, id: u64) {
        self.focus(id);
        if let Some(w) = self.window_mut() {
            w.refresh(Some(id), true);
        }
    }

    fn moved(&mut self) {
        if let Some(w) = self.window_mut() {
            w.moved();
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        self.moved();
        let total = self.total();
        if total == 0 {
            self.cursor = 0;
            return;
        }
        self.cursor = self.cursor.saturating_add_signed(delta).min(total - 1);
    }

    pub fn top(&mut self) {
        self.moved();
        self.cursor = 0;
    }

    /// The last record (a windowed list then asks for the last window).
    pub fn bottom(&mut self) {
        self.moved();
        self.cursor = self.total().saturating_sub(1);
    }

    pub fn toggle_select(&mut self) {
        if let Some(id) = self.current_id()
            && !self.selected.remove(&id)
        {
            self.selected.insert(id);
        }
    }

    /// Select everything the filter matches, if the rows are all held (a windowed list
    /// asks the service for the ids instead: `select`).
    pub fn select_all(&mut self) {
        if let Rows::Held(h) = &self.rows {
            let ids: Vec<u64> = h.visible_rows().map(Row::id).collect();
            self.selected.extend(ids);
        }
    }

    pub fn select(&mut self, ids: impl IntoIterator<Item = u64>) {
        self.selected.extend(ids);
    }

    /// Whether the list needs rows it has not asked for (screens of `span` rows).
    pub fn wants(&self, span: usize) -> bool {
        self.window().is_some_and(|w| w.wants(self.cursor, span))
    }

    /// The next request for a window, if the list wants one; `me` is the TUI's user.
    pub fn ask(&mut self, span: usize, me: &str) -> Option<Request> {
        if !self.wants(span) {
            return None;
        }
        let base = self.query(me);
        let cursor = self.cursor;
        self.window_mut().map(|w| w.ask(cursor, span, base))
    }

    /// The list's filter and sort as a query of the whole list (no window).
    pub fn query(&self, me: &str) -> ListQuery {
        ListQuery {
            filter: self.window().map(|w| w.query.clone()).unwrap_or_default(),
            sort: self.sort.as_ref().map(Sort::spec),
            me: me.to_owned(),
            limit: None,
            offset: 0,
        }
    }

    /// Take the service's answer to a request; an error is returned to be shown.
    pub fn take(&mut self, a: Answer<R>) -> Result<(), String> {
        let cursor = self.cursor;
        let Some(w) = self.window_mut() else {
            return Ok(());
        };
        match w.take(a, cursor) {
            Taken::Applied { cursor } => self.cursor = cursor,
            Taken::Dropped => {}
            Taken::Failed(e) => return Err(e),
        }
        Ok(())
    }

    /// Keep the cursor inside a window of `height` rows, and the screen full when the list
    /// got shorter (a filter after `G` shows the last screen, not its last row alone).
    pub fn scroll_to_cursor(&mut self, height: usize) {
        if height == 0 {
            return;
        }
        self.offset = self.offset.min(self.total().saturating_sub(height));
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + height {
            self.offset = self.cursor + 1 - height;
        }
    }
}
