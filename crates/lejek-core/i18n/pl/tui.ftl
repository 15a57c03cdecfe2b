### Polish messages of the TUI.

col-add_tags = Dodaj tagi
col-path = Plik
col-remove_tags = Usuń tagi
col-unread = {""}
# Variables: $count, $skipped, $campaign
confirm-bulk = Utworzyć { $count ->
        [one] { $count } nowy interes
        [few] { $count } nowe interesy
        [many] { $count } nowych interesów
       *[other] { $count } nowego interesu
    } w kampanii '{ $campaign }'? { $skipped ->
        [one] { $skipped } kontakt ma już w niej interes.
        [few] { $skipped } kontakty mają już w niej interes.
        [many] { $skipped } kontaktów ma już w niej interes.
       *[other] { $skipped } kontaktu ma już w niej interes.
    }
confirm-drop = Porzucić to, co wpisano w formularzu?
err-no_terminal = interfejs TUI wymaga terminala; w skryptach używaj poleceń CLI (lejek deal list ...)
# Variables: $text
err-raw = { $text }
form-attach = Załącz plik
# Variables: $count
form-bulk = Nowe interesy dla { $count ->
        [one] { $count } kontaktu
       *[other] { $count } kontaktów
    } w kampanii
form-comment = Dodaj komentarz
# Variables: $id
form-edit_campaign = Edycja kampanii #{ $id }
# Variables: $id
form-edit_contact = Edycja kontaktu #{ $id }
# Variables: $id
form-edit_deal = Edycja interesu #{ $id }
# Variables: $id
form-edit_task = Edycja sprawy #{ $id }
form-new_campaign = Nowa kampania
form-new_contact = Nowy kontakt
form-new_deal = Nowy interes
form-new_task = Nowa sprawa (zadanie lub spotkanie)
# Variables: $count
form-next = Data następnej aktywności: { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }
form-note = Dodaj notatkę
# Variables: $count
form-owner = Zmiana opiekuna: { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }
# Variables: $count
form-stage = Zmiana etapu: { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }
# Variables: $count
form-tags = Tagi: { $count ->
        [one] { $count } rekord
        [few] { $count } rekordy
        [many] { $count } rekordów
       *[other] { $count } rekordu
    }
# Variables: $count
form-value = Wartość: { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }
hdr-assignee = Osoba
hdr-end_reason = Koniec wsp.
hdr-lost_value = Przegrane
hdr-open_value = Otwarte
hdr-status = Status
hdr-won_value = Wygrane
hdr-last = Ostatnia
hdr-next = Następna
# Variables: $count
msg-bulk_done = Utworzono { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }
# Variables: $id
msg-no_such_id = Nie ma #{ $id } na tej liście
msg-not_here = Tu to nie ma zastosowania
msg-nothing_selected = Nic nie zaznaczono ani nie pasuje do filtra
# Variables: $count
msg-saved = Zapisano { $count ->
        [one] { $count } rekord
        [few] { $count } rekordy
        [many] { $count } rekordów
       *[other] { $count } rekordu
    }
# Variables: $command
msg-unknown_command = Nieznane polecenie ':{ $command }'
report-contact_end_reasons = Powody zakończenia współpracy
report-contact_sources = Źródła pozyskania kontaktów
report-deal_loss_reasons = Powody przegrania interesów
report-deal_sources = Źródła interesów
report-deal_stages = Etapy interesów
report-deal_value = Wartość interesów
report-funnel = Lejek sprzedażowy
report-sales_activity = Aktywność sprzedażowa
# Variables: $value
rpt-bar_value = { $value }
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
tab-deals = Interesy
tab-discussion = Dyskusja
tab-files = Pliki
tab-history = Historia
tab-notes = Notatki
tab-overview = Przegląd
tab-tasks = Sprawy
# Variables: $yes_key, $no_key
tui-confirm_keys = { $yes_key }: tak · { $no_key }: nie
tui-filter = filtr
# Variables: $save_key, $cancel_key, $next_key
tui-form_footer = { $save_key }: zapisz · { $cancel_key }: anuluj · { $next_key }: następne pole
tui-help_title = Klawisze
# Variables: $filter_key, $new_key, $edit_key, $help_key, $quit_key
tui-hint = { $filter_key } filtr · { $new_key } nowy · { $edit_key } edycja · { $help_key } pomoc · { $quit_key } wyjście
tui-loading = wczytywanie…
tui-mine = · moje
# Variables: $count
tui-selected = · zaznaczono { $count }
tui-terminal = terminal
# Variables: $min_width, $min_height, $width, $height
tui-too_small = Terminal jest za mały: lejek potrzebuje co najmniej { $min_width }x{ $min_height } (ten ma { $width }x{ $height }).
# Variables: $count
tui-unread = Powiadomienia: { $count ->
        [one] { $count } nieprzeczytane
        [few] { $count } nieprzeczytane
        [many] { $count } nieprzeczytanych
       *[other] { $count } nieprzeczytanego
    }
view-campaigns = Kampanie
view-contacts = Kontakty
view-deals = Interesy
view-inbox = Powiadomienia
view-reports = Raporty
view-tasks = Sprawy
