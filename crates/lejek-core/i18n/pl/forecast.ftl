### Polskie komunikaty raportu prognozy R9 (issue 19 item 4).

report-forecast = Prognoza
# Variables: $a0
err-forecast_by = prognozy nie można podzielić według '{ $a0 }' (użyj owner albo stage)
# Variables: $a0
err-forecast_interval = prognoza nie przyjmuje okresu '{ $a0 }' (użyj month albo quarter)
rpt-col-expected_close = Spodziewane zamknięcie
rpt-col-weighted = Wartość ważona
rpt-col-no_probability = Bez prawdopodobieństwa
