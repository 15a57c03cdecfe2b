//! Turning typed arguments into values: money, dates, kinds. Errors are bad input (exit 2).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::bad;
use crate::model::date_input::parse_date;
use crate::model::money::parse_money;
use crate::model::{ContactKind, Money, TaskKind};
use crate::service::Result;

/// An amount; `currency` (`--currency`) or else the config file's `currency` (PLN by
/// default) applies when the amount does not name one.
pub fn money(s: &str, currency: Option<&str>) -> Result<Money> {
    let default = crate::config::current().currency();
    let cur = currency.unwrap_or(default).trim().to_uppercase();
    if cur.len() != 3 || !cur.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(bad("err.bad_currency", &[&cur]));
    }
    Ok(parse_money(s, &cur)?)
}

pub fn date(s: &str, today: NaiveDate) -> Result<NaiveDate> {
    Ok(parse_date(s, today)?)
}

/// A date with an optional `HH:MM` after a space or `T`.
pub fn date_time(s: &str, today: NaiveDate) -> Result<NaiveDateTime> {
    let s = s.trim();
    let split = s
        .rsplit_once(' ')
        .or_else(|| s.rsplit_once('T'))
        .filter(|(_, t)| t.contains(':'));
    match split {
        Some((d, t)) => {
            let time = NaiveTime::parse_from_str(t.trim(), "%H:%M")
                .map_err(|_| bad("err.bad_time", &[&t]))?;
            Ok(date(d, today)?.and_time(time))
        }
        None => Ok(date(s, today)?.and_time(NaiveTime::MIN)),
    }
}

pub fn contact_kind(s: &str) -> Result<ContactKind> {
    match crate::text::fold(s.trim()).as_str() {
        "company" | "firma" => Ok(ContactKind::Company),
        "person" | "osoba" => Ok(ContactKind::Person),
        _ => Err(bad("err.bad_kind", &[&s])),
    }
}

pub fn task_kind(s: &str) -> Result<TaskKind> {
    match crate::text::fold(s.trim()).as_str() {
        "task" | "zadanie" => Ok(TaskKind::Task),
        "meeting" | "spotkanie" => Ok(TaskKind::Meeting),
        _ => Err(bad("err.bad_task_kind", &[&s])),
    }
}
