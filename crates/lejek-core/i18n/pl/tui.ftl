### Polish messages of the TUI.

col-add_tags = Dodaj tagi
col-path = Plik
col-remove_tags = Usuń tagi
col-unread = {""}
# Variables: $a0, $a1, $a2
confirm-bulk = Kampania '{ $a2 }': utworzyć nowe interesy ({ $a0 })? Kontakty, które już mają w niej interes: { $a1 }.
confirm-drop = Porzucić to, co wpisano w formularzu?
err-no_terminal = interfejs TUI wymaga terminala; w skryptach używaj poleceń CLI (lejek deal list ...)
# Variables: $a0
err-raw = { $a0 }
form-attach = Załącz plik
# Variables: $a0
form-bulk = Nowe interesy dla kontaktów ({ $a0 }) w kampanii
form-comment = Dodaj komentarz
# Variables: $a0
form-edit_campaign = Edycja kampanii #{ $a0 }
# Variables: $a0
form-edit_contact = Edycja kontaktu #{ $a0 }
# Variables: $a0
form-edit_deal = Edycja interesu #{ $a0 }
# Variables: $a0
form-edit_task = Edycja sprawy #{ $a0 }
form-new_campaign = Nowa kampania
form-new_contact = Nowy kontakt
form-new_deal = Nowy interes
form-new_task = Nowa sprawa (zadanie lub spotkanie)
# Variables: $a0
form-next = Data następnej aktywności (interesy: { $a0 })
form-note = Dodaj notatkę
# Variables: $a0
form-owner = Zmiana opiekuna (interesy: { $a0 })
# Variables: $a0
form-stage = Zmiana etapu (interesy: { $a0 })
# Variables: $a0
form-tags = Tagi (rekordy: { $a0 })
# Variables: $a0
form-value = Wartość (interesy: { $a0 })
hdr-assignee = Osoba
hdr-end_reason = Koniec wsp.
hdr-lost_value = Przegrane
hdr-open_value = Otwarte
hdr-status = Status
hdr-won_value = Wygrane
hdr-last = Ostatnia
hdr-next = Następna
# Variables: $a0
msg-bulk_done = Utworzono interesy: { $a0 }
# Variables: $a0
msg-no_such_id = Nie ma #{ $a0 } na tej liście
msg-not_here = Tu to nie ma zastosowania
msg-nothing_selected = Nic nie zaznaczono ani nie pasuje do filtra
# Variables: $a0
msg-saved = Zapisano ({ $a0 })
# Variables: $a0
msg-unknown_command = Nieznane polecenie ':{ $a0 }'
report-contact_end_reasons = Powody zakończenia współpracy
report-contact_sources = Źródła pozyskania kontaktów
report-deal_loss_reasons = Powody przegrania interesów
report-deal_sources = Źródła interesów
report-deal_stages = Etapy interesów
report-deal_value = Wartość interesów
report-funnel = Lejek sprzedażowy
report-sales_activity = Aktywność sprzedażowa
# Variables: $a0
rpt-bar_value = { $a0 }
rpt-opt-contact = kontakt
rpt-opt-month = miesiąc
rpt-opt-owner = opiekun
rpt-opt-quarter = kwartał
rpt-opt-tag = tag
rpt-opt-year = rok
rpt-param-filter = Filtr
rpt-param-as_of = Stan na dzień
rpt-param-by = Kolumna według
rpt-param-from = Od
rpt-param-interval = Przedział
rpt-param-to = Do
# Variables: $a0, $a1, $a2
tui-report_keys = { $a0 }: parametry · { $a1 }: wstecz · { $a2 }: przelicz
tab-deals = Interesy
tab-discussion = Dyskusja
tab-files = Pliki
tab-history = Historia
tab-notes = Notatki
tab-overview = Przegląd
tab-tasks = Sprawy
# Variables: $a0, $a1
tui-confirm_keys = { $a0 }: tak · { $a1 }: nie
tui-filter = filtr
# Variables: $a0, $a1, $a2
tui-form_footer = { $a0 }: zapisz · { $a1 }: anuluj · { $a2 }: następne pole
tui-help_title = Klawisze
# Variables: $a0, $a1, $a2, $a3, $a4
tui-hint = { $a0 } filtr · { $a1 } nowy · { $a2 } edycja · { $a3 } pomoc · { $a4 } wyjście
tui-loading = wczytywanie…
tui-mine = · moje
# Variables: $a0
tui-selected = · zaznaczone: { $a0 }
tui-terminal = terminal
# Variables: $a0, $a1, $a2, $a3
tui-too_small = Terminal jest za mały: lejek potrzebuje co najmniej { $a0 }x{ $a1 } (ten ma { $a2 }x{ $a3 }).
# Variables: $a0
tui-unread = Powiadomienia: { $a0 } nieprzeczytane
view-campaigns = Kampanie
view-contacts = Kontakty
view-deals = Interesy
view-inbox = Powiadomienia
view-reports = Raporty
view-tasks = Sprawy
