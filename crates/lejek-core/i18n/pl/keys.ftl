### Polish messages of keymap actions (help overlay: `action.<name>`) and keymap errors.

## Co robi każda akcja, tak jak mówi to okno pomocy.

action-quit = Zakończ (pyta, jeśli są niezapisane dane)
action-help = Pokaż tę pomoc
action-back = Wstecz / zamknij
action-open = Otwórz rekord pod kursorem
action-up = W górę
action-down = W dół
action-page_up = Strona w górę
action-page_down = Strona w dół
action-top = Do pierwszego wiersza
action-bottom = Do ostatniego wiersza
action-next_view = Następny widok
action-prev_view = Poprzedni widok
action-view_deals = Interesy
action-view_contacts = Kontakty
action-view_campaigns = Kampanie
action-view_tasks = Sprawy
action-view_reports = Raporty
action-view_inbox = Powiadomienia
action-filter = Filtruj listę
action-command_line = Wiersz poleceń
action-select = Zaznacz lub odznacz wiersz
action-select_all = Zaznacz wszystkie pasujące wiersze
action-select_none = Odznacz wszystko
action-new = Nowy rekord (w bieżącym widoku)
action-edit = Edytuj rekord
action-my_deals = Moje interesy
action-sort_next = Sortuj według następnej kolumny
action-sort_reverse = Odwróć kolejność sortowania
action-next_tab = Następna zakładka szczegółów
action-prev_tab = Poprzednia zakładka szczegółów
action-refresh = Odśwież
action-change_stage = Zmień etap
action-set_next_activity = Ustaw datę następnej aktywności
action-set_value = Ustaw wartość
action-add_note = Dodaj notatkę
action-add_comment = Dodaj komentarz do dyskusji
action-attach_file = Dodaj załącznik
action-win = Oznacz jako wygrany
action-lose = Oznacz jako przegrany (z powodem przegrania)
action-assign_owner = Przypisz opiekuna
action-edit_tags = Edytuj tagi
action-task_done = Oznacz sprawę jako wykonaną
action-new_deal_for_contact = Nowy interes dla tego kontaktu
action-bulk_campaign = Operacja grupowa: utwórz kampanię z interesami
action-mark_read = Oznacz powiadomienie jako przeczytane
action-input_apply = Zastosuj
action-input_cancel = Anuluj
action-form_submit = Zapisz formularz
action-form_cancel = Anuluj (pyta przed porzuceniem niezapisanych danych)
action-form_next_field = Następne pole
action-form_prev_field = Poprzednie pole
action-help_close = Zamknij pomoc
action-help_up = Przewiń w górę
action-help_down = Przewiń w dół
action-confirm_yes = Tak
action-confirm_no = Nie

## Nagłówki okna pomocy.

keymap-section-general = Ogólne
keymap-section-movement = Poruszanie się
keymap-section-views = Widoki
keymap-section-lists = Listy
keymap-section-records = Działania na rekordzie
keymap-section-input = Filtr i wiersz poleceń
keymap-section-form = Formularze
keymap-section-help = Okno pomocy
keymap-section-confirm = Pytania

## Błędy pliku mapy klawiszy: "mapa klawiszy: <plik>:<wiersz>: <opis>".

keymap-err-prefix = mapa klawiszy
# Variables: $error
keymap-err-io = nie można odczytać pliku: { $error }
# Variables: $name, $known
keymap-err-unknown_base = nieznana mapa klawiszy '{ $name }' (dostępne: { $known })
# Variables: $error
keymap-err-syntax = błąd składni TOML: { $error }
# Variables: $section, $known
keymap-err-unknown_mode = nieznana sekcja [{ $section }] (znane: [{ $known }])
# Variables: $section
keymap-err-not_table = [{ $section }] musi być sekcją wierszy akcja = ["klawisz", ...]
# Variables: $action, $section
keymap-err-unknown_action = nieznana akcja '{ $action }' w [{ $section }]
# Variables: $action, $section, $right
keymap-err-wrong_mode = akcja '{ $action }' należy do [{ $right }], nie do [{ $section }]
# Variables: $action, $section
keymap-err-not_list = '{ $action }' w [{ $section }] wymaga listy klawiszy, np. ["q", "ctrl-c"]
# Variables: $key, $action, $section, $error
keymap-err-bad_key = zły klawisz '{ $key }' dla '{ $action }' w [{ $section }]: { $error }
keymap-err-key_empty = pusta nazwa klawisza
# Variables: $key
keymap-err-key_unknown = '{ $key }' to ani jeden znak, ani nazwa klawisza (enter, esc, tab, space, up, pgdown, f1...)
# Variables: $modifier
keymap-err-key_modifier = nieznany modyfikator '{ $modifier }' (ctrl, alt, shift, super)
# Variables: $key, $section, $bound, $line, $action
keymap-err-clash = klawisz { $key } w [{ $section }] jest już przypisany do '{ $bound }' (wiersz { $line }); nie może być też '{ $action }'
