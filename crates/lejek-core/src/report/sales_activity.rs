//! R6 Sales activity: per salesperson and interval, new deals (deals they own, by creation
//! date), new contacts (contacts they created), discussion comments (on deals and
//! campaigns), tasks closed and meetings held (tasks and meetings assigned to them, by the
//! time they were marked done). All salespeople side by side, or `--owner` for one.

use std::collections::HashMap;

use super::params::Resolved;
use super::period::Buckets;
use super::{Cell, Chart, ChartKind, Column, ColumnKind, Label, Report, Series, report};
use crate::model::{EntityKind, TaskKind};
use crate::read_model::dataset::Dataset;
use crate::service::Result;

/// The metrics, in column order: (column id, label key).
const METRICS: [(&str, &str); 5] = [
    ("new_deals", "rpt.col.new_deals"),
    ("new_contacts", "rpt.col.new_contacts"),
    ("comments", "rpt.col.comments"),
    ("tasks_done", "rpt.col.tasks_done"),
    ("meetings_held", "rpt.col.meetings_held"),
];
/// Most salespeople drawn in the chart.
const MAX_SERIES: usize = 6;

type Counts = [i64; 5];

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let buckets = Buckets::new(p.from, p.to, p.interval);
    let n = buckets.len();
    let mut per: HashMap<u32, Vec<Counts>> = HashMap::new();
    let mut count = |who: u32, t: i64, metric: usize| {
        if let Some(b) = buckets.index(t) {
            per.entry(who).or_insert_with(|| vec![[0; 5]; n])[b][metric] += 1;
        }
    };
    for d in &data.deals {
        count(d.owner, d.created, 0);
    }
    for c in &data.contacts {
        if let Some(who) = c.creator {
            count(who, c.created, 1);
        }
    }
    for c in &data.comments {
        if matches!(c.on, EntityKind::Deal | EntityKind::Campaign) {
            count(c.author, c.created, 2);
        }
    }
    for t in &data.tasks {
        if let Some(done) = t.done_at {
            let metric = match t.kind {
                TaskKind::Task => 3,
                TaskKind::Meeting => 4,
            };
            count(t.assignee, done, metric);
        }
    }

    // Who is shown: the one asked for, else every user and anyone else with activity.
    let mut people: Vec<u32> = match p.owner.as_deref() {
        Some(o) => data.login_id(o).into_iter().collect(),
        None => {
            let mut v: Vec<u32> = data
                .users
                .iter()
                .filter_map(|u| data.login_id(&u.login))
                .collect();
            v.extend(
                per.keys()
                    .filter(|k| !v.contains(k))
                    .copied()
                    .collect::<Vec<_>>(),
            );
            v
        }
    };
    people.sort_by(|a, b| crate::text::polish_cmp(data.login_of(*a), data.login_of(*b)));
    let zero = vec![[0i64; 5]; n];
    let of = |who: u32| per.get(&who).unwrap_or(&zero);

    let one = p.owner.is_some();
    let mut columns = vec![Column::new(
        "interval",
        "rpt.col.interval",
        ColumnKind::Group,
    )];
    if !one {
        columns.push(Column::new("owner", "col.owner", ColumnKind::Group));
    }
    for (id, key) in METRICS {
        columns.push(Column::new(id, key, ColumnKind::Count));
    }
    let mut r = report(columns);
    let mut totals = [0i64; 5];
    for b in 0..n {
        if one {
            let mut c = [0i64; 5];
            for who in &people {
                add(&mut c, &of(*who)[b]);
            }
            add(&mut totals, &c);
            let mut row = vec![Cell::Text(buckets.labels[b].clone())];
            row.extend(c.iter().map(|v| Cell::Count(*v)));
            r.rows.push(row);
            continue;
        }
        for who in &people {
            let c = of(*who)[b];
            add(&mut totals, &c);
            let mut row = vec![
                Cell::Text(buckets.labels[b].clone()),
                Cell::Text(data.login_of(*who).to_owned()),
            ];
            row.extend(c.iter().map(|v| Cell::Count(*v)));
            r.rows.push(row);
        }
    }
    let mut t = vec![Cell::Key("rpt.total")];
    if !one {
        t.push(Cell::Empty);
    }
    t.extend(totals.iter().map(|v| Cell::Count(*v)));
    r.totals = Some(t);

    let label = |b: usize| Label::Name(buckets.labels[b].clone());
    let series = if one {
        let c = people.first().map(|w| of(*w)).unwrap_or(&zero);
        METRICS
            .iter()
            .enumerate()
            .map(|(m, (_, key))| Series {
                name: Label::Key(key),
                points: (0..n).map(|b| (label(b), c[b][m] as f64)).collect(),
            })
            .collect()
    } else {
        let mut ranked: Vec<(u32, i64)> = people
            .iter()
            .map(|w| (*w, of(*w).iter().flatten().sum::<i64>()))
            .filter(|(_, t)| *t > 0)
            .collect();
        ranked.sort_by_key(|r| std::cmp::Reverse(r.1));
        ranked
            .iter()
            .take(MAX_SERIES)
            .map(|(w, _)| Series {
                name: Label::Name(data.login_of(*w).to_owned()),
                points: (0..n)
                    .map(|b| (label(b), of(*w)[b].iter().sum::<i64>() as f64))
                    .collect(),
            })
            .collect()
    };
    r.chart = Some(Chart {
        kind: ChartKind::TrendBars,
        column: if one { "new_deals" } else { "activity" }.into(),
        series,
    });
    Ok(r)
}

fn add(to: &mut Counts, c: &Counts) {
    for (t, v) in to.iter_mut().zip(c) {
        *t += v;
    }
}
