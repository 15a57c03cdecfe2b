### Polskie komunikaty poleceń dnia pracy (zgłoszenie 18): zamknięte interesy, poprawianie
### notatek i komentarzy, ponowne otwieranie zadań i kontaktów, pliki z powrotem, kampanie.

# Variables: $deal
err-next_on_closed = { $deal }: wygrany lub przegrany interes nie ma następnej czynności (najpierw go otwórz)
# Variables: $author
err-not_your_text_edit = to napisał(a) { $author }; zmienić może tylko autor
# Variables: $author
err-not_your_text_remove = to napisał(a) { $author }; usunąć może tylko autor albo administrator
# Variables: $id
err-no_note = nie ma notatki o id { $id }
# Variables: $id
err-no_comment = nie ma komentarza o id { $id }
# Variables: $id
err-task_not_done = sprawa { $id } nie jest zamknięta
# Variables: $id
err-contact_not_ended = kontakt { $id } nie ma zakończonej współpracy do cofnięcia
# Variables: $file, $sha
err-file_damaged = { $file }: zapisanej kopii brak albo jest uszkodzona (jej treść nie jest { $sha }); przywróć pliki bazy z kopii zapasowej
# Variables: $record
err-no_attachments = { $record } nie ma plików
# Variables: $record, $file, $files
err-no_such_file = { $record } nie ma pliku „{ $file }” (jego pliki: { $files })
# Variables: $path
err-output_exists = { $path } już istnieje; dodaj --force, aby go nadpisać
# Variables: $path
err-output_is_dir = { $path } to katalog; podaj w -o nazwę pliku
col-size = Rozmiar (B)
col-added_by = Dodał(a)
# Variables: $id, $old, $new
hist-note_edited = zmieniono notatkę #{ $id }: { $old } -> { $new }
# Variables: $id, $text
hist-note_removed = usunięto notatkę #{ $id }: { $text }
# Variables: $id, $old, $new
hist-comment_edited = zmieniono komentarz #{ $id }: { $old } -> { $new }
# Variables: $id, $text
hist-comment_removed = usunięto komentarz #{ $id }: { $text }
# Variables: $title
hist-task_reopened = ponownie otwarto sprawę: { $title }
# Variables: $title, $deal
hist-task_moved = przeniesiono sprawę do interesu #{ $deal }: { $title }
# Variables: $title
hist-task_detached = odłączono sprawę od interesu: { $title }
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
