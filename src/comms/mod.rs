//! E-mail and SMS to a deal's contact (SPEC D12, issue 8): the template language
//! (`template`), a template made into a deal's message (`compose`), SMS segment counting
//! (`sms`), the transports (`transport`) and sending with its history entry (`send`).

pub mod compose;
pub mod retry;
pub mod send;
pub mod sms;
pub mod template;
pub mod transport;
