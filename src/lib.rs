//! lejek: a CRM that lives in the terminal. This crate is the application: the front ends
//! (`cli`, `tui`), the shared-access `server` and the `backend` that picks it or the database
//! directly, e-mail and SMS (`comms`), import and export (`transfer`), the settings file
//! (`config`), output formats (`render`) and the demo data (`demo`). Everything they stand on
//! (model, store, the one `Service` door, filter language, reports, messages) is the
//! `lejek-core` crate, re-exported here under the same names. ARCHITECTURE.md draws the layers.

pub use lejek_core::{filter, i18n, model, report, service, template, text};

pub mod backend;
pub mod cli;
pub mod comms;
pub mod config;
pub mod demo;
pub mod render;
pub mod server;
pub mod transfer;
pub mod tui;
