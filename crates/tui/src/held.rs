//! A list whose rows are all held in this process (the inbox, the reports; lists the TUI
//! filters itself): the rows, their filter and sort, and which of them show, in order.
//! The records' lists (deals, contacts, campaigns, tasks) hold only a window instead
//! (`window.rs`); this engine is for the short lists, kept fast for long ones all the same.
//!
//! Speed (benches/tui.rs, 300,000 deals): each row's search text is folded once, at the first
//! filtering after the rows arrive (not when they arrive, which would hold up the screen, and
//! not on every keystroke); the filter runs over the rows in memory order (the sorted order
//! jumps around memory and was twice as slow) and on all cores.

use std::collections::HashMap;
use std::sync::Mutex;

use super::rows::{Row, Sort};
use crate::filter::{FieldValue, Filter, Record};
use crate::service::sort::{Key, compare, key};
use crate::text::fold::fold_into;

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

/// All rows of a list, and which of them the filter lets through, in sort order.
pub struct Held<R> {
    pub rows: Vec<R>,
    /// `fold_search` of each row, by row index; empty until the first filtering.
    folded: Vec<String>,
    /// Every row index in sort order (recomputed when the sort or the rows change, not
    /// on each keystroke).
    order: Vec<usize>,
    /// Indices of the rows that pass the filter, in sort order.
    pub visible: Vec<usize>,
    pub filter: Filter,
    sort: Option<Sort>,
    pub loaded: bool,
}

impl<R> Default for Held<R> {
    fn default() -> Self {
        Held {
            rows: Vec::new(),
            folded: Vec::new(),
            order: Vec::new(),
            visible: Vec::new(),
            filter: Filter::default(),
            sort: None,
            loaded: false,
        }
    }
}

impl<R: Row> Held<R> {
    /// Replace all rows (a load).
    pub fn set_rows(&mut self, rows: Vec<R>) {
        self.folded = Vec::new();
        self.rows = rows;
        self.loaded = true;
        self.resort();
        self.refilter();
    }

    /// Insert or replace rows (after a change). One re-sort for all of them: re-sorting
    /// 300,000 rows takes about 60 ms, so a row at a time froze the screen for seconds.
    pub fn upsert_many(&mut self, rows: Vec<R>) {
        if rows.is_empty() {
            return;
        }
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
        self.refilter();
    }

    /// The `pos`-th row the filter lets through.
    pub fn row(&self, pos: usize) -> Option<&R> {
        self.visible.get(pos).map(|&i| &self.rows[i])
    }

    /// Where the row with this id shows, if it does.
    pub fn position(&self, id: u64) -> Option<usize> {
        self.visible.iter().position(|&i| self.rows[i].id() == id)
    }

    pub fn visible_rows(&self) -> impl Iterator<Item = &R> {
        self.visible.iter().map(|&i| &self.rows[i])
    }

    pub fn set_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.refilter();
    }

    pub fn set_sort(&mut self, sort: Option<Sort>) {
        self.sort = sort;
        self.resort();
        self.refilter();
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

    fn refilter(&mut self) {
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
    }
}
