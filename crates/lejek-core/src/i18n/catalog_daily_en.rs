//! English messages of a working day's commands (issue 18): closed deals, editing notes and
//! comments, reopening tasks and contacts, files taken back out, editing campaigns.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.next_on_closed",
        "{0}: a won or lost deal has no next activity (reopen it first)",
    ),
    (
        "err.not_your_text_edit",
        "{0} wrote this; only its author may change it",
    ),
    (
        "err.not_your_text_remove",
        "{0} wrote this; only its author or an admin may remove it",
    ),
    ("err.no_note", "no note with id {0}"),
    ("err.no_comment", "no comment with id {0}"),
    ("err.task_not_done", "task {0} is not done"),
    (
        "err.contact_not_ended",
        "contact {0} has no end of cooperation to undo",
    ),
    (
        "err.file_damaged",
        "{0}: the stored copy is missing or damaged (its content is not {1}); restore the database's files from a backup",
    ),
    ("err.no_attachments", "{0} has no files"),
    ("err.no_such_file", "{0} has no file '{1}' (its files: {2})"),
    (
        "err.output_exists",
        "{0} exists; add --force to overwrite it",
    ),
    (
        "err.output_is_dir",
        "{0} is a directory; give -o a file name",
    ),
    ("col.size", "Size (B)"),
    ("col.added_by", "Added by"),
    ("hist.note_edited", "note #{0} changed: {1} -> {2}"),
    ("hist.note_removed", "note #{0} removed: {1}"),
    ("hist.comment_edited", "comment #{0} changed: {1} -> {2}"),
    ("hist.comment_removed", "comment #{0} removed: {1}"),
    ("hist.task_reopened", "task reopened: {0}"),
    ("hist.task_moved", "task moved to deal #{1}: {0}"),
    ("hist.task_detached", "task taken off the deal: {0}"),
    (
        "help.note.about",
        "Notes: change or remove one by its id (as `show --format json` lists it)",
    ),
    (
        "help.note.after",
        concat!(
            "lejek note edit 1 \"The client asks for samples by Friday\"
",
            "lejek note remove 1",
        ),
    ),
    (
        "help.note.edit.about",
        "Change a note's text (your own notes only)",
    ),
    (
        "help.note.edit.after",
        "lejek note edit 1 \"The client asks for samples by Friday\"",
    ),
    ("help.note.edit.arg.id", "The note's id"),
    ("help.note.edit.arg.text", "The new text"),
    (
        "help.note.remove.about",
        "Remove a note (yours; an admin may remove anyone's). The history keeps its text",
    ),
    ("help.note.remove.after", "lejek note remove 1"),
    ("help.note.remove.arg.id", "The note's id"),
    (
        "help.comment.about",
        "Discussion comments: change or remove one by its id (as `show --format json` lists it)",
    ),
    (
        "help.comment.after",
        concat!(
            "lejek comment edit 1 \"I suggest a 7% discount\"
",
            "lejek comment remove 1",
        ),
    ),
    (
        "help.comment.edit.about",
        "Change a comment's text (your own comments only)",
    ),
    (
        "help.comment.edit.after",
        "lejek comment edit 1 \"I suggest a 7% discount\"",
    ),
    ("help.comment.edit.arg.id", "The comment's id"),
    ("help.comment.edit.arg.text", "The new text"),
    (
        "help.comment.remove.about",
        "Remove a comment (yours; an admin may remove anyone's). The history keeps its text",
    ),
    ("help.comment.remove.after", "lejek comment remove 1"),
    ("help.comment.remove.arg.id", "The comment's id"),
];
