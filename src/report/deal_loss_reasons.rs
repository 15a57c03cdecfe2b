//! R4 Deal loss reasons: deals lost in the period (dated by their move into the lost stage;
//! whenever they were created), count and value per loss reason; filters: owner, contact,
//! tags, deal source.

use super::dataset::Dataset;
use super::group::{Acc, Groups, distribution, group_cell, group_column};
use super::params::Resolved;
use super::state::selected;
use super::{Cell, Column, ColumnKind, Report, report};
use crate::model::{DictKind, StageKind};
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for (_, _, s) in selected(data, p, false) {
        if data.stage_kind(s.stage) != StageKind::Lost {
            continue;
        }
        if !s.closed.is_some_and(|c| p.span.contains(c)) {
            continue;
        }
        let acc = groups.at(s.loss_reason);
        acc.count += 1;
        acc.value.add_value(s.value);
    }
    let mut r = report(vec![
        group_column("reason", "col.loss_reason"),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("share", "rpt.col.share", ColumnKind::Percent),
    ]);
    let keys = groups.keys(data, DictKind::LossReason, false);
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
