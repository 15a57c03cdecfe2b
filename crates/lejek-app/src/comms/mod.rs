//! E-mail and SMS to a deal's contact (SPEC D12, issue 8): a template (the language itself is
//! the core's `template`) made into a deal's message (`compose`), SMS segment counting
//! (`sms`), the transports (`transport`) and sending with its history entry (`send`).

pub mod compose;
pub mod digest;
pub mod retry;
pub mod send;
pub mod sms;
pub mod transport;

use crate::i18n::{Lang, tr, trf};
use crate::model::MessageKind;

/// `e-mail` / `SMS` in the user's language.
pub fn kind_label(kind: MessageKind, lang: Lang) -> &'static str {
    match kind {
        MessageKind::Email => tr(lang, "msg.kind.email"),
        MessageKind::Sms => tr(lang, "msg.kind.sms"),
    }
}

/// `2 SMS (UCS-2, 75 characters)`: what the recipient's network will bill, as the CLI and
/// the TUI show it before sending.
pub fn segments_text(s: &sms::Segments, lang: Lang) -> String {
    let encoding = match s.encoding {
        sms::Encoding::Gsm7 => "GSM-7",
        sms::Encoding::Ucs2 => "UCS-2",
    };
    trf(lang, "sms.segments", &[&s.segments, &encoding, &s.units])
}
