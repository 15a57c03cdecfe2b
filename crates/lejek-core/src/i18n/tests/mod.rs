//! The catalogues' tests (issue 21).

mod files;
mod messages;
mod plurals;
mod usage;
