### English messages of a working day's commands (issue 18): closed deals, editing notes and
### comments, reopening tasks and contacts, files taken back out, editing campaigns.

# Variables: $deal
err-next_on_closed = { $deal }: a won or lost deal has no next activity (reopen it first)
# Variables: $author
err-not_your_text_edit = { $author } wrote this; only its author may change it
# Variables: $author
err-not_your_text_remove = { $author } wrote this; only its author or an admin may remove it
# Variables: $id
err-no_note = no note with id { $id }
# Variables: $id
err-no_comment = no comment with id { $id }
# Variables: $id
err-task_not_done = task { $id } is not done
# Variables: $id
err-contact_not_ended = contact { $id } has no end of cooperation to undo
# Variables: $file, $sha
err-file_damaged = { $file }: the stored copy is missing or damaged (its content is not { $sha }); restore the database's files from a backup
# Variables: $record
err-no_attachments = { $record } has no files
# Variables: $record, $file, $files
err-no_such_file = { $record } has no file '{ $file }' (its files: { $files })
# Variables: $path
err-output_exists = { $path } exists; add --force to overwrite it
# Variables: $path
err-output_is_dir = { $path } is a directory; give -o a file name
col-size = Size (B)
col-added_by = Added by
# Variables: $id, $old, $new
hist-note_edited = note #{ $id } changed: { $old } -> { $new }
# Variables: $id, $text
hist-note_removed = note #{ $id } removed: { $text }
# Variables: $id, $old, $new
hist-comment_edited = comment #{ $id } changed: { $old } -> { $new }
# Variables: $id, $text
hist-comment_removed = comment #{ $id } removed: { $text }
# Variables: $title
hist-task_reopened = task reopened: { $title }
# Variables: $title, $deal
hist-task_moved = task moved to deal #{ $deal }: { $title }
# Variables: $title
hist-task_detached = task taken off the deal: { $title }
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
