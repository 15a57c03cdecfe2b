### Polskie komunikaty poruszania się po CRM w TUI (zgłoszenie 18, punkty 1 i 4): odnośniki
### na kartach, lista skoków, karta zostająca przy swoim rekordzie, potwierdzenia nazywające
### rekordy.

action-jump_back = Wróć tam, gdzie było się przed przejściem odnośnikiem (lista skoków)
action-jump_forward = Przejdź znów naprzód na liście skoków
action-form_editor = Napisz tekst pola (notatkę, komentarz) w swoim edytorze ($VISUAL, $EDITOR)
action-end_contact = Zakończ współpracę z kontaktem (powód, data) albo wznów zakończoną (C4)
# Variables: $text
confirm-remove_comment = Usunąć komentarz „{ $text }”? (Historia go zachowa.)
# Variables: $text
confirm-remove_note = Usunąć notatkę „{ $text }”? (Historia ją zachowa.)
# Variables: $name
confirm-reopen_contact = Wznowić współpracę z kontaktem { $name }?
# Variables: $count, $titles
confirm-task_reopen-many = Otworzyć ponownie { $count ->
        [one] { $count } sprawę
        [few] { $count } sprawy
        [many] { $count } spraw
       *[other] { $count } sprawy
    }: { $titles }?
# Variables: $title
confirm-task_reopen-one = Otworzyć ponownie: { $title }?
# Variables: $path, $error
err-save_file = nie można utworzyć { $path }: { $error }
# Variables: $id
form-edit_comment = Edycja komentarza #{ $id }
# Variables: $id
form-edit_note = Edycja notatki #{ $id }
form-end-date = Data
form-end-reason = Powód
# Variables: $id
form-end_contact = Zakończenie współpracy z kontaktem #{ $id }
# Variables: $path
form-err-exists = { $path } już istnieje: podaj inną nazwę
# Variables: $path
form-err-no_folder = nie ma folderu dla { $path }
# Variables: $file
form-save_file = Zapisz { $file } jako
# Variables: $path
msg-file_saved = Zapisano { $path }
# Variables: $show_key, $save_key
card-hint-file = { $show_key }: pokaż · { $save_key }: zapisz jako
# Variables: $go_key, $back_key
card-hint-record = { $go_key }: przejdź · { $back_key }: wróć
# Variables: $edit_key, $remove_key
card-hint-text = { $edit_key }: edytuj · { $remove_key }: usuń
card-no_longer_matches = nie pasuje już do filtra
card-outside_filter = poza filtrem tej listy
# Variables: $count, $titles
confirm-task_done-many = Zamknąć { $count ->
        [one] { $count } sprawę
        [few] { $count } sprawy
        [many] { $count } spraw
       *[other] { $count } sprawy
    }: { $titles }?
# Variables: $title
confirm-task_done-one = Zamknąć sprawę: { $title }?
# Variables: $count, $titles
confirm-win-many = Oznaczyć jako wygrane { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }: { $titles }?
# Variables: $title
confirm-win-one = Oznaczyć jako wygrany: { $title }?
# Variables: $count, $titles
form-lose-many = Oznacz jako przegrane { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }: { $titles }
# Variables: $title
form-lose-one = Oznacz jako przegrany: { $title }
# Variables: $footer, $editor_key
form-footer_editor = { $footer } · { $editor_key }: edytor
jump-none_back = Nie ma dokąd wrócić
jump-none_forward = Nie ma dokąd iść naprzód
# Variables: $error
outside-editor_failed = Edytor nie zapisał tekstu: { $error }
# Variables: $file, $error
outside-open_failed = Nie udało się pokazać { $file }: { $error }
# Variables: $names, $count
named-more = { $names } i jeszcze { $count }
