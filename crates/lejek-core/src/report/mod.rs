//! The reports (R1-R9) as pure functions over a [`Dataset`] read from the store in one
//! pass. Front ends call [`run`] (or [`load`] once and [`run_on`] many times, as the TUI does
//! when only the parameters change) and render the [`Report`] they get: the CLI as a table,
//! CSV, JSON or a text chart (`render::report`), the TUI as a ratatui table and bar chart.
//!
//! A report is a table whose columns have stable snake_case ids (the DESIGN.md contract:
//! `count`, `value`, `won_count`, the funnel's `reached, lost_at, moved_on, still`), cells
//! that keep their type (counts, exact money, percentages) until rendering, an optional
//! totals row, and an optional chart series.

pub(crate) mod amounts;
pub(crate) mod params;
pub(crate) mod period;

mod contact_end_reasons;
mod contact_sources;
mod deal_loss_reasons;
mod deal_sources;
mod deal_stages;
mod deal_value;
mod forecast;
mod funnel;
mod group;
mod sales_activity;
mod state;

pub use crate::read_model::dataset::{Dataset, Need};
pub use amounts::Amounts;
pub use params::{PARAMS, Params, Resolved, accepts, period_day};
pub use period::Interval;

use serde::{Deserialize, Serialize};

use crate::service::{Result, Service, invalid};

/// The report names of DESIGN.md (the CLI contract) with their catalogue keys, in the order
/// the Reports view lists them.
pub const REPORTS: [(&str, &str); 9] = [
    ("contact-sources", "report.contact_sources"),
    ("contact-end-reasons", "report.contact_end_reasons"),
    ("deal-sources", "report.deal_sources"),
    ("deal-loss-reasons", "report.deal_loss_reasons"),
    ("deal-value", "report.deal_value"),
    ("sales-activity", "report.sales_activity"),
    ("funnel", "report.funnel"),
    ("deal-stages", "report.deal_stages"),
    ("forecast", "report.forecast"),
];

/// `&'static str` under another name: serde's derive would make a spelled-out `&'static`
/// field borrow from the input (`'de: 'static`); these come back through `wire` instead.
type StaticStr = &'static str;

/// What a column holds; decides alignment, formatting and what a chart can plot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ColumnKind {
    /// The group a row stands for (source, reason, stage, interval, owner).
    Group,
    Count,
    Money,
    Percent,
    Text,
}

/// A column header: a translated label, or a name from the data (a salesperson, a tag).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Label {
    /// A catalogue key, translated when shown.
    Key(#[serde(with = "wire::catalogue_key")] StaticStr),
    /// Shown as it is (it comes from the database).
    Name(String),
}

impl Label {
    /// The header text in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        match self {
            Label::Key(k) => crate::i18n::tr(lang, k).to_owned(),
            Label::Name(n) => n.clone(),
        }
    }
}

/// One column: a stable id for scripts (JSON, CSV header), a label for people, a kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub id: String,
    pub label: Label,
    pub kind: ColumnKind,
}

impl Column {
    fn new(id: &str, label_key: &'static str, kind: ColumnKind) -> Column {
        Column {
            id: id.to_owned(),
            label: Label::Key(label_key),
            kind,
        }
    }
}

/// One cell. Values keep their type until rendering, so JSON and CSV get exact machine
/// numbers and tables get the user's number formats.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    /// A group name from the database (a source, a stage, a login).
    Text(String),
    /// A group label to translate (e.g. "none", "other", "total").
    Key(#[serde(with = "wire::catalogue_key")] StaticStr),
    /// No value (a group that is "none": JSON null).
    Empty,
    Count(i64),
    /// Exact sums per currency.
    Money(Amounts),
    /// `num / den` as a percentage; undefined when `den` is 0.
    Percent {
        num: i64,
        den: i64,
    },
}

impl Cell {
    /// The percentage as a number rounded to one decimal, None when undefined.
    pub fn percent(num: i64, den: i64) -> Option<f64> {
        if den == 0 {
            return None;
        }
        let p = num as f64 * 100.0 / den as f64;
        Some((p * 10.0).round() / 10.0)
    }

    /// The count of a count cell (0 otherwise): what charts and checks read.
    pub fn count(&self) -> i64 {
        match self {
            Cell::Count(n) => *n,
            _ => 0,
        }
    }
}

/// What a chart draws: one or more named series of (x label, y value) points. A trend
/// (over intervals) is drawn as a line plot; a distribution as horizontal bars.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chart {
    pub kind: ChartKind,
    /// The column the values come from (its label titles the chart).
    pub column: String,
    pub series: Vec<Series>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChartKind {
    /// Values over consecutive intervals, drawn as a line (money).
    TrendLine,
    /// Values over consecutive intervals, drawn as bars (counts of activity).
    TrendBars,
    /// One bar per group.
    Distribution,
}

/// One series: its name (a salesperson, a metric) and its points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Series {
    pub name: Label,
    /// (x label, value); money in whole units of the main currency.
    pub points: Vec<(Label, f64)>,
}

/// A computed report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The report name (`funnel`, `deal-value`, ...).
    #[serde(with = "wire::report_name")]
    pub name: StaticStr,
    /// The parameters as resolved (period, interval, filters), for the JSON output and the
    /// TUI's header.
    #[serde(with = "wire::json_text")]
    pub params: serde_json::Value,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub totals: Option<Vec<Cell>>,
    pub chart: Option<Chart>,
    /// The currency of money cells when every amount has the same one (PLN when there is
    /// none); None when amounts in several currencies were summed separately.
    pub currency: Option<String>,
}

/// The report name as DESIGN.md spells it, or an error listing the valid ones.
pub fn report_name(name: &str) -> Result<&'static str> {
    REPORTS
        .iter()
        .find(|(n, _)| *n == name.trim())
        .map(|(n, _)| *n)
        .ok_or_else(|| {
            let names: Vec<&str> = REPORTS.iter().map(|(n, _)| *n).collect();
            invalid("err.report_unknown", &[&name, &names.join(", ")])
        })
}

/// Load what report `name` needs with `params` and compute it.
pub fn run(svc: &Service, name: &str, params: &Params) -> Result<Report> {
    let name = report_name(name)?;
    // The same report asked again with no write in between (a TUI refreshing, a script
    // polling) is the answer already computed.
    let generation = svc.generation();
    // Periods like "this month" depend on the day: it is part of the key.
    let key = format!(
        "{name}\u{0}{}\u{0}{}",
        svc.clock().today(),
        serde_json::to_string(params).unwrap_or_default()
    );
    if let Some(r) = svc.cached::<Report>(&key, generation) {
        return Ok(r);
    }
    let resolved = params.resolve(svc, name)?;
    // The service's read model holds everything every report reads (issue 17).
    let report = svc.with_model_history(|m| compute(&m.data, name, &resolved))?;
    svc.keep(key, generation, report.clone());
    Ok(report)
}

/// Load a dataset good for every report, through the cache (`snapshot`). The TUI keeps one
/// and calls [`Dataset::refresh`] when the data may have changed: that reads only the
/// events written since, and the records they name.
pub fn load(svc: &Service) -> Result<Dataset> {
    crate::read_model::snapshot::load(svc, Need::all())
}

/// Compute report `name` over an already loaded dataset (which must hold what it needs:
/// [`load`] loads everything).
pub fn run_on(svc: &Service, data: &Dataset, name: &str, params: &Params) -> Result<Report> {
    let name = report_name(name)?;
    let resolved = params.resolve(svc, name)?;
    compute(data, name, &resolved)
}

/// What report `name` reads from the store: only that, so a report that needs no history
/// does not pay for the event scan.
pub fn need(name: &str, p: &Resolved) -> Need {
    let history = p.as_of.is_some();
    match name {
        "contact-sources" | "contact-end-reasons" => Need {
            contacts: true,
            ..Need::default()
        },
        "sales-activity" => Need {
            deals: true,
            contacts: true,
            creators: true,
            activity: true,
            ..Need::default()
        },
        "funnel" => Need {
            deals: true,
            history: true,
            ..Need::default()
        },
        _ => Need {
            deals: true,
            history,
            // deal-value --by contact names its columns after the contacts.
            contacts: p.by == Some(params::By::Contact),
            ..Need::default()
        },
    }
}

fn compute(data: &Dataset, name: &'static str, p: &Resolved) -> Result<Report> {
    let mut report = match name {
        "contact-sources" => contact_sources::run(data, p),
        "contact-end-reasons" => contact_end_reasons::run(data, p),
        "deal-sources" => deal_sources::run(data, p),
        "deal-loss-reasons" => deal_loss_reasons::run(data, p),
        "deal-value" => deal_value::run(data, p),
        "sales-activity" => sales_activity::run(data, p),
        "funnel" => funnel::run(data, p),
        "deal-stages" => deal_stages::run(data, p),
        "forecast" => forecast::run(data, p),
        other => return Err(invalid("err.report_unknown", &[&other, &""])),
    }?;
    report.name = name;
    report.params = p.to_json();
    report.currency = single_currency(&report);
    Ok(report)
}

/// The one currency of every money cell, PLN when there are no amounts at all.
fn single_currency(r: &Report) -> Option<String> {
    let mut seen: Option<&str> = None;
    let all = r.rows.iter().chain(r.totals.iter());
    for row in all {
        for cell in row {
            if let Cell::Money(a) = cell {
                for (cur, _) in a.iter() {
                    match seen {
                        None => seen = Some(cur),
                        Some(s) if s == cur => {}
                        Some(_) => return None,
                    }
                }
            }
        }
    }
    Some(seen.unwrap_or(amounts::DEFAULT_CURRENCY).to_owned())
}

/// A report shell the report modules fill in.
fn report(columns: Vec<Column>) -> Report {
    Report {
        name: "",
        params: serde_json::Value::Null,
        columns,
        rows: Vec::new(),
        totals: None,
        chart: None,
        currency: None,
    }
}

/// Serde helpers so a [`Report`] can cross the socket (bincode) while it keeps its
/// `&'static str` keys: a key travels as text and comes back as the catalogue's own
/// string; JSON parameters travel as JSON text (bincode cannot decode a `Value`).
mod wire {
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub mod catalogue_key {
        use super::*;

        pub fn serialize<S: Serializer>(key: &&'static str, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(key)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
            let key = String::deserialize(d)?;
            crate::i18n::static_key(&key)
                .ok_or_else(|| D::Error::custom(format!("unknown catalogue key {key:?}")))
        }
    }

    pub mod report_name {
        use super::*;

        pub fn serialize<S: Serializer>(name: &&'static str, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(name)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
            let name = String::deserialize(d)?;
            if name.is_empty() {
                return Ok("");
            }
            crate::report::REPORTS
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(n, _)| *n)
                .ok_or_else(|| D::Error::custom(format!("unknown report {name:?}")))
        }
    }

    pub mod json_text {
        use super::*;

        pub fn serialize<S: Serializer>(v: &serde_json::Value, s: S) -> Result<S::Ok, S::Error> {
            s.serialize_str(&v.to_string())
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<serde_json::Value, D::Error> {
            let text = String::deserialize(d)?;
            serde_json::from_str(&text).map_err(D::Error::custom)
        }
    }
}
