//! Loading the views' rows off the UI thread: the first frame shows at once and fills in as
//! each list arrives; a list of 300,000 deals never blocks a keystroke.

use std::sync::mpsc::Sender;

use super::rows::{InboxRow, REPORTS, ReportRow};
use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::render::history::{describe, entity_label};
use crate::service::Result;
use crate::service::query::ListQuery;
use crate::service::views::{CampaignView, ContactView, DealView, TaskView};

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
