//! R5 Deal value: deals created in the period, split into month, quarter or year intervals
//! (local dates): count and value per interval; filter by stage kind or stage (as it is now,
//! or at the `--as-of` day); `--by owner|contact|tag|field:NAME` adds a value column per
//! group (a choice field's values, issue 20).

use std::collections::HashMap;

use super::amounts::Sum;
use super::params::{By, Resolved};
use super::period::Buckets;
use super::state::selected;
use super::{Cell, Chart, ChartKind, Column, ColumnKind, Label, Report, Series, report};
use crate::model::{CustomValue, FieldOn};
use crate::read_model::dataset::{Dataset, DealRow};
use crate::service::Result;

/// Most group columns shown; the rest are summed into one "other" column.
const MAX_GROUPS: usize = 12;
/// Most groups drawn in the chart (more lines are unreadable in text).
const MAX_SERIES: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Group {
    Owner(u32),
    Contact(u64),
    Tag(u32),
    NoTag,
    /// A choice field's value (interned), or none (issue 20).
    Choice(&'static str),
    NoChoice,
}

/// Per-interval sums of one group, and its totals for ranking.
#[derive(Clone, Debug, Default)]
struct Line {
    values: Vec<Sum>,
    total: Sum,
    count: i64,
}

pub fn run(data: &Dataset, p: &Resolved) -> Result<Report> {
    let buckets = Buckets::new(p.from, p.to, p.interval);
    let n = buckets.len();
    let mut counts = vec![0i64; n];
    let mut values = vec![Sum::default(); n];
    let mut lines: HashMap<Group, Line> = HashMap::new();
    let mut keys: Vec<Group> = Vec::new();
    for (_, d, s) in selected(data, p, true) {
        let Some(b) = buckets.index(d.created) else {
            continue;
        };
        counts[b] += 1;
        values[b].add_value(s.value);
        let Some(by) = p.by else { continue };
        keys.clear();
        match by {
            By::Owner => keys.push(Group::Owner(d.owner)),
            By::Contact => keys.push(Group::Contact(d.contact_id)),
            By::Tag if d.tags.is_empty() => keys.push(Group::NoTag),
            By::Tag => keys.extend(d.tags.iter().map(|t| Group::Tag(*t))),
            // Refused for deal-value when the parameters are resolved (forecast's split).
            By::Stage => {}
            By::Field(name, on) => keys.push(choice(data, d, name, on)),
        }
        for k in &keys {
            let line = lines.entry(*k).or_insert_with(|| Line {
                values: vec![Sum::default(); n],
                ..Line::default()
            });
            line.values[b].add_value(s.value);
            line.total.add_value(s.value);
            line.count += 1;
        }
    }

    let main = main_currency(&values, data.currencies.len());
    let mut columns = vec![
        Column::new("interval", "rpt.col.interval", ColumnKind::Group),
        Column::new("count", "rpt.col.count", ColumnKind::Count),
        Column::new("value", "rpt.col.value", ColumnKind::Money),
    ];
    let groups =
        p.by.map(|by| ranked(data, by, lines, main, n))
            .unwrap_or_default();
    for (id, label, _) in &groups {
        columns.push(Column {
            id: id.clone(),
            label: label.clone(),
            kind: ColumnKind::Money,
        });
    }
    let mut r = report(columns);
    for b in 0..n {
        let mut row = vec![
            Cell::Text(buckets.labels[b].clone()),
            Cell::Count(counts[b]),
            Cell::Money(values[b].amounts(&data.currencies)),
        ];
        for (_, _, line) in &groups {
            row.push(Cell::Money(line.values[b].amounts(&data.currencies)));
        }
        r.rows.push(row);
    }
    let mut total = Sum::default();
    values.iter().for_each(|v| total.merge(v));
    let mut totals = vec![
        Cell::Key("rpt.total"),
        Cell::Count(counts.iter().sum()),
        Cell::Money(total.amounts(&data.currencies)),
    ];
    for (_, _, line) in &groups {
        totals.push(Cell::Money(line.total.amounts(&data.currencies)));
    }
    r.totals = Some(totals);

    let whole = |s: &Sum| s.minor(main) as f64 / 100.0;
    let series = if groups.is_empty() {
        vec![Series {
            name: Label::Key("rpt.col.value"),
            points: (0..n)
                .map(|b| (Label::Name(buckets.labels[b].clone()), whole(&values[b])))
                .collect(),
        }]
    } else {
        groups
            .iter()
            .take(MAX_SERIES)
            .map(|(_, label, line)| Series {
                name: label.clone(),
                points: (0..n)
                    .map(|b| {
                        (
                            Label::Name(buckets.labels[b].clone()),
                            whole(&line.values[b]),
                        )
                    })
                    .collect(),
            })
            .collect()
    };
    r.chart = Some(Chart {
        kind: ChartKind::TrendLine,
        column: "value".into(),
        series,
    });
    Ok(r)
}

/// The group of a deal by choice field `name`: its own value, or its contact's.
fn choice(data: &Dataset, d: &DealRow, name: &str, on: FieldOn) -> Group {
    let fields = match on {
        FieldOn::Deal => &d.fields,
        FieldOn::Contact => match data.contact_index(d.contact_id) {
            Some(i) => &data.contacts[i].fields,
            None => return Group::NoChoice,
        },
    };
    match fields.binary_search_by(|(k, _)| (**k).cmp(name)) {
        Ok(i) => match &fields[i].1 {
            CustomValue::Choice(v) => Group::Choice(crate::filter::intern(v)),
            _ => Group::NoChoice,
        },
        Err(_) => Group::NoChoice,
    }
}

/// The currency number holding most of the money (what the chart plots); the default
/// currency (number 0) on a tie.
pub(super) fn main_currency(values: &[Sum], currencies: usize) -> u16 {
    let mut best = (0u16, 0i64);
    for cur in 0..u16::try_from(currencies).unwrap_or(u16::MAX) {
        let t = values
            .iter()
            .fold(0i64, |t, v| t.saturating_add(v.minor(cur).saturating_abs()));
        if t > best.1 {
            best = (cur, t);
        }
    }
    best.0
}

/// The group columns: id, label, sums; the biggest by value (then by count, then by name)
/// first, at most `MAX_GROUPS`, the rest in one "other" column.
fn ranked(
    data: &Dataset,
    by: By,
    lines: HashMap<Group, Line>,
    main: u16,
    n: usize,
) -> Vec<(String, Label, Line)> {
    let prefix = by.as_str();
    let mut named: Vec<(String, Label, Line)> = lines
        .into_iter()
        .map(|(g, line)| {
            let (key, label) = match g {
                Group::Owner(o) => {
                    let login = data.login_of(o).to_owned();
                    (login.clone(), Label::Name(login))
                }
                Group::Contact(c) => (c.to_string(), Label::Name(data.contact_name(c))),
                Group::Tag(t) => {
                    let tag = data.tags.get(t as usize).cloned().unwrap_or_default();
                    (tag.clone(), Label::Name(tag))
                }
                Group::NoTag | Group::NoChoice => (String::new(), Label::Key("rpt.none")),
                Group::Choice(v) => (v.to_owned(), Label::Name(v.to_owned())),
            };
            (format!("{prefix}:{key}"), label, line)
        })
        .collect();
    named.sort_by(|a, b| {
        b.2.total
            .minor(main)
            .cmp(&a.2.total.minor(main))
            .then_with(|| b.2.count.cmp(&a.2.count))
            .then_with(|| crate::text::polish_cmp(&a.0, &b.0))
    });
    if named.len() > MAX_GROUPS {
        let rest = named.split_off(MAX_GROUPS - 1);
        let mut other = Line {
            values: vec![Sum::default(); n],
            ..Line::default()
        };
        for (_, _, line) in rest {
            for (o, v) in other.values.iter_mut().zip(&line.values) {
                o.merge(v);
            }
            other.total.merge(&line.total);
            other.count += line.count;
        }
        named.push((format!("{prefix}:*"), Label::Key("rpt.other"), other));
    }
    named
}
