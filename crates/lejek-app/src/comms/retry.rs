//! Failed sends and trying them again (D12): a failed send stays in the deal's history;
//! retrying it sends the same rendered message and records a new entry pointing back.

use super::compose::Composed;
use crate::backend::Backend;
use crate::model::{Change, Event, Id, MessageKind, SentMessage};
use crate::service::Result;

/// The failed sends of a history that no later send has retried, oldest first: what the
/// deal card shows as failed and offers to retry. A retry that failed too takes the place
/// of the send it retried, so one message is one open failure however often it was tried.
pub fn open_failures(history: &[Event]) -> Vec<(u64, &SentMessage)> {
    let retried: Vec<u64> = history
        .iter()
        .filter_map(|e| match &e.change {
            Change::MessageSent(m) => m.retry_of,
            _ => None,
        })
        .collect();
    history
        .iter()
        .filter_map(|e| match &e.change {
            Change::MessageSent(m) if !m.result.is_sent() && !retried.contains(&e.seq) => {
                Some((e.seq, m.as_ref()))
            }
            _ => None,
        })
        .collect()
}

/// The message a retry sends: what was rendered then; a recipient that was missing is the
/// contact's address or number now (it may have been added since).
pub fn recompose(b: &Backend, deal_id: Id, m: &SentMessage) -> Result<Composed> {
    let to = if m.to.is_empty() {
        let contact = b.contact(b.deal(deal_id)?.contact_id)?;
        match m.kind {
            MessageKind::Email => contact.email,
            MessageKind::Sms => contact.phone,
        }
        .unwrap_or_default()
    } else {
        m.to.clone()
    };
    Ok(Composed {
        deal_id,
        kind: m.kind,
        template_id: m.template_id,
        template: m.template.clone(),
        to,
        subject: m.subject.clone(),
        body: m.body.clone(),
        attachments: m.attachments.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, EntityRef, SendResult};

    fn event(seq: u64, ok: bool, retry_of: Option<u64>) -> Event {
        Event {
            seq,
            at: chrono::Utc::now(),
            actor: "ewa".into(),
            entity: EntityRef {
                kind: EntityKind::Deal,
                id: 1,
            },
            change: Change::MessageSent(Box::new(SentMessage {
                kind: MessageKind::Sms,
                template_id: None,
                template: None,
                to: "600100200".into(),
                subject: None,
                body: "x".into(),
                attachments: Vec::new(),
                transport: "outbox".into(),
                result: if ok {
                    SendResult::Sent {
                        detail: String::new(),
                    }
                } else {
                    SendResult::Failed {
                        error: "down".into(),
                    }
                },
                campaign_id: None,
                retry_of,
            })),
        }
    }

    #[test]
    fn a_failure_stays_open_until_retried_and_a_failed_retry_takes_its_place() {
        // 1 failed; 2 retried 1 and failed too (2 is the open one now); 3 failed; 4 retried
        // 3 and was sent (nothing open); 5 failed (open).
        let h = [
            event(1, false, None),
            event(2, false, Some(1)),
            event(3, false, None),
            event(4, true, Some(3)),
            event(5, false, None),
        ];
        let open: Vec<u64> = open_failures(&h).iter().map(|(s, _)| *s).collect();
        assert_eq!(open, [2, 5]);
    }
}
