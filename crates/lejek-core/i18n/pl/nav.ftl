### Polskie komunikaty poruszania się po CRM w TUI (zgłoszenie 18, punkty 1 i 4): odnośniki
### na kartach, lista skoków, karta zostająca przy swoim rekordzie, potwierdzenia nazywające
### rekordy.

action-jump_back = Wróć tam, gdzie było się przed przejściem odnośnikiem (lista skoków)
action-jump_forward = Przejdź znów naprzód na liście skoków
action-form_editor = Napisz tekst pola (notatkę, komentarz) w swoim edytorze ($VISUAL, $EDITOR)
action-end_contact = Zakończ współpracę z kontaktem (powód, data) albo wznów zakończoną (C4)
# Variables: $a0
confirm-remove_comment = Usunąć komentarz „{ $a0 }”? (Historia go zachowa.)
# Variables: $a0
confirm-remove_note = Usunąć notatkę „{ $a0 }”? (Historia ją zachowa.)
# Variables: $a0
confirm-reopen_contact = Wznowić współpracę z kontaktem { $a0 }?
# Variables: $a0, $a1
confirm-task_reopen-many = Otworzyć ponownie sprawy ({ $a0 }): { $a1 }?
# Variables: $a0
confirm-task_reopen-one = Otworzyć ponownie: { $a0 }?
# Variables: $a0, $a1
err-save_file = nie można utworzyć { $a0 }: { $a1 }
# Variables: $a0
form-edit_comment = Edycja komentarza #{ $a0 }
# Variables: $a0
form-edit_note = Edycja notatki #{ $a0 }
form-end-date = Data
form-end-reason = Powód
# Variables: $a0
form-end_contact = Zakończenie współpracy z kontaktem #{ $a0 }
# Variables: $a0
form-err-exists = { $a0 } już istnieje: podaj inną nazwę
# Variables: $a0
form-err-no_folder = nie ma folderu dla { $a0 }
# Variables: $a0
form-save_file = Zapisz { $a0 } jako
# Variables: $a0
msg-file_saved = Zapisano { $a0 }
# Variables: $a0, $a1
card-hint-file = { $a0 }: pokaż · { $a1 }: zapisz jako
# Variables: $a0, $a1
card-hint-record = { $a0 }: przejdź · { $a1 }: wróć
# Variables: $a0, $a1
card-hint-text = { $a0 }: edytuj · { $a1 }: usuń
card-no_longer_matches = nie pasuje już do filtra
card-outside_filter = poza filtrem tej listy
# Variables: $a0, $a1
confirm-task_done-many = Zamknąć sprawy ({ $a0 }): { $a1 }?
# Variables: $a0
confirm-task_done-one = Zamknąć sprawę: { $a0 }?
# Variables: $a0, $a1
confirm-win-many = Oznaczyć jako wygrane interesy ({ $a0 }): { $a1 }?
# Variables: $a0
confirm-win-one = Oznaczyć jako wygrany: { $a0 }?
# Variables: $a0, $a1
form-lose-many = Oznacz jako przegrane interesy ({ $a0 }): { $a1 }
# Variables: $a0
form-lose-one = Oznacz jako przegrany: { $a0 }
# Variables: $a0, $a1
form-footer_editor = { $a0 } · { $a1 }: edytor
jump-none_back = Nie ma dokąd wrócić
jump-none_forward = Nie ma dokąd iść naprzód
# Variables: $a0
outside-editor_failed = Edytor nie zapisał tekstu: { $a0 }
# Variables: $a0, $a1
outside-open_failed = Nie udało się pokazać { $a0 }: { $a1 }
# Variables: $a0, $a1
named-more = { $a0 } i jeszcze { $a1 }
