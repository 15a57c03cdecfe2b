//! The detail pane's content for the record under the cursor: tabs of ready-made lines,
//! built from the service when the cursor moves, so drawing never touches the store.

use super::columns::fmt_money;
use crate::backend::Backend;
use crate::comms::retry::open_failures;
use crate::i18n::{Lang, tr};
use crate::model::date_format::format_date;
use crate::model::money::format_money;
use crate::model::{EntityKind, EntityRef, FieldOn};
use crate::render::columns::MARK;
use crate::render::history::{describe, entity_label, when};
use crate::service::Result;
use crate::service::clock::local_date;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Overview,
    History,
    Notes,
    Discussion,
    Files,
    Tasks,
    Deals,
}

impl Tab {
    pub fn label_key(self) -> &'static str {
        match self {
            Tab::Overview => "tab.overview",
            Tab::History => "tab.history",
            Tab::Notes => "tab.notes",
            Tab::Discussion => "tab.discussion",
            Tab::Files => "tab.files",
            Tab::Tasks => "tab.tasks",
            Tab::Deals => "tab.deals",
        }
    }
}

/// What a card line leads to: Enter on it in the zoomed card goes there (issue 18 item 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// Another record: the card of that record, in its own view.
    Record(EntityRef),
    /// A note on record `on`: Enter edits it (its author), the remove key removes it.
    Note { on: EntityRef, id: u64 },
    /// A discussion comment on record `on`, as a note.
    Comment { on: EntityRef, id: u64 },
    /// A file attached to `on`: Enter shows it, the edit key saves it elsewhere.
    File { on: EntityRef, id: u64 },
    /// Contact `other`, a possible duplicate of contact `keep` whose card shows it (issue
    /// 20 item 2): Enter goes to it, the merge key merges it into `keep`.
    Duplicate { keep: u64, other: u64 },
}

/// One line of a tab: a label (may be empty) and text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub label: String,
    pub text: String,
    /// Bad news to see at once (a message that was not sent): drawn as an error.
    pub alert: bool,
    pub link: Option<Link>,
}

fn kv(label: &str, text: impl Into<String>) -> Line {
    Line {
        label: label.to_owned(),
        text: text.into(),
        alert: false,
        link: None,
    }
}

/// A line that leads to record `id` of `kind`.
fn linked(line: Line, kind: EntityKind, id: u64) -> Line {
    Line {
        link: Some(Link::Record(EntityRef { kind, id })),
        ..line
    }
}

fn text(t: impl Into<String>) -> Line {
    kv("", t)
}

#[derive(Clone, Debug, Default)]
pub struct Detail {
    pub title: String,
    pub on: Option<EntityRef>,
    pub tabs: Vec<(Tab, Vec<Line>)>,
}

/// A line per custom value the record has, labelled in `lang` (issue 20).
fn custom_lines(
    svc: &Backend,
    on: FieldOn,
    values: &std::collections::BTreeMap<String, crate::model::CustomValue>,
    lang: Lang,
) -> Result<Vec<Line>> {
    if values.is_empty() {
        return Ok(Vec::new());
    }
    let defs = svc.field_defs()?;
    Ok(
        crate::model::custom_field::card_lines(&defs, on, values, lang)
            .into_iter()
            .map(|(label, value)| kv(&label, value))
            .collect(),
    )
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn history_lines(svc: &Backend, events: &[crate::model::Event], lang: Lang) -> Vec<Line> {
    let failed = open_failure_seqs(events);
    let mut out: Vec<Line> = events
        .iter()
        .map(|ev| Line {
            alert: failed.contains(&ev.seq),
            ..kv(
                &format!("{} {}", when(ev, lang), ev.actor),
                describe(svc, ev, lang),
            )
        })
        .collect();
    // Newest first: the latest work matters most on a card.
    out.reverse();
    out
}

/// The history entries of e-mails and SMS that failed and were not sent since (D12).
fn open_failure_seqs(events: &[crate::model::Event]) -> Vec<u64> {
    open_failures(events).iter().map(|(seq, _)| *seq).collect()
}

/// A deal's open failed sends, newest first, for the top of its overview: `✗` and when,
/// then the history's own words ("e-mail to … NOT sent: why").
fn failure_lines(svc: &Backend, events: &[crate::model::Event], lang: Lang) -> Vec<Line> {
    let failed = open_failure_seqs(events);
    events
        .iter()
        .rev()
        .filter(|ev| failed.contains(&ev.seq))
        .map(|ev| Line {
            label: format!("✗ {}", when(ev, lang)),
            text: describe(svc, ev, lang),
            alert: true,
            link: None,
        })
        .collect()
}

/// History, notes, discussion, files and tasks of a record, from one read of its history.
struct Journal {
    /// Open failed sends (a deal's), for its overview.
    failures: Vec<Line>,
    history: Vec<Line>,
    notes: Vec<Line>,
    comments: Vec<Line>,
    files: Vec<Line>,
    tasks: Vec<Line>,
}

fn journal(svc: &Backend, on: EntityRef, lang: Lang) -> Result<Journal> {
    let j = svc.journal(on)?;
    let notes = j
        .notes
        .iter()
        .rev()
        .map(|n| Line {
            link: Some(Link::Note { on, id: n.id }),
            ..kv(
                &format!("{} {}", format_date(local_date(n.created), lang), n.author),
                n.text.clone(),
            )
        })
        .collect();
    let comments = j
        .comments
        .iter()
        .rev()
        .map(|c| Line {
            link: Some(Link::Comment { on, id: c.id }),
            ..kv(
                &format!("{} {}", format_date(local_date(c.created), lang), c.author),
                c.text.clone(),
            )
        })
        .collect();
    let files = j
        .attachments
        .iter()
        .map(|a| Line {
            link: Some(Link::File { on, id: a.id }),
            ..kv(
                &format!("#{}", a.id),
                format!("{} ({} B, {})", a.name, a.size, a.added_by),
            )
        })
        .collect();
    let tasks = j
        .tasks
        .iter()
        .map(|t| {
            let done = if t.done_at.is_some() { "[x]" } else { "[ ]" };
            let due = t
                .due
                .map(|d| format_date(d.date(), lang))
                .unwrap_or_default();
            linked(
                kv(
                    &format!("{done} #{}", t.id),
                    format!("{} {} {}", t.title, due, t.assignee),
                ),
                EntityKind::Task,
                t.id,
            )
        })
        .collect();
    Ok(Journal {
        failures: failure_lines(svc, &j.history, lang),
        history: history_lines(svc, &j.history, lang),
        notes,
        comments,
        files,
        tasks,
    })
}

pub fn deal(svc: &Backend, id: u64, lang: Lang) -> Result<Detail> {
    let d = svc.deal_view(id)?;
    let on = EntityRef {
        kind: EntityKind::Deal,
        id,
    };
    let t = |k| tr(lang, k);
    let kind = t(match d.stage_kind {
        "won" => "stage.won",
        "lost" => "stage.lost",
        _ => "stage.open",
    });
    let campaign = kv(t("col.campaign"), opt(&d.campaign));
    let campaign = match d.campaign_id {
        Some(c) => linked(campaign, EntityKind::Campaign, c),
        None => campaign,
    };
    let mut overview = vec![
        linked(
            kv(
                t("col.contact"),
                format!("{} (#{})", d.contact, d.contact_id),
            ),
            EntityKind::Contact,
            d.contact_id,
        ),
        kv(t("col.offer"), opt(&d.offer)),
        kv(t("col.owner"), d.owner.clone()),
        kv(t("col.stage"), format!("{} ({kind})", d.stage)),
        kv(
            t("col.value"),
            d.deal
                .value
                .as_ref()
                .map(|m| format_money(m, lang))
                .unwrap_or_default(),
        ),
        kv(t("col.source"), opt(&d.source)),
        kv(
            t("col.next"),
            d.next_activity
                .map(|n| format_date(n, lang))
                .unwrap_or_default(),
        ),
        kv(
            t("col.last"),
            format_date(local_date(d.last_activity), lang),
        ),
        campaign,
        kv(t("col.tags"), d.tags.join(", ")),
        kv(t("col.created"), format_date(local_date(d.created), lang)),
    ];
    if let Some(e) = d.expected_close {
        overview.push(kv(t("col.expected"), format_date(e, lang)));
    }
    if d.stage_kind == "open" {
        // Days in the stage; a rotting deal says so with a sign, which needs no colour.
        let mut days = d.days_in_stage.to_string();
        if d.rotting {
            days = format!("{days}  {MARK}{}", t("show.rotting"));
        }
        overview.push(kv(t("col.days_in_stage"), days));
    }
    if let Some(c) = d.closed {
        overview.push(kv(t("col.closed"), format_date(local_date(c), lang)));
    }
    if let Some(r) = &d.loss_reason {
        overview.push(kv(t("col.loss_reason"), r.clone()));
    }
    if let Some(desc) = &d.description {
        overview.push(kv(t("col.description"), desc.clone()));
    }
    overview.extend(custom_lines(svc, FieldOn::Deal, &d.deal.fields, lang)?);
    let j = journal(svc, on, lang)?;
    // Messages that did not go out come first: the salesperson must see them (D12).
    let overview = j.failures.into_iter().chain(overview).collect();
    Ok(Detail {
        title: format!("#{} {}", d.id, d.title),
        on: Some(on),
        tabs: vec![
            (Tab::Overview, overview),
            (Tab::History, j.history),
            (Tab::Notes, j.notes),
            (Tab::Discussion, j.comments),
            (Tab::Files, j.files),
            (Tab::Tasks, j.tasks),
        ],
    })
}

pub fn contact(svc: &Backend, id: u64, lang: Lang) -> Result<Detail> {
    let c = svc.contact_view(id)?;
    // A merged contact's id shows the one kept (issue 20 item 2).
    let id = c.id;
    let on = EntityRef {
        kind: EntityKind::Contact,
        id,
    };
    let t = |k| tr(lang, k);
    let mut overview = vec![
        kv(
            t("col.kind"),
            t(if c.kind == "company" {
                "kind.company"
            } else {
                "kind.person"
            }),
        ),
        match c.company_id {
            Some(co) => linked(
                kv(t("col.company"), opt(&c.company)),
                EntityKind::Contact,
                co,
            ),
            None => kv(t("col.company"), opt(&c.company)),
        },
        kv(t("col.email"), opt(&c.email)),
        kv(t("col.phone"), opt(&c.phone)),
        kv(t("col.city"), opt(&c.city)),
        kv(t("col.address"), opt(&c.address)),
        kv(t("col.nip"), opt(&c.nip)),
        kv(t("col.status"), opt(&c.status)),
        kv(t("col.source"), opt(&c.source)),
        kv(t("col.tags"), c.tags.join(", ")),
        kv(t("col.roles"), c.roles.join(", ")),
        kv(t("col.created"), format_date(local_date(c.created), lang)),
    ];
    if let Some(r) = &c.end_reason {
        overview.push(kv(t("col.end_reason"), r.clone()));
        overview.push(kv(
            t("col.ended"),
            c.ended.map(|d| format_date(d, lang)).unwrap_or_default(),
        ));
    }
    overview.extend(custom_lines(
        svc,
        FieldOn::Contact,
        &c.contact.fields,
        lang,
    )?);
    for p in svc.persons_of_company(id)? {
        overview.push(linked(
            kv(t("show.persons"), format!("#{} {}", p.id, p.name)),
            EntityKind::Contact,
            p.id,
        ));
    }
    for (label, text, other) in crate::detail_dupes::lines(svc, id, lang)? {
        overview.push(Line {
            link: Some(Link::Duplicate { keep: id, other }),
            ..kv(&label, text)
        });
    }
    // C5: current and past deals, with how they ended.
    let deals = svc
        .deals_of_contact(id)?
        .iter()
        .map(|d| {
            let value = d
                .deal
                .value
                .as_ref()
                .map(|m| format_money(m, lang))
                .unwrap_or_default();
            let end = match (d.stage_kind, &d.loss_reason) {
                ("lost", Some(r)) => format!(" ({r})"),
                _ => String::new(),
            };
            linked(
                kv(
                    &format!("#{}", d.id),
                    format!("{} · {}{} · {}", d.title, d.stage, end, value),
                ),
                EntityKind::Deal,
                d.id,
            )
        })
        .collect();
    let j = journal(svc, on, lang)?;
    Ok(Detail {
        title: format!("#{} {}", c.id, c.name),
        on: Some(on),
        tabs: vec![
            (Tab::Overview, overview),
            (Tab::Deals, deals),
            (Tab::History, j.history),
            (Tab::Notes, j.notes),
            (Tab::Discussion, j.comments),
            (Tab::Files, j.files),
        ],
    })
}

pub fn campaign(svc: &Backend, id: u64, lang: Lang) -> Result<Detail> {
    let c = svc.campaign_view(id)?;
    let on = EntityRef {
        kind: EntityKind::Campaign,
        id,
    };
    let t = |k| tr(lang, k);
    let deals = svc.deals_of_campaign(id)?;
    let mut overview = vec![
        kv(t("col.goals"), opt(&c.goals)),
        kv(t("col.rules"), opt(&c.rules)),
        kv(t("col.description"), opt(&c.description)),
        kv(t("col.tags"), c.tags.join(", ")),
        kv(t("col.deals"), c.deals.to_string()),
        kv(t("col.open_value"), fmt_money(&c.open_value, lang)),
        kv(t("col.won_value"), fmt_money(&c.won_value, lang)),
        kv(t("col.lost_value"), fmt_money(&c.lost_value, lang)),
    ];
    // K4: progress at a glance, deals per stage in pipeline order.
    let stages = svc.dict(crate::model::DictKind::DealStage)?;
    for s in stages {
        let n = deals.iter().filter(|d| d.deal.stage == s.id).count();
        if n > 0 {
            overview.push(kv(&format!("  {}", s.name), n.to_string()));
        }
    }
    let deal_lines = deals
        .iter()
        .map(|d| {
            linked(
                kv(
                    &format!("#{}", d.id),
                    format!("{} · {} · {}", d.title, d.contact, d.stage),
                ),
                EntityKind::Deal,
                d.id,
            )
        })
        .collect();
    let j = journal(svc, on, lang)?;
    Ok(Detail {
        title: format!("#{} {}", c.id, c.name),
        on: Some(on),
        tabs: vec![
            (Tab::Overview, overview),
            (Tab::Deals, deal_lines),
            (Tab::History, j.history),
            (Tab::Discussion, j.comments),
            (Tab::Files, j.files),
            (Tab::Tasks, j.tasks),
        ],
    })
}

pub fn task(svc: &Backend, id: u64, lang: Lang) -> Result<Detail> {
    let tk = svc.task(id)?;
    let on = EntityRef {
        kind: EntityKind::Task,
        id,
    };
    let t = |k| tr(lang, k);
    let record = match (tk.deal_id, tk.campaign_id) {
        (Some(id), _) => Some(EntityRef {
            kind: EntityKind::Deal,
            id,
        }),
        (_, Some(id)) => Some(EntityRef {
            kind: EntityKind::Campaign,
            id,
        }),
        _ => None,
    };
    let record_line = kv(
        t("col.record"),
        record
            .map(|e| entity_label(svc, e, lang))
            .unwrap_or_default(),
    );
    let record_line = match record {
        Some(e) => linked(record_line, e.kind, e.id),
        None => record_line,
    };
    let overview = vec![
        kv(
            t("col.kind"),
            t(if tk.kind == crate::model::TaskKind::Meeting {
                "kind.meeting"
            } else {
                "kind.task"
            }),
        ),
        kv(t("col.assignee"), tk.assignee.clone()),
        kv(
            t("col.due"),
            // As in the task list: midnight means no time was given.
            tk.due
                .map(|d| match d.time() {
                    chrono::NaiveTime::MIN => format_date(d.date(), lang),
                    time => format!("{} {}", format_date(d.date(), lang), time.format("%H:%M")),
                })
                .unwrap_or_default(),
        ),
        kv(
            t("col.done"),
            tk.done_at
                .map(|d| format_date(local_date(d), lang))
                .unwrap_or_default(),
        ),
        record_line,
    ];
    Ok(Detail {
        title: format!("#{} {}", tk.id, tk.title),
        on: Some(on),
        tabs: vec![
            (Tab::Overview, overview),
            (Tab::History, history_lines(svc, &svc.history(on)?, lang)),
        ],
    })
}

/// The card of record `id` of `kind` (None: a kind without a card).
pub fn of(svc: &Backend, kind: EntityKind, id: u64, lang: Lang) -> Result<Detail> {
    match kind {
        EntityKind::Deal => deal(svc, id, lang),
        EntityKind::Contact => contact(svc, id, lang),
        EntityKind::Campaign => campaign(svc, id, lang),
        EntityKind::Task => task(svc, id, lang),
        _ => Ok(Detail::default()),
    }
}

/// A report row's card: its CLI command and how to open it in the report pane.
pub fn report(name: &str, title: &str, lang: Lang) -> Detail {
    Detail {
        title: title.to_owned(),
        on: None,
        tabs: vec![(
            Tab::Overview,
            vec![
                text(format!("lejek report {name}")),
                text(tr(lang, "report.open_hint")),
            ],
        )],
    }
}
