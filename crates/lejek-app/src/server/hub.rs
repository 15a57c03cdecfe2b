//! Change notices for subscribed clients (the TUI's live refresh, X6): after every committed
//! write the server tells each subscriber which records it touched.

use std::collections::BTreeSet;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Mutex, MutexGuard, PoisonError};

use crate::model::EntityRef;
use crate::service::{Outcome, Service};

use super::protocol::Notice;

/// Above this many records a notice just says "everything": listing 100,000 ids to each TUI
/// costs more than the reload it saves.
const MAX_REFS: usize = 2_000;

/// The subscribers; a dead one (its connection closed) is dropped at the next publish.
#[derive(Default)]
pub struct Hub {
    subscribers: Mutex<Vec<Sender<Notice>>>,
}

impl Hub {
    /// A new subscriber's end of the stream.
    pub fn subscribe(&self) -> Receiver<Notice> {
        let (tx, rx) = channel();
        self.subscribers().push(tx);
        rx
    }

    /// The subscriber list; a publish that panicked (caught by the server) leaves it whole
    /// (senders only), so a poisoned lock is taken as it is.
    fn subscribers(&self) -> MutexGuard<'_, Vec<Sender<Notice>>> {
        self.subscribers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Tell every subscriber what `outcomes` (just committed by `by`) touched.
    pub fn publish(&self, svc: &Service, by: &str, outcomes: &[Outcome]) {
        let mut subs = self.subscribers();
        if subs.is_empty() {
            return;
        }
        let notice = notice_of(svc, by, outcomes);
        subs.retain(|tx| tx.send(notice.clone()).is_ok());
    }
}

/// The records the outcomes' events are on (deduplicated), or "everything" for a big batch.
fn notice_of(svc: &Service, by: &str, outcomes: &[Outcome]) -> Notice {
    let seqs: Vec<u64> = outcomes
        .iter()
        .flat_map(|o| o.events.iter().copied())
        .collect();
    if seqs.len() > MAX_REFS {
        return Notice {
            refs: Vec::new(),
            everything: true,
            by: by.to_owned(),
        };
    }
    match svc.events_at(&seqs) {
        Ok(events) => {
            let refs: BTreeSet<EntityRef> = events.into_iter().map(|e| e.entity).collect();
            Notice {
                refs: refs.into_iter().collect(),
                everything: false,
                by: by.to_owned(),
            }
        }
        // Cannot tell what changed: everyone reloads rather than shows stale rows.
        Err(_) => Notice {
            refs: Vec::new(),
            everything: true,
            by: by.to_owned(),
        },
    }
}
