//! `lejek --version` (issue 9): the program's version, and the database format it writes
//! and the server protocol it speaks, the two numbers that decide whether a backup, a
//! database or a running server from another lejek will work with this one. Set when the
//! command is built rather than in the derive, so the numbers come from the constants
//! that the store and the server check.

use std::sync::LazyLock;

use clap::CommandFactory;

use super::Cli;
use crate::server::protocol::PROTOCOL_VERSION;
use crate::service::database::FORMAT_VERSION;

static VERSION: LazyLock<String> = LazyLock::new(|| {
    format!(
        "{} (database format {FORMAT_VERSION}, protocol {PROTOCOL_VERSION})",
        env!("CARGO_PKG_VERSION")
    )
});

/// "0.1.0 (database format 2, protocol 5)".
pub fn text() -> &'static str {
    VERSION.as_str()
}

/// The command line's clap command, with that version: the one `cli::help` builds the
/// parser, the completion scripts and the man pages on.
pub fn command() -> clap::Command {
    Cli::command().version(text())
}
