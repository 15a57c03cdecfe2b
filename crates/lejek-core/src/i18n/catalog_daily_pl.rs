//! Polskie komunikaty poleceń dnia pracy (zgłoszenie 18): zamknięte interesy, poprawianie
//! notatek i komentarzy, ponowne otwieranie zadań i kontaktów, pliki z powrotem, kampanie.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.next_on_closed",
        "{0}: wygrany lub przegrany interes nie ma następnej czynności (najpierw go otwórz)",
    ),
    (
        "err.not_your_text_edit",
        "to napisał(a) {0}; zmienić może tylko autor",
    ),
    (
        "err.not_your_text_remove",
        "to napisał(a) {0}; usunąć może tylko autor albo administrator",
    ),
    ("err.no_note", "nie ma notatki o id {0}"),
    ("err.no_comment", "nie ma komentarza o id {0}"),
    ("err.task_not_done", "sprawa {0} nie jest zamknięta"),
    (
        "err.contact_not_ended",
        "kontakt {0} nie ma zakończonej współpracy do cofnięcia",
    ),
    (
        "err.file_damaged",
        "{0}: zapisanej kopii brak albo jest uszkodzona (jej treść nie jest {1}); przywróć pliki bazy z kopii zapasowej",
    ),
    ("err.no_attachments", "{0} nie ma plików"),
    (
        "err.no_such_file",
        "{0} nie ma pliku „{1}” (jego pliki: {2})",
    ),
    (
        "err.output_exists",
        "{0} już istnieje; dodaj --force, aby go nadpisać",
    ),
    (
        "err.output_is_dir",
        "{0} to katalog; podaj w -o nazwę pliku",
    ),
    ("col.size", "Rozmiar (B)"),
    ("col.added_by", "Dodał(a)"),
    ("hist.note_edited", "zmieniono notatkę #{0}: {1} -> {2}"),
    ("hist.note_removed", "usunięto notatkę #{0}: {1}"),
    (
        "hist.comment_edited",
        "zmieniono komentarz #{0}: {1} -> {2}",
    ),
    ("hist.comment_removed", "usunięto komentarz #{0}: {1}"),
    ("hist.task_reopened", "ponownie otwarto sprawę: {0}"),
    (
        "hist.task_moved",
        "przeniesiono sprawę do interesu #{1}: {0}",
    ),
    ("hist.task_detached", "odłączono sprawę od interesu: {0}"),
    (
        "help.note.about",
        "Notatki: zmień albo usuń notatkę o podanym numerze (jak w `show --format json`)",
    ),
    (
        "help.note.after",
        concat!(
            "lejek note edit 1 \"Klient prosi o próbki do piątku\"
",
            "lejek note remove 1",
        ),
    ),
    (
        "help.note.edit.about",
        "Zmień treść notatki (tylko własnej)",
    ),
    (
        "help.note.edit.after",
        "lejek note edit 1 \"Klient prosi o próbki do piątku\"",
    ),
    ("help.note.edit.arg.id", "Numer notatki"),
    ("help.note.edit.arg.text", "Nowa treść"),
    (
        "help.note.remove.about",
        "Usuń notatkę (własną; administrator także cudzą). Historia zachowa jej treść",
    ),
    ("help.note.remove.after", "lejek note remove 1"),
    ("help.note.remove.arg.id", "Numer notatki"),
    (
        "help.comment.about",
        "Komentarze w dyskusji: zmień albo usuń komentarz o podanym numerze (jak w `show --format json`)",
    ),
    (
        "help.comment.after",
        concat!(
            "lejek comment edit 1 \"Proponuję rabat 7%\"
",
            "lejek comment remove 1",
        ),
    ),
    (
        "help.comment.edit.about",
        "Zmień treść komentarza (tylko własnego)",
    ),
    (
        "help.comment.edit.after",
        "lejek comment edit 1 \"Proponuję rabat 7%\"",
    ),
    ("help.comment.edit.arg.id", "Numer komentarza"),
    ("help.comment.edit.arg.text", "Nowa treść"),
    (
        "help.comment.remove.about",
        "Usuń komentarz (własny; administrator także cudzy). Historia zachowa jego treść",
    ),
    ("help.comment.remove.after", "lejek comment remove 1"),
    ("help.comment.remove.arg.id", "Numer komentarza"),
];
