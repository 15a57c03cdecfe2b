### Polskie komunikaty TUI na cały dzień pracy (zgłoszenie 18, punkty 9, 11, 12): panel
### raportów (parametry, seria wykresu, opis klawiszy), sortowanie listy w jej tytule.

report-open_hint = Enter otwiera raport: tabelę, wykres i parametry do zmiany.
rpt-param-sources = Źródła (po przecinku)
rpt-param-roles = Role (po przecinku)
# Variables: $params_key, $prev_key, $next_key, $recompute_key, $back_key
rpt-hint = { $params_key } parametry · { $prev_key }/{ $next_key } seria wykresu · { $recompute_key } przelicz · { $back_key } wróć
# Variables: $column, $series, $number, $count
rpt-chart_series = { $column }: { $series } (seria { $number } z { $count })
# Variables: $count
rpt-more_columns = +{ $count } kol.
# Variables: $field, $direction
tui-sorted_by = sort: { $field } { $direction }
sort-title = tytuł
sort-contact = kontakt
sort-owner = opiekun
sort-stage = etap
sort-stage_kind = rodzaj etapu
sort-source = źródło
sort-value = wartość
sort-next = następna aktywność
sort-last = ostatnia aktywność
sort-created = utworzenie
sort-closed = zamknięcie
sort-campaign = kampania
sort-reason = powód
sort-id = numer
sort-name = nazwa
sort-kind = rodzaj
sort-status = status
sort-city = miasto
sort-ended = zakończenie
sort-deals = liczba interesów
sort-assignee = wykonawca
sort-due = termin
sort-done_at = zamknięcie
