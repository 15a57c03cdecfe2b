//! lejek's application layer: the shared-access `server` and the `backend` that picks it or
//! the database directly, e-mail and SMS (`comms`), import and export (`transfer`), the
//! settings file (`config`), output formats (`render`), demo data (`demo`) and the command
//! line (`cli`). It stands on `lejek-core` (re-exported here under the same names, so
//! `crate::service` reads the same everywhere) and knows nothing of the TUI, which is its own
//! crate (`lejek-tui`) above this one. ARCHITECTURE.md draws the layers.

pub use lejek_core::{filter, i18n, model, report, service, template, text};

pub mod backend;
pub mod cli;
pub mod comms;
pub mod config;
pub mod demo;
pub mod render;
pub mod server;
pub mod transfer;
