//! English messages of moving through the CRM in the TUI (issue 18 items 1 and 4): links on
//! cards, the jump list, a card that stays on its record, confirmations that name their
//! records.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.jump_back",
        "Go back to where you were before following a link (the jump list)",
    ),
    ("action.jump_forward", "Go forward again in the jump list"),
    (
        "action.form_editor",
        "Write the focused text (a note, a comment) in your editor ($VISUAL, $EDITOR)",
    ),
    (
        "action.end_contact",
        "End the cooperation with the contact (reason, date), or reopen an ended one (C4)",
    ),
    (
        "confirm.remove_comment",
        "Remove the comment \"{0}\"? (The history keeps it.)",
    ),
    (
        "confirm.remove_note",
        "Remove the note \"{0}\"? (The history keeps it.)",
    ),
    ("confirm.reopen_contact", "Reopen the cooperation with {0}?"),
    ("confirm.task_reopen.many", "Reopen {0} tasks: {1}?"),
    ("confirm.task_reopen.one", "Reopen: {0}?"),
    ("err.save_file", "cannot create {0}: {1}"),
    ("form.edit_comment", "Edit comment #{0}"),
    ("form.edit_note", "Edit note #{0}"),
    ("form.end.date", "Date"),
    ("form.end.reason", "Reason"),
    ("form.end_contact", "End of cooperation with contact #{0}"),
    ("form.err.exists", "{0} already exists: give another name"),
    ("form.err.no_folder", "no such folder for {0}"),
    ("form.save_file", "Save {0} as"),
    ("msg.file_saved", "Saved {0}"),
    ("card.hint.file", "{0}: show · {1}: save as"),
    ("card.hint.record", "{0}: go there · {1}: back"),
    ("card.hint.text", "{0}: edit · {1}: remove"),
    ("card.no_longer_matches", "no longer matches the filter"),
    ("card.outside_filter", "not in this list's filter"),
    ("confirm.task_done.many", "Mark {0} tasks done: {1}?"),
    ("confirm.task_done.one", "Mark as done: {0}?"),
    ("confirm.win.many", "Mark {0} deals won: {1}?"),
    ("confirm.win.one", "Mark as won: {0}?"),
    ("form.lose.many", "Lose {0} deals: {1}"),
    ("form.lose.one", "Lose: {0}"),
    ("form.footer_editor", "{0} · {1}: editor"),
    ("jump.none_back", "Nothing to go back to"),
    ("jump.none_forward", "Nothing to go forward to"),
    (
        "outside.editor_failed",
        "The editor did not save the text: {0}",
    ),
    ("outside.open_failed", "Could not show {0}: {1}"),
    ("named.more", "{0} and {1} more"),
];
