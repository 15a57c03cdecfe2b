//! `lejek import contacts|deals|all FILE` (X5, issue 7).

use clap::Subcommand;

use super::context::Context;
use crate::service::Result;

#[derive(Subcommand, Debug)]
pub enum ImportCmd {
    /// Contacts from CSV (or the JSON of `export contacts`).
    Contacts { file: std::path::PathBuf },
    /// Deals from CSV (or the JSON of `export deals`), with their history as far as given.
    Deals { file: std::path::PathBuf },
    /// Everything that `export all --format json` wrote.
    All { file: std::path::PathBuf },
}

pub fn run(_ctx: &Context, _cmd: ImportCmd) -> Result<i32> {
    Err(super::bad("err.not_yet", &[&"import"]))
}
