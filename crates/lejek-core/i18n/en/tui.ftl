### English messages of the TUI.

col-add_tags = Add tags
col-path = File
col-remove_tags = Remove tags
col-unread = {""}
# Variables: $count, $skipped, $campaign
confirm-bulk = Create { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    } in campaign '{ $campaign }'? ({ $skipped ->
        [one] { $skipped } of the contacts already has a deal in it.
       *[other] { $skipped } of the contacts already have a deal in it.
    })
confirm-drop = Drop what you typed in this form?
err-no_terminal = the TUI needs a terminal; use the CLI commands in scripts (lejek deal list ...)
# Variables: $text
err-raw = { $text }
form-attach = Attach a file
# Variables: $count
form-bulk = New deals for { $count ->
        [one] { $count } contact
       *[other] { $count } contacts
    } in a campaign
form-comment = Add a comment
# Variables: $id
form-edit_campaign = Edit campaign #{ $id }
# Variables: $id
form-edit_contact = Edit contact #{ $id }
# Variables: $id
form-edit_deal = Edit deal #{ $id }
# Variables: $id
form-edit_task = Edit task #{ $id }
form-new_campaign = New campaign
form-new_contact = New contact
form-new_deal = New deal
form-new_task = New task or meeting
# Variables: $count
form-next = Next activity of { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
form-note = Add a note
# Variables: $count
form-owner = Assign { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
# Variables: $count
form-stage = Change the stage of { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
# Variables: $count
form-tags = Tags of { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
# Variables: $count
form-value = Value of { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
hdr-assignee = Assignee
hdr-end_reason = End reason
hdr-lost_value = Lost
hdr-open_value = Open
hdr-status = Status
hdr-won_value = Won
hdr-last = Last
hdr-next = Next
# Variables: $count
msg-bulk_done = Created { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    }
# Variables: $id
msg-no_such_id = No #{ $id } in this list
msg-not_here = That does not apply here
msg-nothing_selected = Nothing selected or matched
# Variables: $count
msg-saved = Saved { $count ->
        [one] { $count } record
       *[other] { $count } records
    }
# Variables: $command
msg-unknown_command = Unknown command ':{ $command }'
report-contact_end_reasons = Contact end reasons
report-contact_sources = Contact sources
report-deal_loss_reasons = Deal loss reasons
report-deal_sources = Deal sources
report-deal_stages = Deal stages
report-deal_value = Deal value
report-funnel = Sales funnel
report-sales_activity = Sales activity
# Variables: $value
rpt-bar_value = { $value }
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
tab-deals = Deals
tab-discussion = Discussion
tab-files = Files
tab-history = History
tab-notes = Notes
tab-overview = Overview
tab-tasks = Tasks
# Variables: $yes_key, $no_key
tui-confirm_keys = { $yes_key }: yes · { $no_key }: no
tui-filter = filter
# Variables: $save_key, $cancel_key, $next_key
tui-form_footer = { $save_key }: save · { $cancel_key }: cancel · { $next_key }: next field
tui-help_title = Keys
# Variables: $filter_key, $new_key, $edit_key, $help_key, $quit_key
tui-hint = { $filter_key } filter · { $new_key } new · { $edit_key } edit · { $help_key } help · { $quit_key } quit
tui-loading = loading…
tui-mine = · mine
# Variables: $count
tui-selected = · { $count } selected
tui-terminal = terminal
# Variables: $min_width, $min_height, $width, $height
tui-too_small = Terminal too small: lejek needs at least { $min_width }x{ $min_height } (this one is { $width }x{ $height }).
# Variables: $count
tui-unread = Inbox: { $count } unread
view-campaigns = Campaigns
view-contacts = Contacts
view-deals = Deals
view-inbox = Inbox
view-reports = Reports
view-tasks = Tasks
