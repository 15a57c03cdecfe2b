//! Removal steps the noun commands share (issue 20 item 3): a file by its name on a record
//! (`deal file remove`, `campaign file remove`) and a note checked to be on the deal named
//! (`deal note-remove`). The rules (who may) are the service's; these only find the id.

use super::bad;
use super::context::Context;
use crate::model::EntityRef;
use crate::render::safe;
use crate::service::{Command, Result, files};

/// Remove the file `file` (its name as listed, or `#ID`) attached to `on`.
pub fn file(ctx: &Context, on: EntityRef, file: &str) -> Result<i32> {
    let list = ctx.svc.attachments(on)?;
    let Some(a) = files::find_attachment(&list, file) else {
        let names: Vec<String> = list
            .iter()
            .map(|a| format!("#{} {}", a.id, safe(&a.name)))
            .collect();
        if names.is_empty() {
            return Err(bad("err.no_attachments", &[&format!("#{}", on.id)]));
        }
        return Err(bad(
            "err.no_such_file",
            &[&format!("#{}", on.id), &safe(file), &names.join(", ")],
        ));
    };
    ctx.apply(Command::RemoveFile { id: a.id })?;
    Ok(0)
}

/// Remove note `note` of record `on`: refused (exit 2) when the note is on another record,
/// so a mistyped pair never removes someone else's note.
pub fn note(ctx: &Context, on: EntityRef, note: u64) -> Result<i32> {
    let notes = ctx.svc.journal(on)?.notes;
    if !notes.iter().any(|n| n.id == note) {
        return Err(bad("erase.err.note_not_here", &[&note, &on.id]));
    }
    ctx.apply(Command::RemoveNote { id: note })?;
    Ok(0)
}
