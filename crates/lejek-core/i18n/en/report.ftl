### English messages of the reports (R1-R8). The report titles (`report.*`) live with the
### TUI's catalogue, which lists them.

# Variables: $value
err-report_by = cannot group by '{ $value }' (use owner, contact or tag)
# Variables: $value
err-report_interval = unknown interval '{ $value }' (use month, quarter or year)
# Variables: $option, $report
err-report_param = { $option } does not apply to report { $report }
# Variables: $from, $to
err-report_period = the period starts after it ends: from { $from } to { $to }
# Variables: $report, $known
err-report_unknown = unknown report '{ $report }' (reports: { $known })
# Variables: $date
rpt-as_of = as of { $date }
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
# Variables: $from, $to
rpt-period = { $from } to { $to }
rpt-total = Total
