//! `lejek completions SHELL` (issue 9).

use clap::Args;

use crate::service::Result;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    pub shell: String,
}

pub fn run(_a: CompletionsArgs) -> Result<i32> {
    Err(super::bad("err.unknown_command", &[&"completions"]))
}
