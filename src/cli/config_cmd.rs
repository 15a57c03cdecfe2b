//! `lejek config path|show|init` (issue 9).

use clap::Subcommand;

use crate::i18n::Lang;
use crate::service::Result;

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Where the configuration file is.
    Path,
    /// Every setting in effect and where it came from.
    Show,
    /// Write a commented example configuration file (never over an existing one).
    Init,
}

pub fn run(_c: ConfigCmd, _lang: Lang) -> Result<i32> {
    Err(super::bad("err.unknown_command", &[&"config"]))
}
