//! Polskie komunikaty poruszania się po CRM w TUI (zgłoszenie 18, punkty 1 i 4): odnośniki
//! na kartach, lista skoków, karta zostająca przy swoim rekordzie, potwierdzenia nazywające
//! rekordy.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "action.jump_back",
        "Wróć tam, gdzie było się przed przejściem odnośnikiem (lista skoków)",
    ),
    (
        "action.jump_forward",
        "Przejdź znów naprzód na liście skoków",
    ),
    (
        "action.form_editor",
        "Napisz tekst pola (notatkę, komentarz) w swoim edytorze ($VISUAL, $EDITOR)",
    ),
    (
        "action.end_contact",
        "Zakończ współpracę z kontaktem (powód, data) albo wznów zakończoną (C4)",
    ),
    (
        "confirm.remove_comment",
        "Usunąć komentarz „{0}”? (Historia go zachowa.)",
    ),
    (
        "confirm.remove_note",
        "Usunąć notatkę „{0}”? (Historia ją zachowa.)",
    ),
    (
        "confirm.reopen_contact",
        "Wznowić współpracę z kontaktem {0}?",
    ),
    (
        "confirm.task_reopen.many",
        "Otworzyć ponownie sprawy ({0}): {1}?",
    ),
    ("confirm.task_reopen.one", "Otworzyć ponownie: {0}?"),
    ("err.save_file", "nie można utworzyć {0}: {1}"),
    ("form.edit_comment", "Edycja komentarza #{0}"),
    ("form.edit_note", "Edycja notatki #{0}"),
    ("form.end.date", "Data"),
    ("form.end.reason", "Powód"),
    (
        "form.end_contact",
        "Zakończenie współpracy z kontaktem #{0}",
    ),
    ("form.err.exists", "{0} już istnieje: podaj inną nazwę"),
    ("form.err.no_folder", "nie ma folderu dla {0}"),
    ("form.save_file", "Zapisz {0} jako"),
    ("msg.file_saved", "Zapisano {0}"),
    ("card.hint.file", "{0}: pokaż · {1}: zapisz jako"),
    ("card.hint.record", "{0}: przejdź · {1}: wróć"),
    ("card.hint.text", "{0}: edytuj · {1}: usuń"),
    ("card.no_longer_matches", "nie pasuje już do filtra"),
    ("card.outside_filter", "poza filtrem tej listy"),
    ("confirm.task_done.many", "Zamknąć sprawy ({0}): {1}?"),
    ("confirm.task_done.one", "Zamknąć sprawę: {0}?"),
    (
        "confirm.win.many",
        "Oznaczyć jako wygrane interesy ({0}): {1}?",
    ),
    ("confirm.win.one", "Oznaczyć jako wygrany: {0}?"),
    (
        "form.lose.many",
        "Oznacz jako przegrane interesy ({0}): {1}",
    ),
    ("form.lose.one", "Oznacz jako przegrany: {0}"),
    ("form.footer_editor", "{0} · {1}: edytor"),
    ("jump.none_back", "Nie ma dokąd wrócić"),
    ("jump.none_forward", "Nie ma dokąd iść naprzód"),
    ("outside.editor_failed", "Edytor nie zapisał tekstu: {0}"),
    ("outside.open_failed", "Nie udało się pokazać {0}: {1}"),
    ("named.more", "{0} i jeszcze {1}"),
];
