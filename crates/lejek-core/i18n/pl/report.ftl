### Polskie komunikaty raportów (R1-R8). Tytuły raportów (`report.*`) są w katalogu TUI.

# Variables: $a0
err-report_by = nie można grupować według '{ $a0 }' (owner/opiekun, contact/kontakt lub tag)
# Variables: $a0
err-report_interval = nieznany okres '{ $a0 }' (month/miesiąc, quarter/kwartał lub year/rok)
# Variables: $a0, $a1
err-report_param = { $a0 } nie dotyczy raportu { $a1 }
# Variables: $a0, $a1
err-report_period = okres zaczyna się po swoim końcu: od { $a0 } do { $a1 }
# Variables: $a0, $a1
err-report_unknown = nieznany raport '{ $a0 }' (raporty: { $a1 })
# Variables: $a0
rpt-as_of = stan na { $a0 }
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
# Variables: $a0, $a1
rpt-period = od { $a0 } do { $a1 }
rpt-total = Razem
