//! The catalogues' tests (issue 21).

mod conversion;
mod messages;
