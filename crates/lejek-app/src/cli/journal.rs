//! `lejek note edit|remove` and `lejek comment edit|remove` (issue 18 item 5): a note or
//! comment by its own id, wherever it is (deal, contact, campaign); its author may change
//! it, an admin may remove it too.

use clap::Subcommand;

use super::context::Context;
use crate::service::{Command, Result};

#[derive(Subcommand, Debug)]
pub enum NoteCmd {
    /// Change a note's text (your own notes only).
    #[command(after_help = "  lejek note edit 1 \"The client asks for samples by Friday\"")]
    Edit {
        /// The note's id.
        id: u64,
        /// The new text.
        text: String,
    },
    /// Remove a note (yours; an admin may remove anyone's). The history keeps its text.
    #[command(after_help = "  lejek note remove 1")]
    Remove {
        /// The note's id.
        id: u64,
    },
}

#[derive(Subcommand, Debug)]
pub enum CommentCmd {
    /// Change a comment's text (your own comments only).
    #[command(after_help = "  lejek comment edit 1 \"I suggest a 7% discount\"")]
    Edit {
        /// The comment's id.
        id: u64,
        /// The new text.
        text: String,
    },
    /// Remove a comment (yours; an admin may remove anyone's). The history keeps its text.
    #[command(after_help = "  lejek comment remove 1")]
    Remove {
        /// The comment's id.
        id: u64,
    },
}

pub fn note(ctx: &Context, cmd: NoteCmd) -> Result<i32> {
    ctx.apply(match cmd {
        NoteCmd::Edit { id, text } => Command::EditNote { id, text },
        NoteCmd::Remove { id } => Command::RemoveNote { id },
    })?;
    Ok(0)
}

pub fn comment(ctx: &Context, cmd: CommentCmd) -> Result<i32> {
    ctx.apply(match cmd {
        CommentCmd::Edit { id, text } => Command::EditComment { id, text },
        CommentCmd::Remove { id } => Command::RemoveComment { id },
    })?;
    Ok(0)
}
