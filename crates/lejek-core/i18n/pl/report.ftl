### Polskie komunikaty raportów (R1-R8). Tytuły raportów (`report.*`) są w katalogu TUI.

# Variables: $value
err-report_by = nie można grupować według '{ $value }' (owner/opiekun, contact/kontakt lub tag)
# Variables: $value
err-report_interval = nieznany okres '{ $value }' (month/miesiąc, quarter/kwartał lub year/rok)
# Variables: $option, $report
err-report_param = { $option } nie dotyczy raportu { $report }
# Variables: $from, $to
err-report_period = okres zaczyna się po swoim końcu: od { $from } do { $to }
# Variables: $report, $known
err-report_unknown = nieznany raport '{ $report }' (raporty: { $known })
# Variables: $date
rpt-as_of = stan na { $date }
rpt-chart_empty = (nie ma czego narysować)
rpt-col-activity = Aktywność
rpt-col-comments = Komentarze
rpt-col-conversion = Konwersja
rpt-col-count = Liczba
rpt-col-interval = Okres
rpt-col-lost_at = Utracone
rpt-col-meetings_held = Odbyte spotkania
rpt-col-moved_on = Przeszło dalej
rpt-col-new_contacts = Nowe kontakty
rpt-col-new_deals = Nowe interesy
rpt-col-reached = Osiągnęło
rpt-col-share = Udział
rpt-col-still = Nadal na etapie
rpt-col-tasks_done = Zamknięte sprawy
rpt-col-value = Wartość
rpt-col-win_rate = Skuteczność
rpt-col-won_count = Wygrane
rpt-col-won_value = Wartość wygranych
rpt-none = (brak)
rpt-other = (pozostałe)
# Variables: $from, $to
rpt-period = od { $from } do { $to }
rpt-total = Razem
