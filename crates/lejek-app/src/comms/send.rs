//! Sending one composed message and recording it on the deal (D12), shared by `lejek send`
//! and the TUI. The transport runs in the front end's process, with the user's own config
//! (their SMTP account, their gateway token); the history entry goes through the one door.

use std::path::PathBuf;

use super::compose::Composed;
use super::transport::{self, Delivery, OutFile, OutgoingEmail, OutgoingSms, SendError};
use crate::backend::Backend;
use crate::config::Messaging;
use crate::i18n::{Lang, Message};
use crate::model::{Id, MessageKind, SendResult, SentMessage, StoredFile};
use crate::service::{Command, Result};

/// Everything a send needs besides the message.
pub struct Sender<'a> {
    backend: &'a Backend,
    messaging: &'a Messaging,
    lang: Lang,
    /// The From of e-mail, worked out at the first e-mail (a campaign sends many).
    from: std::cell::OnceCell<String>,
}

/// How one send ended, after its history entry was written.
#[derive(Debug)]
pub enum Delivered {
    Sent(Delivery),
    /// Not sent, and recorded so: why, and whether it was the message's own fault (no
    /// address: exit 2) rather than the transport's (exit 1).
    Failed {
        why: Message,
        bad_input: bool,
    },
}

/// Where a send comes from: alone, from a campaign run (claimed), or a retry.
#[derive(Clone, Copy, Debug, Default)]
pub struct Origin {
    pub campaign_id: Option<Id>,
    pub claimed: bool,
    pub retry_of: Option<u64>,
}

impl<'a> Sender<'a> {
    /// A sender through the transports of the configuration in effect.
    pub fn new(backend: &'a Backend, lang: Lang) -> Sender<'a> {
        Sender::with(backend, &crate::config::current().messaging, lang)
    }

    pub fn with(backend: &'a Backend, messaging: &'a Messaging, lang: Lang) -> Sender<'a> {
        Sender {
            backend,
            messaging,
            lang,
            from: std::cell::OnceCell::new(),
        }
    }

    /// `<db>/outbox`: where the outbox transports write.
    pub fn outbox(&self) -> PathBuf {
        self.backend.db_dir().join("outbox")
    }

    /// Send `m` and record it on its deal, sent or not. An `Err` means the history entry
    /// itself could not be written (the database), not that the send failed.
    pub fn deliver(&self, m: &Composed, origin: Origin) -> Result<Delivered> {
        let transport_name = self.transport_name(m.kind);
        let attempt = if m.to.is_empty() {
            let key = match m.kind {
                MessageKind::Email => "send.err.no_email",
                MessageKind::Sms => "send.err.no_phone",
            };
            Err((Message::new(key), true))
        } else {
            self.hand_over(m)
        };
        let (result, out) = match attempt {
            Ok(d) => (
                SendResult::Sent {
                    detail: d.detail.clone(),
                },
                Delivered::Sent(d),
            ),
            Err((why, bad_input)) => (
                SendResult::Failed {
                    error: why.render(self.lang),
                },
                Delivered::Failed { why, bad_input },
            ),
        };
        let transport = match &out {
            Delivered::Sent(d) => d.transport.clone(),
            Delivered::Failed { .. } => transport_name,
        };
        let message = SentMessage {
            kind: m.kind,
            template_id: m.template_id,
            template: m.template.clone(),
            to: m.to.clone(),
            subject: m.subject.clone(),
            body: m.body.clone(),
            attachments: m.attachments.clone(),
            transport,
            result,
            campaign_id: origin.campaign_id,
            retry_of: origin.retry_of,
        };
        self.backend.apply(Command::RecordMessage {
            deal_id: m.deal_id,
            message: Box::new(message),
            claimed: origin.claimed,
        })?;
        Ok(out)
    }

    /// The configured transport's name, for a send that never reached it.
    fn transport_name(&self, kind: MessageKind) -> String {
        match kind {
            MessageKind::Email => self.messaging.email.describe(),
            MessageKind::Sms => self.messaging.sms.describe(),
        }
    }

    /// Give the message to the transport. A refused address or number is the message's own
    /// fault (bad input); everything else the transport's.
    fn hand_over(&self, m: &Composed) -> std::result::Result<Delivery, (Message, bool)> {
        let outbox = self.outbox();
        let sent = match m.kind {
            MessageKind::Email => {
                let email = OutgoingEmail {
                    from: self.from.get_or_init(|| self.sender_address()).clone(),
                    to: m.to.clone(),
                    subject: m.subject.clone().unwrap_or_default(),
                    body: m.body.clone(),
                    attachments: self.files(&m.attachments).map_err(|e| (e, false))?,
                };
                transport::send_email(&self.messaging.email, &outbox, &email)
            }
            MessageKind::Sms => {
                let sms = OutgoingSms {
                    to: m.to.clone(),
                    text: m.body.clone(),
                };
                transport::send_sms(&self.messaging.sms, &outbox, &sms)
            }
        };
        sent.map_err(|e: SendError| {
            let bad_input = matches!(e, SendError::BadAddress { .. } | SendError::BadPhone { .. });
            (e.message(), bad_input)
        })
    }

    /// The configured sender, else the user's name at this machine.
    fn sender_address(&self) -> String {
        if let Some(f) = self.messaging.email.from() {
            return f.to_owned();
        }
        let login = self.backend.login().to_owned();
        let name = self
            .backend
            .user(&login)
            .ok()
            .flatten()
            .map(|u| u.name)
            .unwrap_or_else(|| login.clone());
        let host = std::fs::read_to_string("/etc/hostname")
            .ok()
            .map(|h| h.trim().to_owned())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "localhost".to_owned());
        format!("{name} <{login}@{host}>")
    }

    /// The attachments' content from the file store.
    fn files(&self, files: &[StoredFile]) -> std::result::Result<Vec<OutFile>, Message> {
        let dir = self.backend.db_dir().join("files");
        files
            .iter()
            .map(|f| {
                std::fs::read(dir.join(&f.sha256))
                    .map(|bytes| OutFile {
                        name: f.name.clone(),
                        bytes,
                    })
                    .map_err(|_| Message::new("send.err.no_attachment").arg(&f.name))
            })
            .collect()
    }
}
