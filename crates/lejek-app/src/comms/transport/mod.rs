//! Sending e-mail and SMS to a deal's contact (SPEC D12, issue 8): the transports the config
//! file's `[email]` and `[sms]` choose (`config::Messaging`), behind two calls, `send_email`
//! and `send_sms`. Every transport is blocking and bounded by a timeout; every failure is a
//! `SendError` the caller can show in the user's language and record in the history.
//!
//! The outbox (the default transport of both) writes each message to a file instead of
//! sending it, so lejek works, and can be tried, with nothing configured.

mod command;
mod email;
mod error;
mod mime;
mod outbox;
mod redact;
mod secret;
mod sms;

use std::path::Path;

pub use error::{CommandOutcome, SendError};
pub use mime::content_type_of;
pub use redact::scrub;

use crate::config::{EmailConfig, EmailTransport, SmsTransport};

/// An e-mail to send: UTF-8 plain text, with attachments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    /// `Name <address>` or a bare address; a name with Polish letters is fine.
    pub from: String,
    /// One address, or several separated by commas, each `Name <address>` or bare.
    pub to: String,
    pub subject: String,
    pub body: String,
    pub attachments: Vec<OutFile>,
}

/// A file attached to an e-mail; its content type follows the extension of `name`
/// (`content_type_of`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutFile {
    /// The name the recipient sees; any UTF-8 (`oferta_łódź.pdf`).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An SMS to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingSms {
    /// A phone number; spaces, dashes, dots and parentheses are dropped before sending
    /// (`+48 600-100-200` goes out as `+48600100200`).
    pub to: String,
    pub text: String,
}

/// How a message left: what the history records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The transport and where to: `smtp smtp.firma.pl:587`, `sendmail /usr/sbin/sendmail`,
    /// `outbox`, `http https://api.smsapi.pl/sms.do`, `command /usr/local/bin/send-sms`.
    pub transport: String,
    /// What it said: the SMTP server's last reply, the outbox file, the gateway's or the
    /// command's answer (one line, at most `DETAIL_MAX` characters).
    pub detail: String,
    /// The e-mail's `Message-ID` header (with its angle brackets); `None` for an SMS.
    pub message_id: Option<String>,
}

/// The longest `Delivery::detail` and the longest reply quoted in a `SendError`: enough for
/// a server's or a gateway's sentence, not a whole HTML error page in the history.
pub const DETAIL_MAX: usize = 300;

/// Send `msg` the way `cfg` (`[email]`) says. `outbox` is the outbox directory (created
/// when missing, with the process's umask), used by the outbox transport only. `cfg.from`
/// is not used here: `msg.from` is the sender.
pub fn send_email(
    cfg: &EmailConfig,
    outbox: &Path,
    msg: &OutgoingEmail,
) -> Result<Delivery, SendError> {
    let now = crate::service::Clock::from_env().now();
    let built = mime::build(msg, now)?;
    let message_id = built.message_id.clone();
    let detail = match &cfg.transport {
        EmailTransport::Outbox => {
            let path = outbox::write(outbox, now, "eml", &built.bytes)?;
            path.display().to_string()
        }
        EmailTransport::Smtp(smtp) => email::smtp(smtp, built)?,
        EmailTransport::Sendmail(sendmail) => email::sendmail(sendmail, built)?,
    };
    Ok(Delivery {
        transport: cfg.transport.describe(),
        detail,
        message_id: Some(message_id),
    })
}

/// Send `msg` the way `cfg` (`[sms]`) says. `outbox` as for `send_email`.
pub fn send_sms(
    cfg: &SmsTransport,
    outbox: &Path,
    msg: &OutgoingSms,
) -> Result<Delivery, SendError> {
    let to = sms::phone_number(&msg.to)?;
    let detail = match cfg {
        SmsTransport::Outbox => {
            let now = crate::service::Clock::from_env().now();
            let path = outbox::write(outbox, now, "sms", &outbox::sms_file(&to, &msg.text))?;
            path.display().to_string()
        }
        SmsTransport::Http(http) => sms::http(http, &to, &msg.text)?,
        SmsTransport::Command(command) => sms::command(command, &to, &msg.text)?,
    };
    Ok(Delivery {
        transport: cfg.describe(),
        detail,
        message_id: None,
    })
}

/// `text` on one line (runs of whitespace, newlines included, become one space) and at most
/// `DETAIL_MAX` characters, for a detail or a quoted reply; secrets and AUTH data hidden
/// (`redact`) before it is cut, so no part of one is left at the cut.
pub(crate) fn one_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let joined = redact::scrub(&joined);
    match joined.char_indices().nth(DETAIL_MAX) {
        Some((cut, _)) => format!("{}…", &joined[..cut]),
        None => joined,
    }
}

/// `len` hex digits that differ from call to call, in this process and across processes:
/// a hash of the time, the process, a counter and `seed` (the message).
pub(crate) fn unique_hex(seed: &[u8], len: usize) -> String {
    use sha2::{Digest, Sha256};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let mut hash = Sha256::new();
    hash.update(nanos.to_le_bytes());
    hash.update(std::process::id().to_le_bytes());
    hash.update(COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    hash.update(seed);
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    hex[..len.min(hex.len())].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_joins_and_cuts() {
        assert_eq!(one_line("  250 2.0.0\r\n Ok  "), "250 2.0.0 Ok");
        let long = "ż".repeat(DETAIL_MAX + 5);
        let cut = one_line(&long);
        assert_eq!(cut.chars().count(), DETAIL_MAX + 1);
        assert!(cut.ends_with('…'));
    }
}
