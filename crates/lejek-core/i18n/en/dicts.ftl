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
# Variables: $a0, $a1, $a2, $a3, $a4, $a5, $a6, $a7
tui-dict-keys = { $a0 } { $a1 }: dictionary · { $a2 }: new value · { $a3 }: change · { $a4 }: retire/restore · { $a5 } { $a6 }: move stage · { $a7 }: close
# Variables: $a0, $a1, $a2
tui-dict-keys_read_only = { $a0 } { $a1 }: dictionary · { $a2 }: close · an admin makes changes
# Variables: $a0
tui-dict-none = This dictionary is empty: { $a0 } adds a value.
tui-dict-retired = retired
col-chance = Chance
# Variables: $a0
tui-dict-gone = That value is no longer in the dictionary (#{ $a0 })
# Variables: $a0, $a1
tui-dict-confirm_retire = Retire { $a0 } from { $a1 }? Saved records keep it, but it can no longer be chosen.
# Variables: $a0, $a1
tui-dict-confirm_unretire = Restore { $a0 } in { $a1 }? It can be chosen again.
# Variables: $a0
tui-dict-new = New value: { $a0 }
# Variables: $a0, $a1
tui-dict-edit = Change { $a0 } ({ $a1 })
tui-dict-stage_kind = Stage kind
tui-dict-probability = Win probability (%)
tui-dict-rot_days = Days without activity until it rots
tui-dict-not_admin = Only an admin changes the dictionaries
tui-dict-move_stages_only = Only deal stages have an order to set
