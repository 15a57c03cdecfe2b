### English messages of moving through the CRM in the TUI (issue 18 items 1 and 4): links on
### cards, the jump list, a card that stays on its record, confirmations that name their
### records.

action-jump_back = Go back to where you were before following a link (the jump list)
action-jump_forward = Go forward again in the jump list
action-form_editor = Write the focused text (a note, a comment) in your editor ($VISUAL, $EDITOR)
action-end_contact = End the cooperation with the contact (reason, date), or reopen an ended one (C4)
# Variables: $text
confirm-remove_comment = Remove the comment "{ $text }"? (The history keeps it.)
# Variables: $text
confirm-remove_note = Remove the note "{ $text }"? (The history keeps it.)
# Variables: $name
confirm-reopen_contact = Reopen the cooperation with { $name }?
# Variables: $count, $titles
confirm-task_reopen-many = Reopen { $count ->
        [one] { $count } task
       *[other] { $count } tasks
    }: { $titles }?
# Variables: $title
confirm-task_reopen-one = Reopen: { $title }?
# Variables: $path, $error
err-save_file = cannot create { $path }: { $error }
# Variables: $id
form-edit_comment = Edit comment #{ $id }
# Variables: $id
form-edit_note = Edit note #{ $id }
form-end-date = Date
form-end-reason = Reason
# Variables: $id
form-end_contact = End of cooperation with contact #{ $id }
# Variables: $path
form-err-exists = { $path } already exists: give another name
# Variables: $path
form-err-no_folder = no such folder for { $path }
# Variables: $file
form-save_file = Save { $file } as
# Variables: $path
msg-file_saved = Saved { $path }
# Variables: $show_key, $save_key
card-hint-file = { $show_key }: show · { $save_key }: save as
# Variables: $go_key, $back_key
card-hint-record = { $go_key }: go there · { $back_key }: back
# Variables: $edit_key, $remove_key
card-hint-text = { $edit_key }: edit · { $remove_key }: remove
card-no_longer_matches = no longer matches the filter
card-outside_filter = not in this list's filter
# Variables: $count, $titles
confirm-task_done-many = Mark { $count ->
        [one] { $count } task
       *[other] { $count } tasks
    } done: { $titles }?
# Variables: $title
confirm-task_done-one = Mark as done: { $title }?
# Variables: $count, $titles
confirm-win-many = Mark { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    } won: { $titles }?
# Variables: $title
confirm-win-one = Mark as won: { $title }?
# Variables: $count, $titles
form-lose-many = Lose { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }: { $titles }
# Variables: $title
form-lose-one = Lose: { $title }
# Variables: $footer, $editor_key
form-footer_editor = { $footer } · { $editor_key }: editor
jump-none_back = Nothing to go back to
jump-none_forward = Nothing to go forward to
# Variables: $error
outside-editor_failed = The editor did not save the text: { $error }
# Variables: $file, $error
outside-open_failed = Could not show { $file }: { $error }
# Variables: $names, $count
named-more = { $names } and { $count } more
