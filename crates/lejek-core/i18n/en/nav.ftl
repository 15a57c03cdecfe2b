### English messages of moving through the CRM in the TUI (issue 18 items 1 and 4): links on
### cards, the jump list, a card that stays on its record, confirmations that name their
### records.

action-jump_back = Go back to where you were before following a link (the jump list)
action-jump_forward = Go forward again in the jump list
action-form_editor = Write the focused text (a note, a comment) in your editor ($VISUAL, $EDITOR)
action-end_contact = End the cooperation with the contact (reason, date), or reopen an ended one (C4)
# Variables: $a0
confirm-remove_comment = Remove the comment "{ $a0 }"? (The history keeps it.)
# Variables: $a0
confirm-remove_note = Remove the note "{ $a0 }"? (The history keeps it.)
# Variables: $a0
confirm-reopen_contact = Reopen the cooperation with { $a0 }?
# Variables: $a0, $a1
confirm-task_reopen-many = Reopen { $a0 } tasks: { $a1 }?
# Variables: $a0
confirm-task_reopen-one = Reopen: { $a0 }?
# Variables: $a0, $a1
err-save_file = cannot create { $a0 }: { $a1 }
# Variables: $a0
form-edit_comment = Edit comment #{ $a0 }
# Variables: $a0
form-edit_note = Edit note #{ $a0 }
form-end-date = Date
form-end-reason = Reason
# Variables: $a0
form-end_contact = End of cooperation with contact #{ $a0 }
# Variables: $a0
form-err-exists = { $a0 } already exists: give another name
# Variables: $a0
form-err-no_folder = no such folder for { $a0 }
# Variables: $a0
form-save_file = Save { $a0 } as
# Variables: $a0
msg-file_saved = Saved { $a0 }
# Variables: $a0, $a1
card-hint-file = { $a0 }: show · { $a1 }: save as
# Variables: $a0, $a1
card-hint-record = { $a0 }: go there · { $a1 }: back
# Variables: $a0, $a1
card-hint-text = { $a0 }: edit · { $a1 }: remove
card-no_longer_matches = no longer matches the filter
card-outside_filter = not in this list's filter
# Variables: $a0, $a1
confirm-task_done-many = Mark { $a0 } tasks done: { $a1 }?
# Variables: $a0
confirm-task_done-one = Mark as done: { $a0 }?
# Variables: $a0, $a1
confirm-win-many = Mark { $a0 } deals won: { $a1 }?
# Variables: $a0
confirm-win-one = Mark as won: { $a0 }?
# Variables: $a0, $a1
form-lose-many = Lose { $a0 } deals: { $a1 }
# Variables: $a0
form-lose-one = Lose: { $a0 }
# Variables: $a0, $a1
form-footer_editor = { $a0 } · { $a1 }: editor
jump-none_back = Nothing to go back to
jump-none_forward = Nothing to go forward to
# Variables: $a0
outside-editor_failed = The editor did not save the text: { $a0 }
# Variables: $a0, $a1
outside-open_failed = Could not show { $a0 }: { $a1 }
# Variables: $a0, $a1
named-more = { $a0 } and { $a1 } more
