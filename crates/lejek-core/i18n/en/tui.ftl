### English messages of the TUI.

col-add_tags = Add tags
col-path = File
col-remove_tags = Remove tags
col-unread = {""}
# Variables: $a0, $a1, $a2
confirm-bulk = Create { $a0 } deals in campaign '{ $a2 }'? ({ $a1 } of the contacts already have a deal in it.)
confirm-drop = Drop what you typed in this form?
err-no_terminal = the TUI needs a terminal; use the CLI commands in scripts (lejek deal list ...)
# Variables: $a0
err-raw = { $a0 }
form-attach = Attach a file
# Variables: $a0
form-bulk = New deals for { $a0 } contact(s) in a campaign
form-comment = Add a comment
# Variables: $a0
form-edit_campaign = Edit campaign #{ $a0 }
# Variables: $a0
form-edit_contact = Edit contact #{ $a0 }
# Variables: $a0
form-edit_deal = Edit deal #{ $a0 }
# Variables: $a0
form-edit_task = Edit task #{ $a0 }
form-new_campaign = New campaign
form-new_contact = New contact
form-new_deal = New deal
form-new_task = New task or meeting
# Variables: $a0
form-next = Next activity of { $a0 } deal(s)
form-note = Add a note
# Variables: $a0
form-owner = Assign { $a0 } deal(s)
# Variables: $a0
form-stage = Change the stage of { $a0 } deal(s)
# Variables: $a0
form-tags = Tags of { $a0 } record(s)
# Variables: $a0
form-value = Value of { $a0 } deal(s)
hdr-assignee = Assignee
hdr-end_reason = End reason
hdr-lost_value = Lost
hdr-open_value = Open
hdr-status = Status
hdr-won_value = Won
hdr-last = Last
hdr-next = Next
# Variables: $a0
msg-bulk_done = Created { $a0 } deal(s)
# Variables: $a0
msg-no_such_id = No #{ $a0 } in this list
msg-not_here = That does not apply here
msg-nothing_selected = Nothing selected or matched
# Variables: $a0
msg-saved = Saved ({ $a0 })
# Variables: $a0
msg-unknown_command = Unknown command ':{ $a0 }'
report-contact_end_reasons = Contact end reasons
report-contact_sources = Contact sources
report-deal_loss_reasons = Deal loss reasons
report-deal_sources = Deal sources
report-deal_stages = Deal stages
report-deal_value = Deal value
report-funnel = Sales funnel
report-sales_activity = Sales activity
# Variables: $a0
rpt-bar_value = { $a0 }
rpt-opt-contact = contact
rpt-opt-month = month
rpt-opt-owner = owner
rpt-opt-quarter = quarter
rpt-opt-tag = tag
rpt-opt-year = year
rpt-param-filter = Filter
rpt-param-as_of = As of (date)
rpt-param-by = Column per
rpt-param-from = From
rpt-param-interval = Interval
rpt-param-to = To
# Variables: $a0, $a1, $a2
tui-report_keys = { $a0 }: parameters · { $a1 }: back · { $a2 }: recompute
tab-deals = Deals
tab-discussion = Discussion
tab-files = Files
tab-history = History
tab-notes = Notes
tab-overview = Overview
tab-tasks = Tasks
# Variables: $a0, $a1
tui-confirm_keys = { $a0 }: yes · { $a1 }: no
tui-filter = filter
# Variables: $a0, $a1, $a2
tui-form_footer = { $a0 }: save · { $a1 }: cancel · { $a2 }: next field
tui-help_title = Keys
# Variables: $a0, $a1, $a2, $a3, $a4
tui-hint = { $a0 } filter · { $a1 } new · { $a2 } edit · { $a3 } help · { $a4 } quit
tui-loading = loading…
tui-mine = · mine
# Variables: $a0
tui-selected = · { $a0 } selected
tui-terminal = terminal
# Variables: $a0, $a1, $a2, $a3
tui-too_small = Terminal too small: lejek needs at least { $a0 }x{ $a1 } (this one is { $a2 }x{ $a3 }).
# Variables: $a0
tui-unread = Inbox: { $a0 } unread
view-campaigns = Campaigns
view-contacts = Contacts
view-deals = Deals
view-inbox = Inbox
view-reports = Reports
view-tasks = Tasks
