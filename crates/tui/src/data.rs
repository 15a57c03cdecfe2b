//! Loading the views' rows off the UI thread: the first frame shows at once and fills in as
//! each list arrives; a list of 300,000 deals never blocks a keystroke.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::rows::{InboxRow, REPORTS, ReportRow};
use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::model::EntityKind;
use crate::render::history::{describe, entity_label};
use crate::server::protocol::Notice;
use crate::service::Result;
use crate::service::query::ListQuery;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

/// How long to wait before subscribing again after the server went away.
const RESUBSCRIBE: Duration = Duration::from_secs(1);

/// Listen for the server's change notices and pass each to the UI. When the server goes
/// away (killed, restarted) subscribe again, which starts a new one, and ask for a full
/// reload: notices sent meanwhile were missed. Nothing to do without a server.
pub fn watch(svc: Backend, tx: Sender<Loaded>) {
    if !svc.is_remote() {
        return;
    }
    std::thread::spawn(move || {
        let mut first = true;
        loop {
            if let Some(Ok(mut notices)) = svc.subscribe() {
                if !first {
                    let everything = Notice {
                        everything: true,
                        ..Notice::default()
                    };
                    if tx.send(Loaded::Changed(everything)).is_err() {
                        return;
                    }
                }
                first = false;
                while let Ok(n) = notices.next_notice() {
                    if tx.send(Loaded::Changed(n)).is_err() {
                        // The UI has quit.
                        return;
                    }
                }
            }
            std::thread::sleep(RESUBSCRIBE);
        }
    });
}

/// Fetch the current rows of the records a notice names, in the background; campaigns
/// (whose totals any deal change moves) and the inbox reload whole, they are short.
pub fn fetch_changed(svc: Backend, user: String, lang: Lang, n: &Notice, tx: Sender<Loaded>) {
    let ids = |kind: EntityKind| -> Vec<u64> {
        n.refs
            .iter()
            .filter(|r| r.kind == kind)
            .map(|r| r.id)
            .collect()
    };
    let (deals, contacts, tasks) = (
        ids(EntityKind::Deal),
        ids(EntityKind::Contact),
        ids(EntityKind::Task),
    );
    let fetch = svc.clone();
    let tx2 = tx.clone();
    std::thread::spawn(move || {
        let rows = (|| -> Result<ChangedRows> {
            Ok(ChangedRows {
                deals: if deals.is_empty() {
                    Vec::new()
                } else {
                    fetch.deal_views_of(deals)?
                },
                contacts: if contacts.is_empty() {
                    Vec::new()
                } else {
                    fetch.contact_views_of(contacts)?
                },
                tasks: if tasks.is_empty() {
                    Vec::new()
                } else {
                    fetch.tasks_of_ids(tasks)?
                },
            })
        })();
        let msg = rows
            .map(Loaded::Rows)
            .unwrap_or_else(|e| Loaded::Failed(e.message(lang)));
        let _ = tx2.send(msg);
    });
    spawn(
        svc,
        user,
        lang,
        What {
            campaigns: true,
            inbox: true,
            ..What::default()
        },
        tx,
    );
}

/// A finished load.
pub enum Loaded {
    Deals(Vec<DealView>),
    Contacts(Vec<ContactView>),
    Campaigns(Vec<CampaignView>),
    Tasks(Vec<TaskView>),
    Inbox(Vec<InboxRow>, usize),
    /// A report of the open report pane: its computation number and the result.
    Report(u64, Box<std::result::Result<crate::report::Report, String>>),
    Failed(String),
    /// Someone (maybe this TUI) committed a change: the server's notice (X6 live refresh).
    Changed(Notice),
    /// Fresh rows of the records a change touched, to put in place in their lists.
    Rows(ChangedRows),
    /// An e-mail or SMS to a deal's contact was handed over or failed (D12), and recorded:
    /// what to say in the status line, and whether it failed.
    Sent {
        deal: u64,
        text: String,
        failed: bool,
    },
}

/// The current rows of changed records (a record no longer there is simply absent).
#[derive(Default)]
pub struct ChangedRows {
    pub deals: Vec<DealView>,
    pub contacts: Vec<ContactView>,
    pub tasks: Vec<TaskView>,
}

/// Which lists to load.
#[derive(Clone, Copy, Debug, Default)]
pub struct What {
    pub deals: bool,
    pub contacts: bool,
    pub campaigns: bool,
    pub tasks: bool,
    pub inbox: bool,
}

impl What {
    pub fn all() -> What {
        What {
            deals: true,
            contacts: true,
            campaigns: true,
            tasks: true,
            inbox: true,
        }
    }
}

/// Load in a background thread; results arrive on `tx` (smallest lists first).
pub fn spawn(svc: Backend, user: String, lang: Lang, what: What, tx: Sender<Loaded>) {
    std::thread::spawn(move || {
        let send = |r: Result<Loaded>| {
            let msg = r.unwrap_or_else(|e| Loaded::Failed(e.message(lang)));
            // The UI may have quit; then nobody needs the rows.
            let _ = tx.send(msg);
        };
        let q = ListQuery::default();
        if what.inbox {
            send(inbox(&svc, &user, lang));
        }
        if what.campaigns {
            send(svc.list_campaigns(&q).map(Loaded::Campaigns));
        }
        if what.tasks {
            send(svc.list_tasks(&q).map(Loaded::Tasks));
        }
        // Deals first: the TUI opens on them.
        if what.deals {
            send(svc.list_deals(&q).map(Loaded::Deals));
        }
        if what.contacts {
            send(svc.list_contacts(&q).map(Loaded::Contacts));
        }
    });
}

pub fn inbox(svc: &Backend, user: &str, lang: Lang) -> Result<Loaded> {
    let items = svc.inbox(user, false)?;
    let unread = items.iter().filter(|(n, _)| !n.read).count();
    let rows = items
        .into_iter()
        .map(|(n, ev)| InboxRow {
            seq: n.seq,
            read: n.read,
            at: ev.at,
            actor: ev.actor.clone(),
            record: entity_label(svc, ev.entity, lang),
            text: describe(svc, &ev, lang),
            entity: ev.entity,
        })
        .collect();
    Ok(Loaded::Inbox(rows, unread))
}

pub fn reports(lang: Lang) -> Vec<ReportRow> {
    REPORTS
        .iter()
        .enumerate()
        .map(|(i, (name, key))| ReportRow {
            id: i as u64 + 1,
            name,
            title: tr(lang, key).to_owned(),
        })
        .collect()
}
