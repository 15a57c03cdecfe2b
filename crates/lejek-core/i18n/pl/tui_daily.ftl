### Polskie komunikaty TUI na cały dzień pracy (zgłoszenie 18, punkty 9, 11, 12): panel
### raportów (parametry, seria wykresu, opis klawiszy), sortowanie listy w jej tytule.

report-open_hint = Enter otwiera raport: tabelę, wykres i parametry do zmiany.
rpt-param-sources = Źródła (po przecinku)
rpt-param-roles = Role (po przecinku)
# Variables: $a0, $a1, $a2, $a3, $a4
rpt-hint = { $a0 } parametry · { $a1 }/{ $a2 } seria wykresu · { $a3 } przelicz · { $a4 } wróć
# Variables: $a0, $a1, $a2, $a3
rpt-chart_series = { $a0 }: { $a1 } (seria { $a2 } z { $a3 })
# Variables: $a0
rpt-more_columns = +{ $a0 } kol.
# Variables: $a0, $a1
tui-sorted_by = sort: { $a0 } { $a1 }
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
