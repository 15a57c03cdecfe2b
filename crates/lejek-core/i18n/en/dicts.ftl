### English messages of the TUI's dictionary screen (issue 19 item 8): the dictionaries'
### names, keys, questions and forms.

action-dictionaries = Dictionaries: stages, sources, reasons, roles, statuses
tui-dict-title = Dictionaries
tui-dict-read_only = read only: an admin changes them
dict-name-contact_status = Customer statuses
dict-name-contact_source = Acquisition sources
dict-name-end_reason = End-of-cooperation reasons
dict-name-contact_role = Roles
dict-name-deal_stage = Deal stages
dict-name-deal_source = Deal sources
dict-name-loss_reason = Loss reasons
# Variables: $prev_key, $next_key, $add_key, $edit_key, $retire_key, $up_key, $down_key, $close_key
tui-dict-keys = { $prev_key } { $next_key }: dictionary · { $add_key }: new value · { $edit_key }: change · { $retire_key }: retire/restore · { $up_key } { $down_key }: move stage · { $close_key }: close
# Variables: $prev_key, $next_key, $close_key
tui-dict-keys_read_only = { $prev_key } { $next_key }: dictionary · { $close_key }: close · an admin makes changes
# Variables: $add_key
tui-dict-none = This dictionary is empty: { $add_key } adds a value.
tui-dict-retired = retired
col-chance = Chance
# Variables: $id
tui-dict-gone = That value is no longer in the dictionary (#{ $id })
# Variables: $value, $dictionary
tui-dict-confirm_retire = Retire { $value } from { $dictionary }? Saved records keep it, but it can no longer be chosen.
# Variables: $value, $dictionary
tui-dict-confirm_unretire = Restore { $value } in { $dictionary }? It can be chosen again.
# Variables: $dictionary
tui-dict-new = New value: { $dictionary }
# Variables: $value, $dictionary
tui-dict-edit = Change { $value } ({ $dictionary })
tui-dict-stage_kind = Stage kind
tui-dict-probability = Win probability (%)
tui-dict-rot_days = Days without activity until it rots
tui-dict-not_admin = Only an admin changes the dictionaries
tui-dict-move_stages_only = Only deal stages have an order to set
