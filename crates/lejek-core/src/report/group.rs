//! Distributions over a dictionary (sources, reasons, stages): one row per entry in the
//! dictionary's order, so a report reads like the pipeline or the admin's list. Active
//! entries always have a row (a zero says something too); retired ones and "none" only when
//! something is counted there, unless the report always wants the "none" row.

use std::collections::HashMap;

use super::amounts::Sum;
use super::{Cell, ChartKind, Column, ColumnKind, Label, Series};
use crate::model::DictKind;
use crate::read_model::dataset::Dataset;

/// Counts and money per group.
#[derive(Clone, Debug, Default)]
pub struct Acc {
    pub count: i64,
    pub value: Sum,
    pub won_count: i64,
    pub won_value: Sum,
}

/// Accumulators keyed by dictionary entry (None: no entry).
#[derive(Debug, Default)]
pub struct Groups {
    pub map: HashMap<Option<u64>, Acc, IdHash>,
}

/// A hasher for small integer keys: a report looks a group up once per deal (300,000
/// times), where SipHash was a third of the report's time. Keys are dictionary ids, not
/// anything a user can choose to collide.
pub type IdHash = std::hash::BuildHasherDefault<IdHasher>;

#[derive(Default)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 =
                (self.0.rotate_left(5) ^ u64::from(*b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

impl Groups {
    pub fn at(&mut self, key: Option<u64>) -> &mut Acc {
        self.map.entry(key).or_default()
    }

    /// The row keys in order: dictionary order, entries the dictionary does not know (a
    /// damaged database) after them, "none" last.
    pub fn keys(&self, data: &Dataset, kind: DictKind, always_none: bool) -> Vec<Option<u64>> {
        let counted = |k: Option<u64>| self.map.get(&k).is_some_and(|a| a.count != 0);
        let mut out: Vec<Option<u64>> = data
            .entries(kind)
            .filter(|e| !e.retired || counted(Some(e.id)))
            .map(|e| Some(e.id))
            .collect();
        let mut unknown: Vec<u64> = self
            .map
            .keys()
            .filter_map(|k| *k)
            .filter(|id| !out.contains(&Some(*id)) && counted(Some(*id)))
            .collect();
        unknown.sort_unstable();
        out.extend(unknown.into_iter().map(Some));
        if always_none || counted(None) {
            out.push(None);
        }
        out
    }

    /// The sum of every group.
    pub fn total(&self) -> Acc {
        let mut t = Acc::default();
        for a in self.map.values() {
            t.count += a.count;
            t.value.merge(&a.value);
            t.won_count += a.won_count;
            t.won_value.merge(&a.won_value);
        }
        t
    }
}

/// The group cell of a dictionary key.
pub fn group_cell(data: &Dataset, key: Option<u64>) -> Cell {
    match key {
        Some(id) => Cell::Text(
            data.entry(id)
                .map(|e| e.name.clone())
                .unwrap_or_else(|| format!("#{id}")),
        ),
        None => Cell::Empty,
    }
}

/// The first column of a distribution.
pub fn group_column(id: &str, label_key: &'static str) -> Column {
    Column::new(id, label_key, ColumnKind::Group)
}

/// A horizontal bar per row of column `col` (a count column).
pub fn distribution(
    data: &Dataset,
    keys: &[Option<u64>],
    col: &str,
    counts: &[i64],
) -> super::Chart {
    let points = keys
        .iter()
        .zip(counts)
        .map(|(k, n)| {
            let name = match k {
                Some(id) => Label::Name(
                    data.entry(*id)
                        .map(|e| e.name.clone())
                        .unwrap_or_else(|| format!("#{id}")),
                ),
                None => Label::Key("rpt.none"),
            };
            (name, *n as f64)
        })
        .collect();
    super::Chart {
        kind: ChartKind::Distribution,
        column: col.to_owned(),
        series: vec![Series {
            name: Label::Key("rpt.col.count"),
            points,
        }],
    }
}

/// A count-and-value-per-entry report (R4, R8): group, count, value, share of the count;
/// a totals row; bars of the counts.
pub fn count_value_report(
    data: &Dataset,
    groups: &Groups,
    kind: DictKind,
    group_id: &str,
    group_label: &'static str,
) -> super::Report {
    let mut r = super::report(vec![
        group_column(group_id, group_label),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("share", "rpt.col.share", ColumnKind::Percent),
    ]);
    let keys = groups.keys(data, kind, false);
    let total = groups.total();
    let row = |group: Cell, a: &Acc| {
        vec![
            group,
            Cell::Count(a.count),
            Cell::Money(a.value.amounts(&data.currencies)),
            Cell::Percent {
                num: a.count,
                den: total.count,
            },
        ]
    };
    let empty = Acc::default();
    let mut counts = Vec::new();
    for k in &keys {
        let a = groups.map.get(k).unwrap_or(&empty);
        counts.push(a.count);
        r.rows.push(row(group_cell(data, *k), a));
    }
    r.totals = Some(row(Cell::Key("rpt.total"), &total));
    r.chart = Some(distribution(data, &keys, "count", &counts));
    r
}

/// A count-per-entry report: group, count, share; totals; bars. (R1, R2).
pub fn distribution_report(
    data: &Dataset,
    groups: &Groups,
    kind: DictKind,
    group_id: &str,
    group_label: &'static str,
    always_none: bool,
) -> super::Report {
    let mut r = super::report(vec![
        group_column(group_id, group_label),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("share", "rpt.col.share", ColumnKind::Percent),
    ]);
    let keys = groups.keys(data, kind, always_none);
    let total = groups.total().count;
    let mut counts = Vec::new();
    for k in &keys {
        let n = groups.map.get(k).map(|a| a.count).unwrap_or(0);
        counts.push(n);
        r.rows.push(vec![
            group_cell(data, *k),
            Cell::Count(n),
            Cell::Percent { num: n, den: total },
        ]);
    }
    r.totals = Some(vec![
        Cell::Key("rpt.total"),
        Cell::Count(total),
        Cell::Percent {
            num: total,
            den: total,
        },
    ]);
    r.chart = Some(distribution(data, &keys, "count", &counts));
    r
}
