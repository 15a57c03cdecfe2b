### English messages of the reports (R1-R8). The report titles (`report.*`) live with the
### TUI's catalogue, which lists them.

# Variables: $a0
err-report_by = cannot group by '{ $a0 }' (use owner, contact or tag)
# Variables: $a0
err-report_interval = unknown interval '{ $a0 }' (use month, quarter or year)
# Variables: $a0, $a1
err-report_param = { $a0 } does not apply to report { $a1 }
# Variables: $a0, $a1
err-report_period = the period starts after it ends: from { $a0 } to { $a1 }
# Variables: $a0, $a1
err-report_unknown = unknown report '{ $a0 }' (reports: { $a1 })
# Variables: $a0
rpt-as_of = as of { $a0 }
rpt-chart_empty = (nothing to draw)
rpt-col-activity = Activity
rpt-col-comments = Comments
rpt-col-conversion = Conversion
rpt-col-count = Count
rpt-col-interval = Interval
rpt-col-lost_at = Lost at
rpt-col-meetings_held = Meetings held
rpt-col-moved_on = Moved on
rpt-col-new_contacts = New contacts
rpt-col-new_deals = New deals
rpt-col-reached = Reached
rpt-col-share = Share
rpt-col-still = Still there
rpt-col-tasks_done = Tasks closed
rpt-col-value = Value
rpt-col-win_rate = Won share
rpt-col-won_count = Won
rpt-col-won_value = Won value
rpt-none = (none)
rpt-other = (other)
# Variables: $a0, $a1
rpt-period = { $a0 } to { $a1 }
rpt-total = Total
