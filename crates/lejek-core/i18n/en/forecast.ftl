### English messages of the forecast report R9 (issue 19 item 4).

report-forecast = Forecast
# Variables: $value
err-forecast_by = the forecast cannot be split by '{ $value }' (use owner or stage)
# Variables: $value
err-forecast_interval = the forecast cannot use interval '{ $value }' (use month or quarter)
rpt-col-expected_close = Expected close
rpt-col-weighted = Weighted value
rpt-col-no_probability = No probability
