//! A window of a list the service filters and sorts (deals, contacts, campaigns, tasks):
//! the rows around the cursor, how many match in all, and when to ask for the next window.
//! The TUI never holds a whole list of records: at 300,000 deals that was 424-584 MB per
//! TUI and 4 s before the list showed (issue 17).
//!
//! Requests are numbered; only the answer to the latest one is taken, so the answer to a
//! filter typed a keystroke ago never overwrites the newer one's. Scrolling asks for the
//! next window while two screens of rows are still held ahead of the cursor, so a page
//! move finds its rows already there.

use std::ops::Range;

use crate::service::query::{ListQuery, Page};

/// Screens of rows a window holds: two above the cursor's screen, two below it.
const SCREENS: usize = 5;

/// The least rows counted as a screen (before the first frame says how tall it is).
const MIN_SPAN: usize = 10;

/// What to ask the service for.
#[derive(Clone, Debug)]
pub struct Request {
    /// The request's number (the latest of its list wins).
    pub seq: u64,
    /// The filter and sort, and the window (`offset`, `limit`).
    pub query: ListQuery,
    /// Also count the list with no filter (the title's second number).
    pub count_all: bool,
    /// Find this record in the whole list and put the window around it (after a write or
    /// a new sort, the record under the cursor may have moved anywhere).
    pub find: Option<u64>,
    /// Rows in a screen, to place the window around a found record.
    pub span: usize,
}

/// The service's answer to a request.
pub struct Answer<R> {
    pub seq: u64,
    /// Where the window starts among all the matching rows.
    pub start: usize,
    /// The window, and the count with no filter when it was asked for; or why not.
    pub page: Result<(Page<R>, Option<usize>), String>,
    /// Where the record the request looked for is, if it asked and the list has it.
    pub found: Option<usize>,
}

/// What became of an answer.
#[derive(Debug, PartialEq, Eq)]
pub enum Taken {
    /// Put in place; the cursor belongs here now.
    Applied { cursor: usize },
    /// Older than the latest request: dropped.
    Dropped,
    /// The service could not answer; the rows held stay.
    Failed(String),
}

/// Where a window of `span`-row screens starts and how long it is, around `cursor`.
pub fn place(cursor: usize, span: usize, total: Option<usize>) -> (usize, usize) {
    let span = span.max(MIN_SPAN);
    let len = SCREENS * span;
    let mut start = cursor.saturating_sub(2 * span);
    // Near the end, a full window that ends there (G lands on the last screen with rows
    // above it to scroll back into).
    if let Some(total) = total
        && start + len > total
    {
        start = total.saturating_sub(len).min(start);
    }
    (start, len)
}

/// The rows around the cursor of one list, and its requests.
pub struct Window<R> {
    /// Position of `rows[0]` among all the matching rows.
    pub start: usize,
    pub rows: Vec<R>,
    /// How many records match the filter.
    pub total: usize,
    /// How many the list has with no filter; None until counted, and after a change.
    pub all: Option<usize>,
    /// A first answer has arrived.
    pub loaded: bool,
    /// The filter as the service reads it (saved filters expanded).
    pub query: String,
    /// The latest request's number (0: none yet).
    asked: u64,
    /// The window the latest request asked for, until it is answered.
    pending: Option<Range<usize>>,
    /// The record the cursor stays on when the next answer holds it (a refresh, a new
    /// filter or sort, a jump), and whether to look for it in the whole list.
    follow: Option<u64>,
    find: bool,
    /// The rows held no longer answer the query (a new filter or sort, a change).
    stale: bool,
    /// The record the last answer was to keep the cursor on but did not hold: it left the
    /// list (a write took it out of the filter), or went far away in the order.
    lost: Option<u64>,
    /// The latest request is for a new filter: a record it leaves out is the user's
    /// choice, not lost.
    queried: bool,
}

impl<R> Default for Window<R> {
    fn default() -> Self {
        Window {
            start: 0,
            rows: Vec::new(),
            total: 0,
            all: None,
            loaded: false,
            query: String::new(),
            asked: 0,
            pending: None,
            follow: None,
            find: false,
            stale: true,
            lost: None,
            queried: false,
        }
    }
}

impl<R: crate::rows::Row> Window<R> {
    /// The row at position `pos` of the list, if the window holds it.
    pub fn row(&self, pos: usize) -> Option<&R> {
        pos.checked_sub(self.start).and_then(|i| self.rows.get(i))
    }

    /// Where the record with this id is in the list, if the window holds it.
    pub fn position(&self, id: u64) -> Option<usize> {
        self.rows
            .iter()
            .position(|r| r.id() == id)
            .map(|i| self.start + i)
    }

    /// Ask again for the window (same place): the records changed, or the sort. The
    /// cursor stays on `follow` if the answer holds it; with `find`, the answer is placed
    /// around it wherever it went. A record still to be found (a write's, a jump's) stays
    /// the one to follow: the change notice of a write comes right after the write.
    pub fn refresh(&mut self, follow: Option<u64>, find: bool) {
        self.stale = true;
        if self.follow.is_some() && !find {
            return;
        }
        self.follow = follow;
        self.find = find && follow.is_some();
    }

    /// A change may have added or removed records: count them again.
    pub fn recount(&mut self) {
        self.all = None;
    }

    /// A new filter (as the service reads it); the cursor stays on `follow` if the new
    /// window holds it.
    pub fn set_query(&mut self, query: String, follow: Option<u64>) {
        self.query = query;
        self.refresh(follow, false);
        self.queried = true;
    }

    /// The record the last answer lost (see `lost`), once.
    pub fn take_lost(&mut self) -> Option<u64> {
        self.lost.take()
    }

    /// The user moved: the cursor goes where they put it, not after a record.
    pub fn moved(&mut self) {
        self.follow = None;
        self.find = false;
    }

    /// Whether the list needs a window it has not asked for: the rows held are out of
    /// date, or the cursor is near an edge of them (or past it) with more rows beyond.
    pub fn wants(&self, cursor: usize, span: usize) -> bool {
        if self.stale {
            return true;
        }
        if !self.loaded {
            return self.pending.is_none();
        }
        let span = span.max(MIN_SPAN);
        let held = self.start..self.start + self.rows.len();
        if !self.short(&held, cursor, span) {
            return false;
        }
        match &self.pending {
            Some(p) => self.short(&(p.start..p.end.min(self.total)), cursor, span),
            None => true,
        }
    }

    /// Whether `have` leaves the cursor too few rows: the cursor outside it, or within two
    /// screens of an edge of it that is not the list's.
    fn short(&self, have: &Range<usize>, cursor: usize, span: usize) -> bool {
        if self.total == 0 {
            return false;
        }
        if !have.contains(&cursor) {
            return true;
        }
        let below = have.end < self.total && have.end - cursor <= 2 * span;
        let above = have.start > 0 && cursor - have.start < 2 * span;
        below || above
    }

    /// Number the next request and say what it asks for: the window around `cursor`.
    pub fn ask(&mut self, cursor: usize, span: usize, base: ListQuery) -> Request {
        let span = span.max(MIN_SPAN);
        let (start, len) = place(cursor, span, self.loaded.then_some(self.total));
        self.asked += 1;
        self.pending = Some(start..start + len);
        self.stale = false;
        Request {
            seq: self.asked,
            query: ListQuery {
                filter: self.query.clone(),
                offset: start,
                limit: Some(len),
                ..base
            },
            count_all: self.all.is_none() && !self.query.is_empty(),
            find: self.follow.filter(|_| self.find),
            span,
        }
    }

    /// Take the service's answer (if it is to the latest request); `cursor` is where the
    /// cursor is now.
    pub fn take(&mut self, a: Answer<R>, cursor: usize) -> Taken {
        // A newer filter waiting to be asked makes even the latest answer out of date.
        if a.seq != self.asked || self.stale {
            return Taken::Dropped;
        }
        self.pending = None;
        let (page, all) = match a.page {
            Ok(p) => p,
            Err(e) => return Taken::Failed(e),
        };
        self.start = a.start;
        self.total = page.total;
        self.rows = page.rows;
        self.loaded = true;
        if self.query.is_empty() {
            self.all = Some(self.total);
        } else if all.is_some() {
            self.all = all;
        }
        let follow = self.follow.take();
        self.find = false;
        let found = a.found.or_else(|| follow.and_then(|id| self.position(id)));
        self.lost = follow.filter(|_| found.is_none() && !self.queried);
        self.queried = false;
        let cursor = found.unwrap_or(cursor);
        Taken::Applied {
            cursor: cursor.min(self.total.saturating_sub(1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rows::ReportRow;

    fn rows(from: usize, n: usize) -> Vec<ReportRow> {
        (from..from + n)
            .map(|i| ReportRow {
                id: i as u64 + 1,
                name: "r",
                title: format!("{i}"),
            })
            .collect()
    }

    /// The answer the service gives to `r` over a list of `total` rows.
    fn answer(r: &Request, total: usize) -> Answer<ReportRow> {
        let start = r.query.offset.min(total);
        let n = r.query.limit.unwrap_or(total).min(total - start);
        Answer {
            seq: r.seq,
            start,
            page: Ok((
                Page {
                    total,
                    rows: rows(start, n),
                    generation: 1,
                },
                None,
            )),
            found: None,
        }
    }

    #[test]
    fn the_window_is_five_screens_around_the_cursor_and_ends_with_the_list() {
        assert_eq!(place(0, 20, None), (0, 100));
        assert_eq!(place(500, 20, Some(1000)), (460, 100));
        assert_eq!(
            place(999, 20, Some(1000)),
            (900, 100),
            "G: the last screens"
        );
        assert_eq!(
            place(3, 20, Some(30)),
            (0, 100),
            "a short list from its top"
        );
        assert_eq!(place(0, 2, None), (0, 50), "at least ten rows a screen");
    }

    #[test]
    fn scrolling_asks_ahead_once_and_only_the_latest_answer_counts() {
        let mut w = Window::<ReportRow>::default();
        assert!(w.wants(0, 20), "nothing held yet");
        let first = w.ask(0, 20, ListQuery::default());
        assert!(!w.wants(0, 20), "asked already");
        assert_eq!(
            w.take(answer(&first, 1000), 0),
            Taken::Applied { cursor: 0 }
        );
        assert_eq!((w.start, w.rows.len(), w.total), (0, 100, 1000));
        // Two screens ahead are still held at row 59; at row 60 the next window is asked.
        assert!(!w.wants(59, 20));
        assert!(w.wants(60, 20));
        let second = w.ask(60, 20, ListQuery::default());
        assert_eq!((second.query.offset, second.query.limit), (20, Some(100)));
        assert!(!w.wants(70, 20), "the window asked for will do");
        let third = w.ask(90, 20, ListQuery::default());
        // The second answer arrives after the third was asked: dropped.
        assert_eq!(w.take(answer(&second, 1000), 90), Taken::Dropped);
        assert_eq!(w.start, 0);
        assert_eq!(
            w.take(answer(&third, 1000), 90),
            Taken::Applied { cursor: 90 }
        );
        assert_eq!(w.start, 50);
        assert_eq!(w.row(90).map(|r| r.id), Some(91));
        assert!(w.row(49).is_none() && w.row(150).is_none());
    }

    #[test]
    fn a_new_filter_drops_the_answer_to_the_old_one_and_follows_the_record() {
        let mut w = Window::<ReportRow>::default();
        let first = w.ask(0, 10, ListQuery::default());
        w.take(answer(&first, 300), 0);
        let old = w.ask(0, 10, ListQuery::default());
        w.set_query("x".into(), Some(7));
        assert_eq!(w.take(answer(&old, 300), 0), Taken::Dropped, "stale");
        let new = w.ask(0, 10, ListQuery::default());
        assert_eq!(new.query.filter, "x");
        assert!(
            !new.count_all,
            "the unfiltered count is known from the first answer"
        );
        // The new window holds record 7 (at position 6): the cursor goes there.
        assert_eq!(w.take(answer(&new, 40), 0), Taken::Applied { cursor: 6 });
        assert_eq!((w.total, w.all), (40, Some(300)));
        // After a change the count is asked again, with the next window.
        w.recount();
        w.refresh(None, false);
        assert!(w.ask(6, 10, ListQuery::default()).count_all);
    }

    #[test]
    fn the_cursor_stays_inside_a_shrunken_list_and_a_failure_keeps_the_rows() {
        let mut w = Window::<ReportRow>::default();
        let r = w.ask(0, 10, ListQuery::default());
        w.take(answer(&r, 300), 0);
        w.refresh(None, false);
        let r = w.ask(250, 10, ListQuery::default());
        assert_eq!(w.take(answer(&r, 5), 250), Taken::Applied { cursor: 4 });
        assert!(w.wants(4, 10), "the cursor's row is not held");
        let r = w.ask(4, 10, ListQuery::default());
        assert_eq!(w.take(answer(&r, 5), 4), Taken::Applied { cursor: 4 });
        assert!(!w.wants(4, 10));
        w.refresh(None, false);
        let r = w.ask(4, 10, ListQuery::default());
        let failed = Answer {
            seq: r.seq,
            start: 0,
            page: Err("gone".into()),
            found: None,
        };
        assert_eq!(w.take(failed, 4), Taken::Failed("gone".into()));
        assert_eq!(w.rows.len(), 5);
    }
}
