//! Periods and intervals in the user's local time (TZ): a period is whole calendar days,
//! an interval a local month, quarter or year. Instants are compared as UTC seconds, so the
//! local calendar is consulted once per boundary, not once per record.

use chrono::{Datelike, Local, NaiveDate, NaiveTime, TimeZone};

/// How a trend is split.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Interval {
    #[default]
    Month,
    Quarter,
    Year,
}

impl Interval {
    /// `month|quarter|year` and the Polish words; anything else (`week`) is not offered.
    pub fn parse(s: &str) -> Option<Interval> {
        match crate::text::fold(s.trim()).as_str() {
            "month" | "miesiac" | "m" => Some(Interval::Month),
            "quarter" | "kwartal" | "q" => Some(Interval::Quarter),
            "year" | "rok" | "y" => Some(Interval::Year),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Interval::Month => "month",
            Interval::Quarter => "quarter",
            Interval::Year => "year",
        }
    }

    /// The first day of the interval holding `d`.
    pub fn start_of(self, d: NaiveDate) -> NaiveDate {
        let month = match self {
            Interval::Month => d.month(),
            Interval::Quarter => (d.month() - 1) / 3 * 3 + 1,
            Interval::Year => 1,
        };
        NaiveDate::from_ymd_opt(d.year(), month, 1).unwrap_or(d)
    }

    /// The first day of the next interval.
    pub fn next_start(self, start: NaiveDate) -> NaiveDate {
        let months = match self {
            Interval::Month => 1,
            Interval::Quarter => 3,
            Interval::Year => 12,
        };
        start
            .checked_add_months(chrono::Months::new(months))
            .unwrap_or(NaiveDate::MAX)
    }

    /// The label of the interval starting at `start`: `2026-03`, `2026-Q1`, `2026` (the
    /// forms the filter language accepts as dates).
    pub fn label(self, start: NaiveDate) -> String {
        match self {
            Interval::Month => format!("{}-{:02}", start.year(), start.month()),
            Interval::Quarter => format!("{}-Q{}", start.year(), (start.month() - 1) / 3 + 1),
            Interval::Year => start.year().to_string(),
        }
    }
}

/// The UTC second at which local day `d` begins. When local midnight does not exist (a
/// DST jump at midnight) the day begins at the first local time that does.
pub fn day_start(d: NaiveDate) -> i64 {
    let mut t = d.and_time(NaiveTime::MIN);
    for _ in 0..4 {
        if let Some(dt) = Local.from_local_datetime(&t).earliest() {
            return dt.timestamp();
        }
        t += chrono::Duration::minutes(30);
    }
    // No time zone skips two hours; fall back to UTC midnight.
    d.and_time(NaiveTime::MIN).and_utc().timestamp()
}

/// The UTC second at which local day `d` ends (the start of the next day).
pub fn day_end(d: NaiveDate) -> i64 {
    match d.succ_opt() {
        Some(next) => day_start(next),
        None => i64::MAX,
    }
}

/// A period of whole local days as a half-open range of UTC seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: i64,
    pub end: i64,
}

impl Span {
    /// `from..=to` in local days.
    pub fn days(from: NaiveDate, to: NaiveDate) -> Span {
        Span {
            start: day_start(from),
            end: day_end(to),
        }
    }

    pub fn contains(&self, t: i64) -> bool {
        t >= self.start && t < self.end
    }
}

/// The intervals covering a period, each clipped to it: label and UTC span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Buckets {
    pub labels: Vec<String>,
    /// Start of each bucket; the last bucket ends at `end`.
    starts: Vec<i64>,
    end: i64,
}

impl Buckets {
    pub fn new(from: NaiveDate, to: NaiveDate, interval: Interval) -> Buckets {
        let mut labels = Vec::new();
        let mut starts = Vec::new();
        let mut start = interval.start_of(from);
        while start <= to {
            labels.push(interval.label(start));
            starts.push(day_start(start.max(from)));
            start = interval.next_start(start);
        }
        Buckets {
            labels,
            starts,
            end: day_end(to),
        }
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// The bucket holding UTC second `t`, if it is inside the period.
    pub fn index(&self, t: i64) -> Option<usize> {
        if t >= self.end || self.starts.first().is_none_or(|s| t < *s) {
            return None;
        }
        Some(self.starts.partition_point(|s| *s <= t) - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn labels_and_starts() {
        assert_eq!(Interval::Quarter.start_of(d("2026-05-17")), d("2026-04-01"));
        assert_eq!(Interval::Quarter.label(d("2026-04-01")), "2026-Q2");
        assert_eq!(Interval::Month.label(d("2026-03-01")), "2026-03");
        assert_eq!(Interval::Year.label(d("2026-01-01")), "2026");
        assert_eq!(Interval::parse("kwartał"), Some(Interval::Quarter));
        assert_eq!(Interval::parse("week"), None);
    }

    #[test]
    fn buckets_cover_the_period_clipped() {
        let b = Buckets::new(d("2026-02-15"), d("2026-07-01"), Interval::Quarter);
        assert_eq!(b.labels, vec!["2026-Q1", "2026-Q2", "2026-Q3"]);
        let b = Buckets::new(d("2025-12-01"), d("2026-11-28"), Interval::Month);
        assert_eq!(b.len(), 12);
    }
}
