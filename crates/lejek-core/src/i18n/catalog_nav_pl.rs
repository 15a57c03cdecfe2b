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
    ("jump.none_back", "Nie ma dokąd wrócić"),
    ("jump.none_forward", "Nie ma dokąd iść naprzód"),
    ("outside.editor_failed", "Edytor nie zapisał tekstu: {0}"),
    ("outside.open_failed", "Nie udało się pokazać {0}: {1}"),
    ("named.more", "{0} i jeszcze {1}"),
];
