//! lejek: a CRM that lives in the terminal. One `Service` door over a versioned sled store;
//! the CLI (and later the TUI) are front ends that build `Command`s and queries.

pub mod backend;
pub mod cli;
pub mod comms;
pub mod config;
pub mod demo;
pub mod filter;
pub mod i18n;
pub mod model;
pub mod render;
pub mod report;
pub mod server;
pub mod service;
pub mod store;
pub mod text;
pub mod transfer;
pub mod tui;
