### English messages of keymap actions (help overlay: `action.<name>`) and keymap errors.

## What each action does, as the help window says it.

action-quit = Quit (asks first if input is unsaved)
action-help = Show this help
action-back = Back / close
action-open = Open the record under the cursor
action-up = Move up
action-down = Move down
action-page_up = Page up
action-page_down = Page down
action-top = Go to the first row
action-bottom = Go to the last row
action-next_view = Next view
action-prev_view = Previous view
action-view_deals = Deals
action-view_contacts = Contacts
action-view_campaigns = Campaigns
action-view_tasks = Tasks and meetings
action-view_reports = Reports
action-view_inbox = Inbox
action-filter = Filter the list
action-command_line = Command line
action-select = Select or unselect the row
action-select_all = Select all matching rows
action-select_none = Clear the selection
action-new = New record (of the current view)
action-edit = Edit the record
action-my_deals = My deals
action-sort_next = Sort by the next column
action-sort_reverse = Reverse the sort order
action-next_tab = Next tab of the detail pane
action-prev_tab = Previous tab of the detail pane
action-refresh = Refresh
action-change_stage = Change stage
action-set_next_activity = Set the next activity date
action-set_value = Set the value
action-add_note = Add a note
action-add_comment = Add a comment to the discussion
action-attach_file = Attach a file
action-win = Mark as won
action-lose = Mark as lost (with the loss reason)
action-assign_owner = Assign the owner
action-edit_tags = Edit tags
action-task_done = Mark the task done
action-new_deal_for_contact = New deal for this contact
action-bulk_campaign = Bulk: new campaign with a deal per selected contact
action-mark_read = Mark the notification read
action-input_apply = Apply
action-input_cancel = Cancel
action-form_submit = Save the form
action-form_cancel = Cancel (asks before dropping unsaved input)
action-form_next_field = Next field
action-form_prev_field = Previous field
action-help_close = Close the help
action-help_up = Scroll up
action-help_down = Scroll down
action-confirm_yes = Yes
action-confirm_no = No

## Headings of the help window.

keymap-section-general = General
keymap-section-movement = Movement
keymap-section-views = Views
keymap-section-lists = Lists
keymap-section-records = Record actions
keymap-section-input = Filter and command line
keymap-section-form = Forms
keymap-section-help = Help window
keymap-section-confirm = Questions

## Keymap file errors: "keymap: <file>:<line>: <detail>".

keymap-err-prefix = keymap
# Variables: $error
keymap-err-io = cannot read the file: { $error }
# Variables: $name, $known
keymap-err-unknown_base = unknown keymap '{ $name }' (available: { $known })
# Variables: $error
keymap-err-syntax = TOML syntax error: { $error }
# Variables: $section, $known
keymap-err-unknown_mode = unknown section [{ $section }] (known: [{ $known }])
# Variables: $section
keymap-err-not_table = [{ $section }] must be a section of action = ["key", ...] lines
# Variables: $action, $section
keymap-err-unknown_action = unknown action '{ $action }' in [{ $section }]
# Variables: $action, $section, $right
keymap-err-wrong_mode = action '{ $action }' belongs in [{ $right }], not in [{ $section }]
# Variables: $action, $section
keymap-err-not_list = '{ $action }' in [{ $section }] must be given a list of keys, e.g. ["q", "ctrl-c"]
# Variables: $key, $action, $section, $error
keymap-err-bad_key = bad key '{ $key }' for '{ $action }' in [{ $section }]: { $error }
keymap-err-key_empty = the key name is empty
# Variables: $key
keymap-err-key_unknown = '{ $key }' is neither one character nor a key name (enter, esc, tab, space, up, pgdown, f1...)
# Variables: $modifier
keymap-err-key_modifier = unknown modifier '{ $modifier }' (ctrl, alt, shift, super)
# Variables: $key, $section, $bound, $line, $action
keymap-err-clash = key { $key } in [{ $section }] is already bound to '{ $bound }' (line { $line }); it cannot also be '{ $action }'
