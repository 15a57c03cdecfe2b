//! R8 Deal stages: where the deals created in the period are now (or at the end of the
//! `--as-of` day): count and value per stage, in pipeline order; filters: owner, source,
//! tags, all at once.

use super::dataset::Dataset;
use super::group::{Acc, Groups, distribution, group_cell, group_column};
use super::params::Resolved;
use super::state::selected;
use super::{Cell, Column, ColumnKind, Report, report};
use crate::model::DictKind;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for (_, _, s) in selected(data, p, true) {
        let acc = groups.at(Some(s.stage));
        acc.count += 1;
        acc.value.add_value(s.value);
    }
    let mut r = report(vec![
        group_column("stage", "col.stage"),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("share", "rpt.col.share", ColumnKind::Percent),
    ]);
    let keys = groups.keys(data, DictKind::DealStage, false);
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
    Ok(r)
}
