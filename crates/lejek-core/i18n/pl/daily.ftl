### Polskie komunikaty poleceń dnia pracy (zgłoszenie 18): zamknięte interesy, poprawianie
### notatek i komentarzy, ponowne otwieranie zadań i kontaktów, pliki z powrotem, kampanie.

# Variables: $a0
err-next_on_closed = { $a0 }: wygrany lub przegrany interes nie ma następnej czynności (najpierw go otwórz)
# Variables: $a0
err-not_your_text_edit = to napisał(a) { $a0 }; zmienić może tylko autor
# Variables: $a0
err-not_your_text_remove = to napisał(a) { $a0 }; usunąć może tylko autor albo administrator
# Variables: $a0
err-no_note = nie ma notatki o id { $a0 }
# Variables: $a0
err-no_comment = nie ma komentarza o id { $a0 }
# Variables: $a0
err-task_not_done = sprawa { $a0 } nie jest zamknięta
# Variables: $a0
err-contact_not_ended = kontakt { $a0 } nie ma zakończonej współpracy do cofnięcia
# Variables: $a0, $a1
err-file_damaged = { $a0 }: zapisanej kopii brak albo jest uszkodzona (jej treść nie jest { $a1 }); przywróć pliki bazy z kopii zapasowej
# Variables: $a0
err-no_attachments = { $a0 } nie ma plików
# Variables: $a0, $a1, $a2
err-no_such_file = { $a0 } nie ma pliku „{ $a1 }” (jego pliki: { $a2 })
# Variables: $a0
err-output_exists = { $a0 } już istnieje; dodaj --force, aby go nadpisać
# Variables: $a0
err-output_is_dir = { $a0 } to katalog; podaj w -o nazwę pliku
col-size = Rozmiar (B)
col-added_by = Dodał(a)
# Variables: $a0, $a1, $a2
hist-note_edited = zmieniono notatkę #{ $a0 }: { $a1 } -> { $a2 }
# Variables: $a0, $a1
hist-note_removed = usunięto notatkę #{ $a0 }: { $a1 }
# Variables: $a0, $a1, $a2
hist-comment_edited = zmieniono komentarz #{ $a0 }: { $a1 } -> { $a2 }
# Variables: $a0, $a1
hist-comment_removed = usunięto komentarz #{ $a0 }: { $a1 }
# Variables: $a0
hist-task_reopened = ponownie otwarto sprawę: { $a0 }
# Variables: $a0, $a1
hist-task_moved = przeniesiono sprawę do interesu #{ $a1 }: { $a0 }
# Variables: $a0
hist-task_detached = odłączono sprawę od interesu: { $a0 }
help-note-about = Notatki: zmień albo usuń notatkę o podanym numerze (jak w `show --format json`)
help-note-after =
    lejek note edit 1 "Klient prosi o próbki do piątku"
    lejek note remove 1
help-note-edit-about = Zmień treść notatki (tylko własnej)
help-note-edit-after = lejek note edit 1 "Klient prosi o próbki do piątku"
help-note-edit-arg-id = Numer notatki
help-note-edit-arg-text = Nowa treść
help-note-remove-about = Usuń notatkę (własną; administrator także cudzą). Historia zachowa jej treść
help-note-remove-after = lejek note remove 1
help-note-remove-arg-id = Numer notatki
help-comment-about = Komentarze w dyskusji: zmień albo usuń komentarz o podanym numerze (jak w `show --format json`)
help-comment-after =
    lejek comment edit 1 "Proponuję rabat 7%"
    lejek comment remove 1
help-comment-edit-about = Zmień treść komentarza (tylko własnego)
help-comment-edit-after = lejek comment edit 1 "Proponuję rabat 7%"
help-comment-edit-arg-id = Numer komentarza
help-comment-edit-arg-text = Nowa treść
help-comment-remove-about = Usuń komentarz (własny; administrator także cudzy). Historia zachowa jego treść
help-comment-remove-after = lejek comment remove 1
help-comment-remove-arg-id = Numer komentarza
