//! A user's agenda (issue 19 item 6): for today and the days ahead, grouped by day, their
//! open tasks and meetings due, their open deals whose next activity is due (overdue ones
//! under today, marked so, D7) and their rotting deals. Assembled here, once, from the same
//! list queries every front end asks (`AgendaSource`: the backend, a server's or this
//! process's service), so the CLI prints it, `digest` mails it and the TUI can show it.

use chrono::{Days, NaiveDate, NaiveTime};
use sha2::{Digest, Sha256};

use super::query::ListQuery;
use super::views::{DealView, TaskView};
use super::{Result, Service};
use crate::model::{Id, User};

/// The longest agenda asked for: a year ahead.
pub const MAX_DAYS: u32 = 366;

/// Where an agenda's records come from: the list queries of the one door.
pub trait AgendaSource {
    /// Tasks matching a list query (`task list --filter ...`).
    fn agenda_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>>;
    /// Deals matching a list query (`deal list --filter ...`).
    fn agenda_deals(&self, q: &ListQuery) -> Result<Vec<DealView>>;
}

impl AgendaSource for Service {
    fn agenda_tasks(&self, q: &ListQuery) -> Result<Vec<TaskView>> {
        self.list_tasks(q)
    }
    fn agenda_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
        self.list_deals(q)
    }
}

/// What an agenda line is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Task,
    Meeting,
    /// A deal's next-activity date (D7).
    NextActivity,
    /// A deal nobody touched for longer than its stage allows (issue 19 item 2).
    Rotting,
}

impl ItemKind {
    /// The name scripts read (`agenda --format json`: `kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Task => "task",
            ItemKind::Meeting => "meeting",
            ItemKind::NextActivity => "next_activity",
            ItemKind::Rotting => "rotting",
        }
    }
}

/// One line of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    /// The task's id for a task or meeting, the deal's for the others.
    pub id: Id,
    pub title: String,
    /// The day it is due (a rotting deal has none: it is due now).
    pub due: Option<NaiveDate>,
    /// The time of day of a task or meeting given one; a due at midnight is the whole day.
    pub time: Option<NaiveTime>,
    /// Due before today (and so listed under today).
    pub overdue: bool,
    pub deal_id: Option<Id>,
    /// The deal's contact, for a deal's lines.
    pub contact: Option<String>,
}

impl Item {
    /// What names the line's record in a calendar UID, the same on every run and machine:
    /// `task-42` (tasks and meetings share ids), `deal-17-next`, `deal-17-rotting`.
    pub fn uid_stem(&self) -> String {
        match self.kind {
            ItemKind::Task | ItemKind::Meeting => format!("task-{}", self.id),
            ItemKind::NextActivity => format!("deal-{}-next", self.id),
            ItemKind::Rotting => format!("deal-{}-rotting", self.id),
        }
    }

    /// Ordering within a day: what is overdue (oldest first), then the day's whole-day
    /// lines, then its timed ones by time, then rotting deals.
    fn order(&self) -> (u8, Option<NaiveDate>, Option<NaiveTime>, ItemKind, Id) {
        let rank = match (self.overdue, self.kind) {
            (true, _) => 0,
            (false, ItemKind::Rotting) => 2,
            _ => 1,
        };
        (rank, self.due, self.time, self.kind, self.id)
    }
}

/// One day of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub items: Vec<Item>,
}

/// A user's agenda: every day from today to `today + days`, empty ones included (the
/// front end decides what to show of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    pub login: String,
    pub today: NaiveDate,
    pub days: Vec<Day>,
}

/// The agenda of `login` from `today` through `days` days ahead (0: today only).
pub fn build(src: &dyn AgendaSource, login: &str, today: NaiveDate, days: u32) -> Result<Agenda> {
    let days = days.min(MAX_DAYS);
    let last = today
        .checked_add_days(Days::new(u64::from(days)))
        .unwrap_or(today);
    let mut items = tasks_due(src, login, today, last)?;
    items.extend(deals_due(src, login, today, last)?);
    items.extend(rotting_deals(src, login)?.into_iter().map(rotting_item));
    let mut out: Vec<Day> = (0..=u64::from(days))
        .filter_map(|n| today.checked_add_days(Days::new(n)))
        .map(|date| Day {
            date,
            items: Vec::new(),
        })
        .collect();
    for item in items {
        // Overdue and rotting lines are today's business.
        let on = match item.due {
            Some(d) if d > today => d,
            _ => today,
        };
        if let Some(day) = out.iter_mut().find(|d| d.date == on) {
            day.items.push(item);
        }
    }
    for day in &mut out {
        day.items.sort_by_key(Item::order);
    }
    Ok(Agenda {
        login: login.to_owned(),
        today,
        days: out,
    })
}

/// A list query for `login` (its `owner:me` is them).
fn query(filter: String, login: &str) -> ListQuery {
    ListQuery {
        filter,
        sort: None,
        me: login.to_owned(),
        limit: None,
        offset: 0,
    }
}

/// A login as a filter value: quoted, so any login is one value.
fn quoted(login: &str) -> String {
    format!("\"{}\"", login.replace('"', ""))
}

fn tasks_due(
    src: &dyn AgendaSource,
    login: &str,
    today: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<Item>> {
    let filter = format!("assignee:{} done:no due<={last}", quoted(login));
    let tasks = src.agenda_tasks(&query(filter, login))?;
    Ok(tasks
        .into_iter()
        // A text field matches a part of it: keep the login's own tasks only.
        .filter(|t| t.assignee == login && t.done_at.is_none())
        .filter_map(|t| {
            let due = t.due?;
            let kind = match t.kind {
                "meeting" => ItemKind::Meeting,
                _ => ItemKind::Task,
            };
            Some(Item {
                kind,
                id: t.id,
                title: t.title,
                due: Some(due.date()),
                time: (due.time() != NaiveTime::MIN).then_some(due.time()),
                overdue: due.date() < today,
                deal_id: t.deal_id,
                contact: None,
            })
        })
        .filter(|i| i.due.is_some_and(|d| d <= last))
        .collect())
}

fn deals_due(
    src: &dyn AgendaSource,
    login: &str,
    today: NaiveDate,
    last: NaiveDate,
) -> Result<Vec<Item>> {
    let filter = format!("owner:{} stage_kind:open next<={last}", quoted(login));
    let deals = src.agenda_deals(&query(filter, login))?;
    Ok(deals
        .into_iter()
        .filter(|d| d.owner == login && d.stage_kind == "open")
        .filter_map(|d| {
            let next = d.next_activity.filter(|n| *n <= last)?;
            Some(Item {
                kind: ItemKind::NextActivity,
                id: d.id,
                title: d.title,
                due: Some(next),
                time: None,
                overdue: next < today,
                deal_id: Some(d.id),
                contact: Some(d.contact),
            })
        })
        .collect())
}

fn rotting_item(d: DealView) -> Item {
    Item {
        kind: ItemKind::Rotting,
        id: d.id,
        title: d.title,
        due: None,
        time: None,
        overdue: false,
        deal_id: Some(d.id),
        contact: Some(d.contact),
    }
}

/// The open deals of `login` that rot: the deal query `rotting:yes owner:LOGIN`. The one
/// place the agenda learns of rotting deals, so the filter word decides what rots.
///
/// The filter word `rotting:` comes with issue 19 item 2 (stage rot days, another change
/// made at the same time as this one). Until it exists the query is refused as bad input
/// (exit 2), and this answers "no rotting deal" — here only: every other error, and any
/// error anywhere else in the agenda, is the caller's. Once `rotting:` is in the filter
/// language this function needs no change.
pub fn rotting_deals(src: &dyn AgendaSource, login: &str) -> Result<Vec<DealView>> {
    let filter = format!("rotting:yes owner:{}", quoted(login));
    match src.agenda_deals(&query(filter, login)) {
        Ok(deals) => Ok(deals
            .into_iter()
            .filter(|d| d.owner == login && d.stage_kind == "open")
            .collect()),
        // Bad input is the unknown filter word (the rest of the query is ours and valid).
        Err(e) if e.exit_code() == 2 => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// The domain of this database's calendar UIDs (`task-42@<domain>`): the same on every
/// machine and run, different for another database. Drawn from the first user (the admin
/// `init` made: users are never removed, their creation time never changes), hashed so it
/// says nothing of them.
pub fn calendar_domain(users: &[User]) -> String {
    let first = users
        .iter()
        .min_by(|a, b| (a.created, a.login.as_str()).cmp(&(b.created, b.login.as_str())));
    let seed = first
        .map(|u| format!("{}\n{}", u.login, u.created.to_rfc3339()))
        .unwrap_or_default();
    let hash = Sha256::digest(seed.as_bytes());
    let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{hex}.lejek")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::i18n::Message;

    /// A source whose deal query refuses the filter (as before `rotting:` exists) or fails.
    struct Refusing {
        bad_input: bool,
    }

    impl AgendaSource for Refusing {
        fn agenda_tasks(&self, _: &ListQuery) -> Result<Vec<TaskView>> {
            Ok(Vec::new())
        }
        fn agenda_deals(&self, q: &ListQuery) -> Result<Vec<DealView>> {
            assert!(q.filter.contains("owner:\"anna\""), "{}", q.filter);
            match self.bad_input {
                true => Err(Error::Invalid(Message::new("filter.unknown_field"))),
                false => Err(Error::Store("disk".into())),
            }
        }
    }

    #[test]
    fn an_unknown_rotting_word_means_no_rotting_deal_but_a_failure_stays_one() {
        let none = rotting_deals(&Refusing { bad_input: true }, "anna");
        assert!(matches!(none, Ok(v) if v.is_empty()));
        let failed = rotting_deals(&Refusing { bad_input: false }, "anna");
        assert!(failed.is_err());
    }

    #[test]
    fn a_failing_next_activity_query_is_not_hidden() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        // The deals-due query fails as bad input too: only the rotting query may hide it.
        assert!(build(&Refusing { bad_input: true }, "anna", today, 7).is_err());
    }

    #[test]
    fn the_calendar_domain_follows_the_first_user_only() {
        let at = |s: &str| {
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|t| t.with_timezone(&chrono::Utc))
                .unwrap_or_default()
        };
        let user = |login: &str, created: &str| User {
            login: login.into(),
            name: login.into(),
            admin: false,
            created: at(created),
        };
        let admin = user("admin", "2026-01-01T10:00:00Z");
        let later = user("anna", "2026-02-01T10:00:00Z");
        let one = calendar_domain(&[later.clone(), admin.clone()]);
        assert_eq!(one, calendar_domain(std::slice::from_ref(&admin)));
        assert!(one.ends_with(".lejek") && one.len() == 16 + 6, "{one}");
        assert_ne!(one, calendar_domain(&[later]));
    }
}
