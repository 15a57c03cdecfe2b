//! The table columns of each view: header (catalogue key), width, the filter field it sorts
//! by, and the cell text. Cells are computed when drawn, from rows already in memory.

use chrono::NaiveDate;
use ratatui::layout::Constraint;

use super::rows::{InboxRow, ReportRow};
use crate::i18n::{Lang, tr};
use crate::model::date_format::format_date;
use crate::model::money::format_money;
use crate::service::clock::local_date;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// How a cell wants to look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Overdue,
    Won,
    Lost,
    Dim,
}

pub struct Col<R> {
    pub header: &'static str,
    pub width: Constraint,
    /// The filter-schema field this column sorts by.
    pub sort: &'static str,
    pub right: bool,
    /// The column is hidden when the list pane is narrower than this.
    pub hide_below: u16,
    pub cell: fn(&R, Lang, NaiveDate) -> (String, Tone),
}

fn c<R>(
    header: &'static str,
    width: Constraint,
    sort: &'static str,
    cell: fn(&R, Lang, NaiveDate) -> (String, Tone),
) -> Col<R> {
    Col {
        header,
        width,
        sort,
        right: false,
        hide_below: 0,
        cell,
    }
}

impl<R> Col<R> {
    fn hide_below(mut self, width: u16) -> Col<R> {
        self.hide_below = width;
        self
    }
}

fn plain(s: impl Into<String>) -> (String, Tone) {
    (s.into(), Tone::Plain)
}

fn date(d: Option<NaiveDate>, lang: Lang) -> String {
    d.map(|d| format_date(d, lang)).unwrap_or_default()
}

pub fn deal_columns() -> Vec<Col<DealView>> {
    let mut value = c(
        "col.value",
        Constraint::Length(14),
        "value",
        |d: &DealView, l, _| {
            plain(
                d.deal
                    .value
                    .as_ref()
                    .map(|m| format_money(m, l))
                    .unwrap_or_default(),
            )
        },
    );
    value.right = true;
    vec![
        c("col.title", Constraint::Fill(3), "title", |d, _, _| {
            plain(d.title.clone())
        }),
        c("col.contact", Constraint::Fill(2), "contact", |d, _, _| {
            plain(d.contact.clone())
        }),
        c(
            "col.owner",
            Constraint::Length(8),
            "owner",
            |d: &DealView, _, _| plain(d.owner.clone()),
        )
        .hide_below(90),
        c("col.stage", Constraint::Length(12), "stage", |d, _, _| {
            let tone = match d.stage_kind {
                "won" => Tone::Won,
                "lost" => Tone::Lost,
                _ => Tone::Plain,
            };
            (d.stage.clone(), tone)
        }),
        value,
        c("hdr.next", Constraint::Length(10), "next", |d, l, today| {
            let overdue = d.stage_kind == "open" && d.next_activity.is_some_and(|n| n < today);
            (
                date(d.next_activity, l),
                if overdue { Tone::Overdue } else { Tone::Plain },
            )
        }),
        // Days in the current stage, for open deals (issue 19 item 2), where there is room.
        c(
            "hdr.in_stage",
            Constraint::Length(8),
            "instage",
            |d: &DealView, _, _| match d.stage_kind {
                "open" => plain(d.days_in_stage.to_string()),
                _ => plain(""),
            },
        )
        .hide_below(120),
        // A rotting deal's last activity carries the mark the CLI uses, so it shows without
        // colour too.
        c(
            "hdr.last",
            Constraint::Length(12),
            "last",
            |d: &DealView, l, _| {
                let day = date(Some(local_date(d.last_activity)), l);
                if d.rotting {
                    (
                        format!("{}{day}", crate::render::columns::MARK),
                        Tone::Overdue,
                    )
                } else {
                    plain(day)
                }
            },
        )
        .hide_below(100),
    ]
}

pub fn contact_columns() -> Vec<Col<ContactView>> {
    vec![
        c("col.name", Constraint::Fill(3), "name", |r, _, _| {
            plain(r.name.clone())
        }),
        c(
            "col.kind",
            Constraint::Length(8),
            "kind",
            |r: &ContactView, l, _| {
                plain(tr(
                    l,
                    if r.kind == "company" {
                        "kind.company"
                    } else {
                        "kind.person"
                    },
                ))
            },
        ),
        c("hdr.status", Constraint::Length(11), "status", |r, _, _| {
            plain(r.status.clone().unwrap_or_default())
        }),
        c(
            "col.source",
            Constraint::Length(12),
            "source",
            |r: &ContactView, _, _| plain(r.source.clone().unwrap_or_default()),
        )
        .hide_below(90),
        c("col.city", Constraint::Length(13), "city", |r, _, _| {
            plain(r.city.clone().unwrap_or_default())
        }),
        c(
            "hdr.end_reason",
            Constraint::Length(12),
            "reason",
            |r, _, _| (r.end_reason.clone().unwrap_or_default(), Tone::Lost),
        ),
        // C4's date beside its reason (issue 18 item 6), where there is room.
        c(
            "col.ended",
            Constraint::Length(10),
            "ended",
            |r: &ContactView, l, _| (date(r.ended, l), Tone::Lost),
        )
        .hide_below(100),
    ]
}

pub fn campaign_columns() -> Vec<Col<CampaignView>> {
    let mut cols = vec![
        c(
            "col.name",
            Constraint::Fill(3),
            "name",
            |r: &CampaignView, _, _| plain(r.name.clone()),
        ),
        c("col.deals", Constraint::Length(7), "deals", |r, _, _| {
            plain(r.deals.to_string())
        }),
        c(
            "hdr.open_value",
            Constraint::Length(16),
            "deals",
            |r, l, _| plain(fmt_money(&r.open_value, l)),
        ),
        c(
            "hdr.won_value",
            Constraint::Length(16),
            "deals",
            |r, l, _| (fmt_money(&r.won_value, l), Tone::Won),
        ),
        c(
            "hdr.lost_value",
            Constraint::Length(16),
            "deals",
            |r, l, _| (fmt_money(&r.lost_value, l), Tone::Lost),
        ),
    ];
    for col in cols.iter_mut().skip(1) {
        col.right = true;
    }
    cols
}

/// A money amount kept as a decimal string (campaign totals), in the user's format.
pub(crate) fn fmt_money(decimal: &str, l: Lang) -> String {
    crate::model::money::parse_money(decimal, "PLN")
        .map(|m| format_money(&m, l))
        .unwrap_or_else(|_| decimal.to_owned())
}

pub fn task_columns() -> Vec<Col<TaskView>> {
    vec![
        c("col.due", Constraint::Length(16), "due", |t, l, today| {
            let text = match t.due {
                Some(d) if d.time() == chrono::NaiveTime::MIN => format_date(d.date(), l),
                Some(d) => format!("{} {}", format_date(d.date(), l), d.time().format("%H:%M")),
                None => String::new(),
            };
            let overdue = t.done_at.is_none() && t.due.is_some_and(|d| d.date() < today);
            (text, if overdue { Tone::Overdue } else { Tone::Plain })
        }),
        c("col.title", Constraint::Fill(3), "title", |t, _, _| {
            plain(t.title.clone())
        }),
        c("col.kind", Constraint::Length(10), "kind", |t, l, _| {
            plain(tr(
                l,
                if t.kind == "meeting" {
                    "kind.meeting"
                } else {
                    "kind.task"
                },
            ))
        }),
        c(
            "hdr.assignee",
            Constraint::Length(10),
            "assignee",
            |t, _, _| plain(t.assignee.clone()),
        ),
        c("col.done", Constraint::Length(10), "done_at", |t, l, _| {
            (
                t.done_at
                    .map(|d| format_date(local_date(d), l))
                    .unwrap_or_default(),
                Tone::Dim,
            )
        }),
    ]
}

pub fn inbox_columns() -> Vec<Col<InboxRow>> {
    vec![
        c("col.unread", Constraint::Length(2), "unread", |r, _, _| {
            plain(if r.read { " " } else { "•" })
        }),
        c("col.when", Constraint::Length(16), "unread", |r, l, _| {
            let local = r.at.with_timezone(&chrono::Local);
            plain(format!(
                "{} {}",
                format_date(local_date(r.at), l),
                local.format("%H:%M")
            ))
        }),
        c("col.actor", Constraint::Length(10), "actor", |r, _, _| {
            plain(r.actor.clone())
        }),
        c("col.record", Constraint::Fill(2), "unread", |r, _, _| {
            plain(r.record.clone())
        }),
        c("col.what", Constraint::Fill(3), "unread", |r, _, _| {
            plain(r.text.clone())
        }),
    ]
}

pub fn report_columns() -> Vec<Col<ReportRow>> {
    vec![
        c("col.id", Constraint::Length(4), "", |r, _, _| {
            plain(format!("R{}", r.id))
        }),
        c("col.name", Constraint::Length(22), "", |r, _, _| {
            plain(r.name)
        }),
        c("col.title", Constraint::Fill(1), "", |r, _, _| {
            plain(r.title.clone())
        }),
    ]
}
