//! R3 Deal sources: deals created in the period, count and value per deal source, and of
//! those won: count, value and the share won; filters: tags, owner (one salesperson's
//! effectiveness), and the other deal filters.

use super::group::{Acc, Groups, distribution, group_cell, group_column};
use super::params::Resolved;
use super::state::selected;
use super::{Cell, Column, ColumnKind, Report, report};
use crate::model::{DictKind, StageKind};
use crate::read_model::dataset::Dataset;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for (_, d, s) in selected(data, p, true) {
        let acc = groups.at(d.source);
        acc.count += 1;
        acc.value.add_value(s.value);
        if data.stage_kind(s.stage) == StageKind::Won {
            acc.won_count += 1;
            acc.won_value.add_value(s.value);
        }
    }
    let mut r = report(vec![
        group_column("source", "col.source"),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("won_count", "rpt.col.won_count", ColumnKind::Count),
        Column::new("won_value", "rpt.col.won_value", ColumnKind::Money),
        Column::new("win_rate", "rpt.col.win_rate", ColumnKind::Percent),
    ]);
    let keys = groups.keys(data, DictKind::DealSource, true);
    let row = |group: Cell, a: &Acc| {
        vec![
            group,
            Cell::Count(a.count),
            Cell::Money(a.value.amounts(&data.currencies)),
            Cell::Count(a.won_count),
            Cell::Money(a.won_value.amounts(&data.currencies)),
            Cell::Percent {
                num: a.won_count,
                den: a.count,
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
    r.totals = Some(row(Cell::Key("rpt.total"), &groups.total()));
    r.chart = Some(distribution(data, &keys, "count", &counts));
    Ok(r)
}
