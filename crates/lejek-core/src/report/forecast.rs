//! R9 Forecast (issue 19 item 4): open deals (now, or at the end of the `--as-of` day) by the
//! month or quarter they are expected to close, with their value and their value weighted
//! by their stage's win probability; a row of its own for deals without an expected date;
//! `--by owner|stage` splits every interval into a row per owner or stage.
//!
//! Choices worth knowing:
//! - Only open deals count unless `--stage` or `--stage-kind` asks for others; won deals
//!   then weigh 100% and lost ones 0% (their stage kind fixes it).
//! - An open stage without a probability weighs 0 and the deal is counted in the
//!   `no_probability` column, so an incomplete pipeline shows instead of looking cheap.
//! - The weighted value is rounded to the minor unit per deal, half away from zero, so the
//!   rows add up to the totals exactly.
//! - `--as-of` replays the stage and value (`state`) and each stage's probability
//!   (`Resolved::chances`); the expected close date has no history in the dataset, so the
//!   current one is used.
//! - The period (`--from`, `--to`) does not narrow a forecast: its deals are dated by when
//!   they should close, not when they were created.

use std::collections::BTreeMap;

use super::amounts::Sum;
use super::params::{By, Resolved};
use super::state::selected;
use super::{Cell, Chart, ChartKind, Column, ColumnKind, Label, Report, Series, report};
use crate::model::StageKind;
use crate::read_model::dataset::{Dataset, Value};
use crate::service::Result;

/// A row's split within its interval (`--by`), `None` without one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Split {
    None,
    /// Rank in the pipeline, then the entry id (sorting puts stages in pipeline order).
    Stage(u32, u64),
    /// The owner's login number; rows sort by login afterwards.
    Owner(u32),
}

/// One row's sums.
#[derive(Clone, Debug, Default)]
struct Acc {
    count: i64,
    value: Sum,
    weighted: Sum,
    no_probability: i64,
}

impl Acc {
    fn add(&mut self, value: Value, chance: Option<u8>) {
        self.count += 1;
        self.value.add_value(value);
        match chance {
            Some(p) => self
                .weighted
                .add_value(value.map(|(c, m)| (c, weigh(m, p)))),
            None => self.no_probability += 1,
        }
    }

    fn merge(&mut self, other: &Acc) {
        self.count += other.count;
        self.value.merge(&other.value);
        self.weighted.merge(&other.weighted);
        self.no_probability += other.no_probability;
    }
}

/// `minor * percent / 100`, rounded half away from zero (in i128: no overflow).
fn weigh(minor: i64, percent: u8) -> i64 {
    let x = i128::from(minor) * i128::from(percent);
    let q = (x.abs() + 50) / 100;
    let q = if x < 0 { -q } else { q };
    i64::try_from(q).unwrap_or(if x < 0 { i64::MIN } else { i64::MAX })
}

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let ranks = crate::model::stage_ranks(&data.dicts);
    // Keyed by (interval label, split); the label `None` (no expected date) sorts last.
    let mut rows: BTreeMap<(Option<String>, Split), Acc> = BTreeMap::new();
    let only_open = p.stage.is_none() && p.stage_kind.is_none();
    for (_, d, s) in selected(data, p, false) {
        let kind = data.stage_kind(s.stage);
        if only_open && kind != StageKind::Open {
            continue;
        }
        let chance = match kind {
            StageKind::Won => Some(100),
            StageKind::Lost => Some(0),
            StageKind::Open => match p.chances.get(&s.stage) {
                Some(c) => *c,
                None => data.entry(s.stage).and_then(|e| e.probability),
            },
        };
        let label = d
            .expected_close
            .map(|day| p.interval.label(p.interval.start_of(day)));
        let split = match p.by {
            Some(By::Owner) => Split::Owner(d.owner),
            Some(By::Stage) => {
                Split::Stage(ranks.get(&s.stage).copied().unwrap_or(u32::MAX), s.stage)
            }
            _ => Split::None,
        };
        rows.entry((label, split)).or_default().add(s.value, chance);
    }
    // BTreeMap puts `None` first: dated intervals go first, the undated row last.
    let mut keys: Vec<(Option<String>, Split)> = rows.keys().cloned().collect();
    keys.sort_by(|a, b| {
        (a.0.is_none(), &a.0)
            .cmp(&(b.0.is_none(), &b.0))
            .then_with(|| split_order(data, a.1, b.1))
    });

    let mut columns = vec![Column::new(
        "interval",
        "rpt.col.expected_close",
        ColumnKind::Group,
    )];
    match p.by {
        Some(By::Owner) => columns.push(Column::new("owner", "col.owner", ColumnKind::Text)),
        Some(By::Stage) => columns.push(Column::new("stage", "col.stage", ColumnKind::Text)),
        _ => {}
    }
    columns.extend([
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("weighted", "rpt.col.weighted", ColumnKind::Money),
        Column::new(
            "no_probability",
            "rpt.col.no_probability",
            ColumnKind::Count,
        ),
    ]);
    let mut r = report(columns);
    let cells = |a: &Acc| {
        vec![
            Cell::Count(a.count),
            Cell::Money(a.value.amounts(&data.currencies)),
            Cell::Money(a.weighted.amounts(&data.currencies)),
            Cell::Count(a.no_probability),
        ]
    };
    let mut total = Acc::default();
    // The chart: a bar of weighted value per dated interval, all splits together (bars, not
    // a trend line: only intervals with deals have a row, so they need not be consecutive).
    let mut per_interval: Vec<(String, Sum)> = Vec::new();
    for key in &keys {
        let Some(a) = rows.get(key) else { continue };
        total.merge(a);
        let mut row = vec![match &key.0 {
            Some(l) => Cell::Text(l.clone()),
            // Like every report's "none" group: null in JSON, "(none)" in a table.
            None => Cell::Empty,
        }];
        match key.1 {
            Split::Owner(o) => row.push(Cell::Text(data.login_of(o).to_owned())),
            Split::Stage(_, id) => row.push(super::group::group_cell(data, Some(id))),
            Split::None => {}
        }
        row.extend(cells(a));
        r.rows.push(row);
        if let Some(l) = &key.0 {
            match per_interval.last_mut() {
                Some((last, sum)) if last == l => sum.merge(&a.weighted),
                _ => per_interval.push((l.clone(), a.weighted.clone())),
            }
        }
    }
    let mut totals = vec![Cell::Key("rpt.total")];
    if p.by.is_some() {
        totals.push(Cell::Empty);
    }
    totals.extend(cells(&total));
    r.totals = Some(totals);

    let sums: Vec<Sum> = per_interval.iter().map(|(_, s)| s.clone()).collect();
    let main = super::deal_value::main_currency(&sums, data.currencies.len());
    r.chart = Some(Chart {
        kind: ChartKind::Distribution,
        column: "weighted".into(),
        series: vec![Series {
            name: Label::Key("rpt.col.weighted"),
            points: per_interval
                .iter()
                .map(|(l, s)| (Label::Name(l.clone()), s.minor(main) as f64 / 100.0))
                .collect(),
        }],
    });
    Ok(r)
}

/// Owners by login (Polish order), stages in pipeline order.
fn split_order(data: &Dataset, a: Split, b: Split) -> std::cmp::Ordering {
    match (a, b) {
        (Split::Owner(x), Split::Owner(y)) => {
            crate::text::polish_cmp(data.login_of(x), data.login_of(y))
        }
        _ => a.cmp(&b),
    }
}

#[cfg(test)]
mod tests {
    use super::weigh;

    #[test]
    fn weighs_to_the_minor_unit_half_away_from_zero() {
        // 10.05 PLN at 50% is 5.025: half a grosz rounds up to 5.03.
        assert_eq!(weigh(1005, 50), 503);
        assert_eq!(weigh(-1005, 50), -503);
        assert_eq!(weigh(1000, 0), 0);
        assert_eq!(weigh(i64::MAX, 100), i64::MAX);
    }
}
