//! R1 Contact sources: contacts created in the period, per acquisition source (including
//! none); filters: tags, kind, role.

use super::dataset::Dataset;
use super::group::{Groups, distribution, group_cell, group_column};
use super::params::Resolved;
use super::state::contact_passes;
use super::{Cell, Column, ColumnKind, Report, report};
use crate::model::DictKind;
use crate::service::Result;

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let mut groups = Groups::default();
    for c in &data.contacts {
        if p.span.contains(c.created) && contact_passes(data, p, c) {
            groups.at(c.source).count += 1;
        }
    }
    Ok(distribution_report(
        data,
        &groups,
        DictKind::ContactSource,
        "source",
        "col.source",
        true,
    ))
}

/// A count-per-entry report: group, count, share; totals; bars. Shared with R2.
pub fn distribution_report(
    data: &Dataset,
    groups: &Groups,
    kind: DictKind,
    group_id: &str,
    group_label: &'static str,
    always_none: bool,
) -> Report {
    let mut r = report(vec![
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
