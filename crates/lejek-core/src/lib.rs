//! lejek's core: everything a CRM is without a screen. The model and its value types, the
//! versioned sled store, the one `Service` door every write and query goes through, the filter
//! language, the reports, the template language and the message catalogues.
//!
//! Front ends (the application crate: CLI, TUI, server, e-mail) depend on this crate and never
//! the other way round; it names no terminal, CLI or network crate. The store is private:
//! front ends reach data through `service`, never through trees, keys or the codec. See
//! ARCHITECTURE.md at the repository root.

// The chosen surface: what every front end needs, by one short path. The rest is in the
// modules below by its own path (`model::Deal`, `report::run`, `filter::parse`); the store,
// the service's planner and the per-command apply steps stay inside this crate.
pub use i18n::{Lang, Message};
pub use service::names::Names;
pub use service::{Clock, Command, Error, Outcome, RemoteError, Result, Service, views};

pub mod error;
pub mod filter;
pub mod i18n;
pub mod model;
mod read_model;
#[cfg(test)]
mod read_model_tests;
pub mod remote_error;
pub mod report;
pub mod service;
pub mod template;
pub mod text;
#[cfg(test)]
mod upgrade_7_tests;
#[cfg(test)]
mod upgrade_8_tests;

#[cfg(feature = "internals")]
pub mod store;
#[cfg(not(feature = "internals"))]
mod store;
