//! Loading off the UI thread: each records' list asks for a window of its rows (`window`),
//! the inbox loads whole, the server's change notices come in (`watch`); all of it arrives
//! on one channel as `Loaded`, so a slow answer never blocks a keystroke.

use std::sync::mpsc::Sender;
use std::time::Duration;

use super::rows::{InboxRow, REPORTS, ReportRow};
use super::window::{Answer, Request, place};
use crate::backend::Backend;
use crate::i18n::{Lang, tr};
use crate::render::history::{describe, entity_label};
use crate::server::protocol::Notice;
use crate::service::Result;
use crate::service::query::{FilterOf, ListQuery, Page};
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

/// A finished load.
pub enum Loaded {
    /// A window of a records' list, answering one of its requests.
    Window(Paged),
    Inbox(Vec<InboxRow>, usize),
    /// A report of the open report pane: its computation number and the result.
    Report(u64, Box<std::result::Result<crate::report::Report, String>>),
    Failed(String),
    /// Someone (maybe this TUI) committed a change: the server's notice (X6 live refresh).
    Changed(Notice),
    /// An e-mail or SMS to a deal's contact was handed over or failed (D12), and recorded:
    /// what to say in the status line, and whether it failed.
    Sent {
        deal: u64,
        text: String,
        failed: bool,
    },
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

/// A window of one of the records' lists, by the list.
pub enum Paged {
    Deals(Answer<DealView>),
    Contacts(Answer<ContactView>),
    Campaigns(Answer<CampaignView>),
    Tasks(Answer<TaskView>),
}

/// How the service answers a window of rows of type `R`, and the message that carries it.
pub struct Source<R> {
    pub of: FilterOf,
    pub page: fn(&Backend, &ListQuery) -> Result<Page<R>>,
    pub arrived: fn(Answer<R>) -> Paged,
}

/// A request for a window, ready to run on any thread.
pub type Job = Box<dyn FnOnce(&Backend, Lang) -> Loaded + Send>;

/// The job answering `req` for rows of type `R`.
pub fn window_job<R: 'static>(source: Source<R>, req: Request) -> Job {
    Box::new(move |svc, lang| Loaded::Window((source.arrived)(answer(svc, lang, &source, req))))
}

/// Answer a request: find the record it looks for (if it does) and put the window around
/// it, read the window, and count the list with no filter if asked.
fn answer<R>(svc: &Backend, lang: Lang, source: &Source<R>, req: Request) -> Answer<R> {
    let mut q = req.query;
    let found = req.find.and_then(|id| {
        let ids = svc.ids(source.of, &q).ok()?;
        let at = ids.iter().position(|&i| i == id)?;
        let (start, len) = place(at, req.span, Some(ids.len()));
        q.offset = start;
        q.limit = Some(len);
        Some(at)
    });
    let page = (|| -> Result<(Page<R>, Option<usize>)> {
        let page = (source.page)(svc, &q)?;
        let all = if req.count_all {
            let count = ListQuery {
                filter: String::new(),
                limit: Some(0),
                offset: 0,
                ..q.clone()
            };
            Some((source.page)(svc, &count)?.total)
        } else {
            None
        };
        Ok((page, all))
    })();
    Answer {
        seq: req.seq,
        start: q.offset,
        page: page.map_err(|e| e.message(lang)),
        found,
    }
}

/// Load the inbox in a background thread; it arrives on `tx`.
pub fn spawn_inbox(svc: Backend, user: String, lang: Lang, tx: Sender<Loaded>) {
    std::thread::spawn(move || {
        let msg = inbox(&svc, &user, lang).unwrap_or_else(|e| Loaded::Failed(e.message(lang)));
        let _ = tx.send(msg);
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
