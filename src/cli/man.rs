//! `lejek man [-o DIR]` (issue 9).

use clap::Args;

use crate::service::Result;

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory to write the pages into (default: the current directory).
    #[arg(short = 'o', long = "out")]
    pub out: Option<std::path::PathBuf>,
}

pub fn run(_a: ManArgs) -> Result<i32> {
    Err(super::bad("err.unknown_command", &[&"man"]))
}
