### English TUI messages for a whole working day (issue 18, items 9, 11, 12): the report
### pane (parameters, the chart's series, its keys), the list's sort in its title.

report-open_hint = Enter opens the report: its table, chart and parameters to change.
rpt-param-sources = Sources (comma-separated)
rpt-param-roles = Roles (comma-separated)
# Variables: $a0, $a1, $a2, $a3, $a4
rpt-hint = { $a0 } parameters · { $a1 }/{ $a2 } chart series · { $a3 } recompute · { $a4 } back
# Variables: $a0, $a1, $a2, $a3
rpt-chart_series = { $a0 }: { $a1 } (series { $a2 } of { $a3 })
# Variables: $a0
rpt-more_columns = +{ $a0 } cols
# Variables: $a0, $a1
tui-sorted_by = sort: { $a0 } { $a1 }
sort-title = title
sort-contact = contact
sort-owner = owner
sort-stage = stage
sort-stage_kind = stage kind
sort-source = source
sort-value = value
sort-next = next activity
sort-last = last activity
sort-created = created
sort-closed = closed
sort-campaign = campaign
sort-reason = reason
sort-id = number
sort-name = name
sort-kind = kind
sort-status = status
sort-city = city
sort-ended = ended
sort-deals = deal count
sort-assignee = assignee
sort-due = due
sort-done_at = done
