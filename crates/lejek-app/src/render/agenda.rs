//! A user's agenda as the CLI prints it (issue 19 item 6): text by day for people, CSV
//! and JSON for scripts; the iCalendar file is `ics.rs`. Stored text goes through `safe`,
//! so a task titled with escape sequences cannot act on the terminal.

use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use crate::i18n::{Lang, tr, trf};
use crate::model::date_format::format_date;
use crate::service::agenda::{Agenda, Item, ItemKind};

/// `agenda --format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AgendaFormat {
    Table,
    Csv,
    Json,
    /// iCalendar (RFC 5545), for calendar apps.
    Ics,
}

/// `task`, `spotkanie`, … in the user's language.
pub fn kind_label(kind: ItemKind, lang: Lang) -> &'static str {
    match kind {
        ItemKind::Task => tr(lang, "agenda.kind.task"),
        ItemKind::Meeting => tr(lang, "agenda.kind.meeting"),
        ItemKind::NextActivity => tr(lang, "agenda.kind.next_activity"),
        ItemKind::Rotting => tr(lang, "agenda.kind.rotting"),
    }
}

/// What a line says of its record: `#17 Kalendarze firmowe · Drukarnia Łódź`, and for
/// an overdue one `(zaległe od 25.11.2026)`. Raw stored text: callers make it safe for
/// where it goes.
pub fn line_text(i: &Item, lang: Lang) -> String {
    let mut s = format!("#{} {}", i.id, i.title);
    if let Some(c) = &i.contact {
        s.push_str(" · ");
        s.push_str(c);
    }
    if i.overdue
        && let Some(due) = i.due
    {
        s.push_str(&format!(
            " ({})",
            trf(lang, "agenda.overdue", &[&format_date(due, lang)])
        ));
    }
    s
}

/// `sobota 28.11.2026 (dziś)`.
pub fn day_heading(date: NaiveDate, today: NaiveDate, lang: Lang) -> String {
    const DAYS: [&str; 7] = [
        "agenda.wd.1",
        "agenda.wd.2",
        "agenda.wd.3",
        "agenda.wd.4",
        "agenda.wd.5",
        "agenda.wd.6",
        "agenda.wd.7",
    ];
    let wd = DAYS[date.weekday().num_days_from_monday() as usize];
    let mut s = format!("{} {}", tr(lang, wd), format_date(date, lang));
    if date == today {
        s.push_str(&format!(" ({})", tr(lang, "agenda.today")));
    } else if today.succ_opt() == Some(date) {
        s.push_str(&format!(" ({})", tr(lang, "agenda.tomorrow")));
    }
    s
}

/// The agenda as text: a heading per day (today always, other days when something is
/// due), a line per item.
pub fn text(a: &Agenda, lang: Lang) -> String {
    let mut out = String::new();
    for day in &a.days {
        if day.items.is_empty() && day.date != a.today {
            continue;
        }
        out.push_str(&day_heading(day.date, a.today, lang));
        out.push('\n');
        if day.items.is_empty() {
            out.push_str(&format!("  {}\n", tr(lang, "agenda.nothing")));
        }
        for i in &day.items {
            let time = i
                .time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default();
            out.push_str(&format!(
                "  {:<5}  {}: {}\n",
                time,
                kind_label(i.kind, lang),
                crate::render::safe(&line_text(i, lang))
            ));
        }
    }
    out
}

/// Every day of the range with its items, for `--format json`; `uid` is the calendar
/// event's UID (`ics.rs`).
pub fn json_value(a: &Agenda, domain: &str) -> Value {
    let days: Vec<Value> = a
        .days
        .iter()
        .map(|d| {
            json!({
                "date": d.date.to_string(),
                "items": d.items.iter().map(|i| item_json(i, domain)).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "user": a.login, "today": a.today.to_string(), "days": days })
}

fn item_json(i: &Item, domain: &str) -> Value {
    json!({
        "kind": i.kind.as_str(),
        "id": i.id,
        "uid": format!("{}@{domain}", i.uid_stem()),
        "title": i.title,
        "due": i.due.map(|d| d.to_string()),
        "time": i.time.map(|t| t.format("%H:%M").to_string()),
        "overdue": i.overdue,
        "deal_id": i.deal_id,
        "contact": i.contact,
    })
}

/// One row per item, with the day it is listed under.
pub fn csv(a: &Agenda) -> String {
    let rows: Vec<Vec<String>> = a
        .days
        .iter()
        .flat_map(|d| {
            d.items.iter().map(move |i| {
                vec![
                    d.date.to_string(),
                    i.kind.as_str().to_owned(),
                    i.id.to_string(),
                    i.title.clone(),
                    i.due.map(|x| x.to_string()).unwrap_or_default(),
                    i.time
                        .map(|t| t.format("%H:%M").to_string())
                        .unwrap_or_default(),
                    i.overdue.to_string(),
                    i.deal_id.map(|x| x.to_string()).unwrap_or_default(),
                    i.contact.clone().unwrap_or_default(),
                ]
            })
        })
        .collect();
    super::table::csv(
        &[
            "day", "kind", "id", "title", "due", "time", "overdue", "deal_id", "contact",
        ],
        &rows,
    )
}
