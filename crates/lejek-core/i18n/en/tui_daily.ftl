### English TUI messages for a whole working day (issue 18, items 9, 11, 12): the report
### pane (parameters, the chart's series, its keys), the list's sort in its title.

report-open_hint = Enter opens the report: its table, chart and parameters to change.
rpt-param-sources = Sources (comma-separated)
rpt-param-roles = Roles (comma-separated)
# Variables: $params_key, $prev_key, $next_key, $recompute_key, $back_key
rpt-hint = { $params_key } parameters · { $prev_key }/{ $next_key } chart series · { $recompute_key } recompute · { $back_key } back
# Variables: $column, $series, $number, $count
rpt-chart_series = { $column }: { $series } (series { $number } of { $count })
# Variables: $count
rpt-more_columns = +{ $count } cols
# Variables: $field, $direction
tui-sorted_by = sort: { $field } { $direction }
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
