//! Turning typed arguments into values: money, dates, kinds. Errors are bad input (exit 2).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::bad;
use crate::model::date_input::parse_date;
use crate::model::money::parse_amount;
use crate::model::{ContactKind, Money, TaskKind};
use crate::service::Result;

/// An amount for a new record; `currency` (`--currency`) or else the config file's
/// `currency` (PLN by default) applies when the amount does not name one. An amount that
/// names another currency than `--currency` is refused, not guessed at.
pub fn money(s: &str, currency: Option<&str>) -> Result<Money> {
    money_for(s, currency, None)
}

/// A new value for deal `deal`, whose value is `current`: its currency is kept unless
/// `--currency` changes it. `--value 600` on a deal in EUR is 600 EUR, and `--value
/// "600 USD"` on it is refused without `--currency USD`: a currency switched by a pasted
/// amount would silently mix currencies in the pipeline's totals (issue 15 item 14).
pub fn money_for(s: &str, currency: Option<&str>, current: Option<(u64, &Money)>) -> Result<Money> {
    let flag = currency.map(|c| c.trim().to_uppercase());
    if let Some(c) = &flag
        && (c.len() != 3 || !c.chars().all(|c| c.is_ascii_uppercase()))
    {
        return Err(bad("err.bad_currency", &[c]));
    }
    let (minor, written) = parse_amount(s)?;
    let currency = match (written, flag, current) {
        (Some(w), Some(f), _) if w != f => {
            return Err(bad("limits.money.currency_conflict", &[&s.trim(), &w, &f]));
        }
        (Some(w), None, Some((id, now))) if w != now.currency => {
            return Err(bad(
                "limits.money.currency_switch",
                &[&id, &now.currency, &s.trim(), &w],
            ));
        }
        (Some(w), _, _) => w.to_owned(),
        (None, Some(f), _) => f,
        (None, None, Some((_, now))) => now.currency.clone(),
        (None, None, None) => crate::config::current().currency().trim().to_uppercase(),
    };
    Ok(Money { minor, currency })
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
    crate::service::validate::contact_kind(s)
}

pub fn task_kind(s: &str) -> Result<TaskKind> {
    match crate::text::fold(s.trim()).as_str() {
        "task" | "zadanie" => Ok(TaskKind::Task),
        "meeting" | "spotkanie" => Ok(TaskKind::Meeting),
        _ => Err(bad("err.bad_task_kind", &[&s])),
    }
}
