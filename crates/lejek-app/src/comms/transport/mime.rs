//! The e-mail as it travels: MIME built by lettre, the same bytes for SMTP, sendmail and the
//! outbox. UTF-8 everywhere: the subject and names are RFC 2047 encoded words, the body and
//! attachments quoted-printable or base64 as lettre finds shortest, attachment names RFC 2231.

use std::str::FromStr;

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, Mailboxes, MultiPart, SinglePart};

use super::error::SendError;
use super::{OutgoingEmail, unique_hex};

/// A message ready to go.
pub(super) struct Built {
    pub message: Message,
    /// `message.formatted()`: what SMTP sends and the outbox keeps.
    pub bytes: Vec<u8>,
    pub message_id: String,
}

/// The content type of an attachment, by the extension of its name (case does not matter);
/// `application/octet-stream` for anything else.
pub fn content_type_of(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    TYPES
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, t)| *t)
        .unwrap_or("application/octet-stream")
}

/// What a sales team attaches: offers, price lists, photos, scans, spreadsheets.
const TYPES: &[(&str, &str)] = &[
    ("pdf", "application/pdf"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("svg", "image/svg+xml"),
    ("tif", "image/tiff"),
    ("tiff", "image/tiff"),
    ("txt", "text/plain"),
    ("csv", "text/csv"),
    ("html", "text/html"),
    ("htm", "text/html"),
    ("xml", "application/xml"),
    ("json", "application/json"),
    ("ics", "text/calendar"),
    ("vcf", "text/vcard"),
    ("zip", "application/zip"),
    ("7z", "application/x-7z-compressed"),
    ("rtf", "application/rtf"),
    ("doc", "application/msword"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("xls", "application/vnd.ms-excel"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("ppt", "application/vnd.ms-powerpoint"),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
];

/// Build `msg`, dated `now`.
pub(super) fn build(msg: &OutgoingEmail, now: DateTime<Utc>) -> Result<Built, SendError> {
    let from = Mailbox::from_str(msg.from.trim()).map_err(|e| bad_address(&msg.from, e))?;
    let to = Mailboxes::from_str(msg.to.trim()).map_err(|e| bad_address(&msg.to, e))?;
    if to.iter().next().is_none() {
        return Err(bad_address(&msg.to, "no address"));
    }
    // A Message-ID in the sender's own domain, as mail clients make them: lettre's default
    // would use this machine's name, which says nothing to the recipient's server.
    let seed = format!("{}\n{}\n{}", msg.from, msg.to, msg.subject);
    let message_id = format!(
        "<{}@{}>",
        unique_hex(seed.as_bytes(), 24),
        from.email.domain()
    );

    let mut builder = Message::builder()
        .from(from)
        .subject(msg.subject.as_str())
        .date(now.into())
        .message_id(Some(message_id.clone()));
    for mailbox in to {
        builder = builder.to(mailbox);
    }
    let text = SinglePart::plain(msg.body.clone());
    let built = if msg.attachments.is_empty() {
        builder.singlepart(text)
    } else {
        let mut parts = MultiPart::mixed().singlepart(text);
        for file in &msg.attachments {
            let kind = attachment_type(&file.name);
            let part = Attachment::new(file.name.clone()).body(file.bytes.clone(), kind);
            parts = parts.singlepart(part);
        }
        builder.multipart(parts)
    };
    let message = built.map_err(|e| bad_address(&msg.to, e))?;
    let bytes = message.formatted();
    Ok(Built {
        message,
        bytes,
        message_id,
    })
}

/// `content_type_of(name)` as lettre's header. Every type in `TYPES` parses (a test checks),
/// so the fallbacks are for a mistake in that table, never for what a user named a file.
fn attachment_type(name: &str) -> ContentType {
    ContentType::parse(content_type_of(name))
        .or_else(|_| ContentType::parse("application/octet-stream"))
        .unwrap_or(ContentType::TEXT_PLAIN)
}

fn bad_address(address: &str, reason: impl std::fmt::Display) -> SendError {
    SendError::BadAddress {
        address: address.to_owned(),
        reason: reason.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comms::transport::OutFile;

    fn email(attachments: Vec<OutFile>) -> OutgoingEmail {
        OutgoingEmail {
            from: "Jan Kowalski <jan@firma.pl>".into(),
            to: "Łódzka Drukarnia <biuro@drukarnia.pl>".into(),
            subject: "Oferta: Zażółć gęślą jaźń".into(),
            body: "Dzień dobry,\nw załączniku oferta.\n".into(),
            attachments,
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-28T12:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default()
    }

    #[test]
    fn headers_are_ascii_and_encoded() {
        let built = build(&email(Vec::new()), now()).unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&built.bytes);
        let head = text.split("\r\n\r\n").next().unwrap_or_default();
        assert!(head.is_ascii(), "{head}");
        assert!(head.contains("Subject: Oferta: =?utf-8?b?"), "{head}");
        assert!(
            head.contains("Date: Sat, 28 Nov 2026 12:00:00 +0000"),
            "{head}"
        );
        assert!(
            head.contains(&format!("Message-ID: {}", built.message_id)),
            "{head}"
        );
        assert!(built.message_id.ends_with("@firma.pl>"));
        assert!(head.contains("<biuro@drukarnia.pl>"), "{head}");
    }

    #[test]
    fn attachments_make_it_multipart() {
        let file = OutFile {
            name: "oferta_łódź.pdf".into(),
            bytes: vec![0, 159, 255, 10],
        };
        let built = build(&email(vec![file]), now()).unwrap_or_else(|e| panic!("{e}"));
        let text = String::from_utf8_lossy(&built.bytes);
        assert!(text.contains("multipart/mixed"), "{text}");
        assert!(text.contains("application/pdf"), "{text}");
        assert!(text.contains("filename*"), "{text}");
    }

    #[test]
    fn a_bad_address_is_an_error() {
        let mut m = email(Vec::new());
        m.to = "biuro(at)drukarnia".into();
        assert!(matches!(
            build(&m, now()),
            Err(SendError::BadAddress { .. })
        ));
        m.to = String::new();
        assert!(matches!(
            build(&m, now()),
            Err(SendError::BadAddress { .. })
        ));
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type_of("Oferta.PDF"), "application/pdf");
        assert!(content_type_of("cennik.xlsx").ends_with("spreadsheetml.sheet"));
        assert_eq!(content_type_of("README"), "application/octet-stream");
        assert_eq!(content_type_of("a.tar.gz"), "application/octet-stream");
        for (_, t) in TYPES {
            assert!(ContentType::parse(t).is_ok(), "{t}");
        }
    }
}
