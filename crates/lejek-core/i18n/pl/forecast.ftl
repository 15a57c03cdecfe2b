### Polskie komunikaty raportu prognozy R9 (issue 19 item 4).

report-forecast = Prognoza
# Variables: $value
err-forecast_by = prognozy nie można podzielić według '{ $value }' (użyj owner albo stage)
# Variables: $value
err-forecast_interval = prognoza nie przyjmuje okresu '{ $value }' (użyj month albo quarter)
rpt-col-expected_close = Spodziewane zamknięcie
rpt-col-weighted = Wartość ważona
rpt-col-no_probability = Bez prawdopodobieństwa
