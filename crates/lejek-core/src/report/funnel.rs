//! R7 Sales funnel over the deals created in the period (filters: owner, deal source, and
//! the other deal filters), for each open stage S in pipeline order:
//! - `reached`: deals that were ever in S or in a later stage (won counts as later than
//!   every open stage; a skipped stage counts as passed);
//! - `lost_at`: deals lost while their last open stage was S;
//! - `moved_on`: deals that left S for a later stage or won (or skipped it);
//! - `still`: deals in S now (at the end of the `--as-of` day with `--as-of`).
//!
//! Every deal that reached S is in exactly one of the last three, so
//! `reached = lost_at + moved_on + still` holds by construction: a deal whose current open
//! stage is S is `still`; a lost deal whose last open stage was S is `lost_at`; any other
//! deal that reached S went past it. (A deal moved back from a later stage to an earlier one
//! counts as having moved on from the stages it has left.)
//!
//! Then one row per won stage (reached = still = the deals in it), `value` (the current,
//! or as-of, value of the deals that reached the stage) and `conversion` (share of the
//! deals that reached the first stage which reached this one: on a won row, the conversion
//! from the first stage to won).

use super::amounts::Sum;
use super::params::Resolved;
use super::state::{path, selected};
use super::{Cell, Chart, ChartKind, Column, ColumnKind, Label, Report, Series, report};
use crate::model::{DictKind, StageKind};
use crate::read_model::dataset::Dataset;
use crate::service::Result;

#[derive(Clone, Debug, Default)]
struct Row {
    reached: i64,
    lost_at: i64,
    moved_on: i64,
    still: i64,
    value: Sum,
}

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let stages: Vec<_> = data.entries(DictKind::DealStage).collect();
    let open: Vec<u64> = stages
        .iter()
        .filter(|e| e.stage_kind.unwrap_or(StageKind::Open) == StageKind::Open)
        .map(|e| e.id)
        .collect();
    let won: Vec<u64> = stages
        .iter()
        .filter(|e| e.stage_kind == Some(StageKind::Won))
        .map(|e| e.id)
        .collect();
    let n = open.len();
    let mut rows = vec![Row::default(); n];
    let mut won_rows = vec![Row::default(); won.len()];
    let idx = |stage: u64| open.iter().position(|s| *s == stage);

    for (i, _, s) in selected(data, p, true) {
        // How far the deal got (n: won at some point), and its last open stage.
        let mut furthest: Option<usize> = None;
        let mut last_open: Option<usize> = None;
        for stage in path(data, i, p.cutoff) {
            match (idx(stage), data.stage_kind(stage)) {
                (Some(k), _) => {
                    furthest = furthest.max(Some(k));
                    last_open = Some(k);
                }
                (None, StageKind::Won) => furthest = Some(n),
                _ => {}
            }
        }
        let kind = data.stage_kind(s.stage);
        let current = if kind == StageKind::Open {
            idx(s.stage)
        } else {
            None
        };
        if let Some(f) = furthest {
            for (k, row) in rows.iter_mut().enumerate().take((f + 1).min(n)) {
                row.reached += 1;
                row.value.add_value(s.value);
                if current == Some(k) {
                    row.still += 1;
                } else if kind == StageKind::Lost && last_open == Some(k) {
                    row.lost_at += 1;
                } else {
                    row.moved_on += 1;
                }
            }
        }
        if kind == StageKind::Won
            && let Some(w) = won.iter().position(|x| *x == s.stage)
        {
            let row = &mut won_rows[w];
            row.reached += 1;
            row.still += 1;
            row.value.add_value(s.value);
        }
    }

    let mut r = report(vec![
        Column::new("stage", "col.stage", ColumnKind::Group),
        Column::new("reached", "rpt.col.reached", ColumnKind::Count),
        Column::new("lost_at", "rpt.col.lost_at", ColumnKind::Count),
        Column::new("moved_on", "rpt.col.moved_on", ColumnKind::Count),
        Column::new("still", "rpt.col.still", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
        Column::new("conversion", "rpt.col.conversion", ColumnKind::Percent),
    ]);
    let first = rows.first().map(|r| r.reached).unwrap_or(0);
    let mut points = Vec::new();
    let all = open.iter().zip(&rows).chain(won.iter().zip(&won_rows));
    for (stage, row) in all {
        let retired = data.entry(*stage).is_some_and(|e| e.retired);
        if retired && row.reached == 0 {
            continue;
        }
        let name = data
            .entry(*stage)
            .map(|e| e.name.clone())
            .unwrap_or_else(|| format!("#{stage}"));
        points.push((Label::Name(name.clone()), row.reached as f64));
        r.rows.push(vec![
            Cell::Text(name),
            Cell::Count(row.reached),
            Cell::Count(row.lost_at),
            Cell::Count(row.moved_on),
            Cell::Count(row.still),
            Cell::Money(row.value.amounts(&data.currencies)),
            Cell::Percent {
                num: row.reached,
                den: first,
            },
        ]);
    }
    r.chart = Some(Chart {
        kind: ChartKind::Distribution,
        column: "reached".into(),
        series: vec![Series {
            name: Label::Key("rpt.col.reached"),
            points,
        }],
    });
    Ok(r)
}
