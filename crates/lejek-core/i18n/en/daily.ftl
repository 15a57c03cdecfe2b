### English messages of a working day's commands (issue 18): closed deals, editing notes and
### comments, reopening tasks and contacts, files taken back out, editing campaigns.

# Variables: $a0
err-next_on_closed = { $a0 }: a won or lost deal has no next activity (reopen it first)
# Variables: $a0
err-not_your_text_edit = { $a0 } wrote this; only its author may change it
# Variables: $a0
err-not_your_text_remove = { $a0 } wrote this; only its author or an admin may remove it
# Variables: $a0
err-no_note = no note with id { $a0 }
# Variables: $a0
err-no_comment = no comment with id { $a0 }
# Variables: $a0
err-task_not_done = task { $a0 } is not done
# Variables: $a0
err-contact_not_ended = contact { $a0 } has no end of cooperation to undo
# Variables: $a0, $a1
err-file_damaged = { $a0 }: the stored copy is missing or damaged (its content is not { $a1 }); restore the database's files from a backup
# Variables: $a0
err-no_attachments = { $a0 } has no files
# Variables: $a0, $a1, $a2
err-no_such_file = { $a0 } has no file '{ $a1 }' (its files: { $a2 })
# Variables: $a0
err-output_exists = { $a0 } exists; add --force to overwrite it
# Variables: $a0
err-output_is_dir = { $a0 } is a directory; give -o a file name
col-size = Size (B)
col-added_by = Added by
# Variables: $a0, $a1, $a2
hist-note_edited = note #{ $a0 } changed: { $a1 } -> { $a2 }
# Variables: $a0, $a1
hist-note_removed = note #{ $a0 } removed: { $a1 }
# Variables: $a0, $a1, $a2
hist-comment_edited = comment #{ $a0 } changed: { $a1 } -> { $a2 }
# Variables: $a0, $a1
hist-comment_removed = comment #{ $a0 } removed: { $a1 }
# Variables: $a0
hist-task_reopened = task reopened: { $a0 }
# Variables: $a0, $a1
hist-task_moved = task moved to deal #{ $a1 }: { $a0 }
# Variables: $a0
hist-task_detached = task taken off the deal: { $a0 }
help-note-about = Notes: change or remove one by its id (as `show --format json` lists it)
help-note-after =
    lejek note edit 1 "The client asks for samples by Friday"
    lejek note remove 1
help-note-edit-about = Change a note's text (your own notes only)
help-note-edit-after = lejek note edit 1 "The client asks for samples by Friday"
help-note-edit-arg-id = The note's id
help-note-edit-arg-text = The new text
help-note-remove-about = Remove a note (yours; an admin may remove anyone's). The history keeps its text
help-note-remove-after = lejek note remove 1
help-note-remove-arg-id = The note's id
help-comment-about = Discussion comments: change or remove one by its id (as `show --format json` lists it)
help-comment-after =
    lejek comment edit 1 "I suggest a 7% discount"
    lejek comment remove 1
help-comment-edit-about = Change a comment's text (your own comments only)
help-comment-edit-after = lejek comment edit 1 "I suggest a 7% discount"
help-comment-edit-arg-id = The comment's id
help-comment-edit-arg-text = The new text
help-comment-remove-about = Remove a comment (yours; an admin may remove anyone's). The history keeps its text
help-comment-remove-after = lejek comment remove 1
help-comment-remove-arg-id = The comment's id
