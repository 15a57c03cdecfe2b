//! `lejek export contacts|deals|campaigns|tasks|all` (X5, issue 7).

use clap::Args;

use super::context::Context;
use crate::service::Result;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// contacts, deals, campaigns, tasks or all.
    pub what: String,
}

pub fn run(_ctx: &Context, _a: ExportArgs) -> Result<i32> {
    Err(super::bad("err.not_yet", &[&"export"]))
}
