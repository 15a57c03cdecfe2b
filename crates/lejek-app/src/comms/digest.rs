//! The daily digest by e-mail (issue 19 item 7): the core's `DigestSender` over the
//! backend (claims, as the digest's user) and the configured e-mail transport (the outbox
//! when none is configured), the same one `lejek send` uses.

use super::transport::{self, OutgoingEmail};
use crate::backend::Backend;
use crate::config::Messaging;
use crate::i18n::Lang;
use crate::service::digest::DigestSender;
use crate::service::{Command, Outcome, Result};

/// One user's digest, ready to go.
pub struct DigestMail<'a> {
    /// The database as the digest's user: the claim is theirs.
    pub backend: &'a Backend,
    pub messaging: &'a Messaging,
    pub lang: Lang,
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl DigestSender for DigestMail<'_> {
    fn apply(&self, cmd: Command) -> Result<Outcome> {
        self.backend.apply(cmd)
    }

    fn deliver(&mut self) -> std::result::Result<String, String> {
        let email = OutgoingEmail {
            from: sender(self.messaging),
            to: self.to.clone(),
            subject: self.subject.clone(),
            body: self.body.clone(),
            attachments: Vec::new(),
        };
        let outbox = self.backend.db_dir().join("outbox");
        transport::send_email(&self.messaging.email, &outbox, &email)
            .map(|d| d.detail)
            .map_err(|e| e.message().render(self.lang))
    }
}

/// The configured sender, else lejek at this machine.
fn sender(m: &Messaging) -> String {
    if let Some(f) = m.email.from() {
        return f.to_owned();
    }
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_owned());
    format!("lejek <lejek@{host}>")
}
