//! The columns of each list: stable id (JSON/CSV header), catalogue key (table header), and
//! how to show a value in a language.

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::NaiveDate;

use super::color::{self, Tone};
use crate::i18n::{Lang, tr};
use crate::model::date_format::format_date;
use crate::model::money::format_money;
use crate::service::clock::{Clock, local_date};
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// How a column shows a record's value in a language.
pub type Cell<V> = Rc<dyn Fn(&V, Lang) -> String>;

/// One column of a list.
pub struct Column<V> {
    pub id: &'static str,
    pub label: &'static str,
    /// A closure, not a function: a custom field's column knows its field (issue 20).
    pub cell: Cell<V>,
    /// Shown in tables (CSV and JSON always carry every column).
    pub in_table: bool,
    /// How the cell stands out in a coloured table, given today's date.
    pub tone: Option<fn(&V, NaiveDate) -> Tone>,
    /// Whether a table cell carries [`MARK`] before its text: a sign that needs no colour
    /// (`NO_COLOR`), such as a rotting deal's (issue 19). CSV and JSON never carry it.
    pub mark: Option<fn(&V) -> bool>,
}

/// The sign before a marked table cell: a rotting deal's last activity.
pub const MARK: &str = "◷ ";

impl<V> Column<V> {
    fn marked(mut self, mark: fn(&V) -> bool) -> Column<V> {
        self.mark = Some(mark);
        self
    }

    fn toned(mut self, tone: fn(&V, NaiveDate) -> Tone) -> Column<V> {
        self.tone = Some(tone);
        self
    }
}

fn col<V: 'static>(
    id: &'static str,
    label: &'static str,
    cell: fn(&V, Lang) -> String,
) -> Column<V> {
    Column {
        id,
        label,
        cell: Rc::new(cell),
        in_table: true,
        tone: None,
        mark: None,
    }
}

fn extra<V: 'static>(
    id: &'static str,
    label: &'static str,
    cell: fn(&V, Lang) -> String,
) -> Column<V> {
    Column {
        id,
        label,
        cell: Rc::new(cell),
        in_table: false,
        tone: None,
        mark: None,
    }
}

/// A record with custom field values (issue 20 item 1), as its view carries them.
pub trait WithFields {
    fn custom(&self) -> &BTreeMap<String, String>;
}

impl WithFields for DealView {
    fn custom(&self) -> &BTreeMap<String, String> {
        &self.fields
    }
}

impl WithFields for ContactView {
    fn custom(&self) -> &BTreeMap<String, String> {
        &self.fields
    }
}

/// Custom field `name` as a table column headed `label` (`lejek deal list --column waga`).
/// Columns name themselves with `&'static str`s: the two texts are leaked, once per column
/// of one CLI run, which a one-shot process can afford.
pub fn field_column<V: WithFields + 'static>(name: &str, label: &str) -> Column<V> {
    let id: &'static str = Box::leak(name.to_owned().into_boxed_str());
    let label: &'static str = Box::leak(label.to_owned().into_boxed_str());
    Column {
        id,
        label,
        cell: Rc::new(move |v: &V, _| v.custom().get(id).cloned().unwrap_or_default()),
        in_table: true,
        tone: None,
        mark: None,
    }
}

pub fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

pub fn date(d: Option<chrono::NaiveDate>, lang: Lang) -> String {
    d.map(|d| format_date(d, lang)).unwrap_or_default()
}

pub fn time(t: chrono::DateTime<chrono::Utc>, lang: Lang) -> String {
    format_date(local_date(t), lang)
}

pub fn deal_value(d: &DealView, lang: Lang) -> String {
    d.deal
        .value
        .as_ref()
        .map(|m| format_money(m, lang))
        .unwrap_or_default()
}

pub fn deal_columns() -> Vec<Column<DealView>> {
    vec![
        col("id", "col.id", |d, _| d.id.to_string()),
        col("title", "col.title", |d, _| d.title.clone()),
        col("contact", "col.contact", |d, _| d.contact.clone()),
        col("owner", "col.owner", |d, _| d.owner.clone()),
        col("stage", "col.stage", |d: &DealView, _| d.stage.clone()).toned(|d, _| {
            match d.stage_kind {
                "won" => Tone::Won,
                "lost" => Tone::Lost,
                _ => Tone::Plain,
            }
        }),
        col("value", "col.value", deal_value),
        col("next_activity", "col.next", |d: &DealView, l| {
            date(d.next_activity, l)
        })
        .toned(|d, today| {
            // A closed deal has no next step to be late with (as in the TUI).
            let late = d.stage_kind == "open" && d.next_activity.is_some_and(|n| n < today);
            if late { Tone::Overdue } else { Tone::Plain }
        }),
        col("last_activity", "col.last", |d: &DealView, l| {
            time(d.last_activity, l)
        })
        .marked(|d| d.rotting)
        .toned(|d, _| {
            if d.rotting {
                Tone::Overdue
            } else {
                Tone::Plain
            }
        }),
        extra("contact_id", "col.contact_id", |d, _| {
            d.contact_id.to_string()
        }),
        extra("stage_kind", "col.stage_kind", |d, _| {
            d.stage_kind.to_owned()
        }),
        extra("source", "col.source", |d, _| opt(&d.source)),
        extra("currency", "col.currency", |d, _| opt(&d.currency)),
        extra("tags", "col.tags", |d, _| d.tags.join(",")),
        extra("campaign_id", "col.campaign_id", |d, _| {
            d.campaign_id.map(|c| c.to_string()).unwrap_or_default()
        }),
        extra("loss_reason", "col.loss_reason", |d, _| opt(&d.loss_reason)),
        extra("created", "col.created", |d, _| d.created.to_rfc3339()),
        extra("closed", "col.closed", |d, _| {
            d.closed.map(|c| c.to_rfc3339()).unwrap_or_default()
        }),
        extra("expected_close", "col.expected", |d, _| {
            d.expected_close.map(|e| e.to_string()).unwrap_or_default()
        }),
        extra("days_in_stage", "col.days_in_stage", |d, _| {
            d.days_in_stage.to_string()
        }),
        extra("rotting", "col.rotting", |d, _| d.rotting.to_string()),
    ]
}

pub fn contact_columns() -> Vec<Column<ContactView>> {
    vec![
        col("id", "col.id", |c, _| c.id.to_string()),
        col("name", "col.name", |c, _| c.name.clone()),
        col("kind", "col.kind", |c, l| {
            tr(
                l,
                if c.kind == "company" {
                    "kind.company"
                } else {
                    "kind.person"
                },
            )
            .to_owned()
        }),
        col("status", "col.status", |c, _| opt(&c.status)),
        col("source", "col.source", |c, _| opt(&c.source)),
        col("city", "col.city", |c, _| opt(&c.city)),
        col("end_reason", "col.end_reason", |c, _| opt(&c.end_reason)),
        extra("company_id", "col.company_id", |c, _| {
            c.company_id.map(|x| x.to_string()).unwrap_or_default()
        }),
        extra("email", "col.email", |c, _| opt(&c.email)),
        extra("phone", "col.phone", |c, _| opt(&c.phone)),
        extra("nip", "col.nip", |c, _| opt(&c.nip)),
        // In tables too, where it shows beside the end reason (the columns between are
        // CSV/JSON only): when the cooperation ended (issue 18 item 6). Kept in this place
        // so the CSV's columns stay where scripts expect them.
        col("ended", "col.ended", |c, l| date(c.ended, l)),
        extra("tags", "col.tags", |c, _| c.tags.join(",")),
        extra("roles", "col.roles", |c, _| c.roles.join(",")),
        extra("created", "col.created", |c, _| c.created.to_rfc3339()),
    ]
}

pub fn campaign_columns() -> Vec<Column<CampaignView>> {
    vec![
        col("id", "col.id", |c, _| c.id.to_string()),
        col("name", "col.name", |c, _| c.name.clone()),
        col("deals", "col.deals", |c, _| c.deals.to_string()),
        col("open_value", "col.open_value", |c, _| c.open_value.clone()),
        col("won_value", "col.won_value", |c, _| c.won_value.clone()),
        col("lost_value", "col.lost_value", |c, _| c.lost_value.clone()),
        extra("goals", "col.goals", |c, _| opt(&c.goals)),
        extra("tags", "col.tags", |c, _| c.tags.join(",")),
        extra("created", "col.created", |c, _| c.created.to_rfc3339()),
    ]
}

pub fn task_columns() -> Vec<Column<TaskView>> {
    vec![
        col("id", "col.id", |t, _| t.id.to_string()),
        col("due", "col.due", |t: &TaskView, l| match t.due {
            Some(d) if d.time() == chrono::NaiveTime::MIN => format_date(d.date(), l),
            Some(d) => format!("{} {}", format_date(d.date(), l), d.time().format("%H:%M")),
            None => String::new(),
        })
        .toned(|t, today| {
            let late = t.done_at.is_none() && t.due.is_some_and(|d| d.date() < today);
            if late { Tone::Overdue } else { Tone::Plain }
        }),
        col("title", "col.title", |t, _| t.title.clone()),
        col("kind", "col.kind", |t, l| {
            tr(
                l,
                if t.kind == "meeting" {
                    "kind.meeting"
                } else {
                    "kind.task"
                },
            )
            .to_owned()
        }),
        col("assignee", "col.assignee", |t, _| t.assignee.clone()),
        col("done_at", "col.done", |t, l| {
            t.done_at.map(|d| time(d, l)).unwrap_or_default()
        }),
        extra("deal_id", "col.deal_id", |t, _| {
            t.deal_id.map(|x| x.to_string()).unwrap_or_default()
        }),
        extra("campaign_id", "col.campaign_id", |t, _| {
            t.campaign_id.map(|x| x.to_string()).unwrap_or_default()
        }),
    ]
}

/// Render rows as a table (table columns only, translated headers) or CSV (all columns).
pub fn render_rows<V>(cols: &[Column<V>], rows: &[V], lang: Lang, csv: bool) -> String {
    if csv {
        let headers: Vec<&str> = cols.iter().map(|c| c.id).collect();
        let data: Vec<Vec<String>> = rows
            .iter()
            .map(|r| cols.iter().map(|c| (c.cell)(r, lang)).collect())
            .collect();
        super::table::csv(&headers, &data)
    } else {
        let shown: Vec<&Column<V>> = cols.iter().filter(|c| c.in_table).collect();
        let headers: Vec<String> = shown.iter().map(|c| tr(lang, c.label).to_owned()).collect();
        let data: Vec<Vec<String>> = rows
            .iter()
            .map(|r| {
                shown
                    .iter()
                    .map(|c| match c.mark {
                        Some(marked) if marked(r) => format!("{MARK}{}", (c.cell)(r, lang)),
                        _ => (c.cell)(r, lang),
                    })
                    .collect()
            })
            .collect();
        if !color::tables() {
            return super::table::table(&headers, &data);
        }
        // The CLI's clock (LEJEK_NOW in tests), as the filter's `next:overdue` uses.
        let today = Clock::from_env().today();
        super::table::toned_table(&headers, &data, |r, c| match shown[c].tone {
            Some(tone) => tone(&rows[r], today),
            None => Tone::Plain,
        })
    }
}
