//! One list view's state: all rows of the view in memory, the filter, the sort order, the
//! visible rows, cursor, scroll and selection. Rows stay in memory so the filter can run on
//! every keystroke over hundreds of thousands of records without touching the store.
//!
//! Speed (benches/tui.rs, 300,000 deals): each row's search text is folded once, at the first
//! filtering after the rows arrive (not when they arrive, which would hold up the screen, and
//! not on every keystroke); the filter runs over the rows in memory order (the sorted order
//! jumps around memory and was twice as slow) and on all cores.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;

use crate::filter::{FieldValue, Filter, Record};
use crate::service::sort::{Key, compare, key};
use crate::text::fold::fold_into;

/// A row of a list: filterable, with a stable id. `Sync` so the filter can run on several
/// threads.
pub trait Row: Record + Sync {
    fn id(&self) -> u64;
}

/// Below this many rows the filter runs on the calling thread only.
const PARALLEL_FROM: usize = 20_000;

/// Separates the folded search texts of one row. The filter line never holds control
/// characters (they are dropped as typed or pasted), so a needle cannot span two texts.
const SEP: char = '\0';

/// A row's search texts, folded and each followed by `SEP`.
fn fold_search<R: Record>(row: &R) -> String {
    let mut out = String::new();
    row.search_text(&mut |t| {
        fold_into(t, &mut out);
        out.push(SEP);
    });
    out
}

/// A row seen through its pre-folded search texts. Folding is idempotent, so searching the
/// folded texts finds exactly what searching the originals finds.
struct Prefolded<'a, R> {
    row: &'a R,
    folded: &'a str,
}

impl<R: Record> Record for Prefolded<'_, R> {
    fn get(&self, field: &str) -> FieldValue<'_> {
        self.row.get(field)
    }

    fn search_text(&self, out: &mut dyn FnMut(&str)) {
        for text in self.folded.split_terminator(SEP) {
            out(text);
        }
    }

    fn search_text_is_folded(&self) -> bool {
        true
    }
}

/// `[f(0), f(1), .. f(n - 1)]`, computed on all cores, or on this thread for short lists.
/// The work goes out in small pieces as threads get free, so a thread the system holds back
/// (another program busy on the machine) does not hold up the whole answer.
fn par_map<U: Send + Default + Clone>(n: usize, f: impl Fn(usize) -> U + Sync) -> Vec<U> {
    const PIECE: usize = 4096;
    let threads = std::thread::available_parallelism().map_or(1, |t| t.get());
    if threads < 2 || n < PARALLEL_FROM {
        return (0..n).map(f).collect();
    }
    let mut out = vec![U::default(); n];
    let pieces = Mutex::new(out.chunks_mut(PIECE).enumerate());
    let work = || {
        // A poisoned lock means another worker panicked; the scope re-raises that panic.
        while let Some((k, part)) = pieces.lock().ok().and_then(|mut p| p.next()) {
            for (j, o) in part.iter_mut().enumerate() {
                *o = f(k * PIECE + j);
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
    out
}

/// The sort in force: a filter-schema field and a direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    pub field: &'static str,
    pub desc: bool,
}

pub struct ListState<R> {
    pub rows: Vec<R>,
    /// `fold_search` of each row, by row index; empty until the first filtering.
    folded: Vec<String>,
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
            folded: Vec::new(),
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
        self.folded = Vec::new();
        self.rows = rows;
        self.loaded = true;
        let live: BTreeSet<u64> = self.rows.iter().map(Row::id).collect();
        self.selected.retain(|id| live.contains(id));
        self.resort();
        self.refilter_keep(keep);
    }

    /// Insert or replace one row (after a change), keeping the cursor where it was.
    pub fn upsert(&mut self, row: R) {
        self.upsert_many(vec![row]);
    }

    /// Insert or replace rows (after a change), keeping the cursor where it was. One re-sort
    /// for all of them: re-sorting 300,000 deals takes about 60 ms, so a row at a time froze
    /// the screen for seconds after an action on a few dozen selected deals.
    pub fn upsert_many(&mut self, rows: Vec<R>) {
        if rows.is_empty() {
            return;
        }
        let keep = self.current_id();
        let ready = self.folded.len() == self.rows.len();
        // Finding a row is a scan; for more than a few, index them once.
        let mut index: Option<HashMap<u64, usize>> = (rows.len() > 8).then(|| {
            self.rows
                .iter()
                .enumerate()
                .map(|(i, r)| (r.id(), i))
                .collect()
        });
        for row in rows {
            let id = row.id();
            let folded = ready.then(|| fold_search(&row));
            let found = match &index {
                Some(m) => m.get(&id).copied(),
                None => self.rows.iter().position(|r| r.id() == id),
            };
            match found {
                Some(i) => {
                    self.rows[i] = row;
                    if let Some(f) = folded {
                        self.folded[i] = f;
                    }
                }
                None => {
                    if let Some(m) = index.as_mut() {
                        m.insert(id, self.rows.len());
                    }
                    self.rows.push(row);
                    self.folded.extend(folded);
                }
            }
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
        self.visible = if self.filter.is_empty() {
            self.order.clone()
        } else {
            if self.folded.len() != self.rows.len() {
                let rows = &self.rows;
                self.folded = par_map(rows.len(), |i| fold_search(&rows[i]));
            }
            // Match in memory order, then walk the sorted order over the answers.
            let (filter, rows, folded) = (&self.filter, &self.rows, &self.folded);
            let hit = par_map(rows.len(), |i| {
                filter.matches(&Prefolded {
                    row: &rows[i],
                    folded: &folded[i],
                })
            });
            self.order.iter().copied().filter(|&i| hit[i]).collect()
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
