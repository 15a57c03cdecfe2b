//! lejek: a CRM that lives in the terminal. A workspace of three crates, one above the other:
//! `lejek-core` (model, store, the one `Service` door, filter language, reports, messages),
//! `lejek-app` (server and backend, CLI, e-mail and SMS, import and export, settings, output
//! formats, demo data) and `lejek-tui` (the terminal interface). This package is the binary
//! (`src/main.rs`) and re-exports the three under the names the code uses (`lejek::service`,
//! `lejek::cli`, `lejek::tui`), for the tests and benches. ARCHITECTURE.md draws the layers.

pub use lejek_app::{backend, cli, comms, config, demo, render, server, transfer};
pub use lejek_core::{filter, i18n, model, report, service, template, text};
pub use lejek_tui as tui;
