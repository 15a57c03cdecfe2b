//! E-mail and SMS to a deal's contact (SPEC D12, issue 8). So far: the template language
//! (`template`) and SMS segment counting (`sms`); templates' storage, sending and the
//! transports are still to come.

pub mod sms;
pub mod template;
pub mod transport;
