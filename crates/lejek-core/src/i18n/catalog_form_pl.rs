//! Polish messages of TUI forms (field validation, form chrome).

pub const ENTRIES: &[(&str, &str)] = &[
    // Validation errors.
    ("form.err.required", "wymagane"),
    ("form.err.too_long", "za długie: {0} znaków (najwyżej {1})"),
    (
        "form.err.unknown_option",
        "nie ma opcji '{0}'; wybierz jedną z: {1}",
    ),
    ("form.err.ambiguous", "'{0}' pasuje do kilku: {1}"),
    ("form.err.no_options", "nie ma opcji do wyboru"),
    ("form.err.no_file", "nie ma takiego pliku: '{0}'"),
    ("form.err.is_dir", "'{0}' to katalog, a nie plik"),
    (
        "form.err.not_number",
        "to nie jest liczba: '{0}' (wpisz cyfry, np. 42)",
    ),
    (
        "form.err.not_time",
        "to nie jest godzina: '{0}' (wpisz GG:MM, np. 14:30)",
    ),
    // Hints: what an empty field takes, how a typed value was understood.
    ("form.hint.money", "np. 1234,56 lub 1 234,56"),
    ("form.hint.date", "np. 01.12.2026, +3d, pt, jutro"),
    ("form.hint.date_time", "np. 01.12.2026 14:30, jutro 9:00"),
    ("form.hint.tags", "słowa oddzielone spacją lub przecinkiem"),
    ("form.hint.path", "ścieżka do pliku; ~ to katalog domowy"),
    ("form.hint.choice", "jedna z: {0} (ctrl-n: następna)"),
    ("form.hint.candidates", "pasuje: {0}"),
    // Weekdays before a resolved date.
    ("form.weekday.mon", "pon"),
    ("form.weekday.tue", "wt"),
    ("form.weekday.wed", "śr"),
    ("form.weekday.thu", "czw"),
    ("form.weekday.fri", "pt"),
    ("form.weekday.sat", "sob"),
    ("form.weekday.sun", "niedz"),
    // The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.
    (
        "form.footer",
        "{0}: zapisz · {1}: anuluj · {2}: następne pole",
    ),
    // A concurrent edit (X6): {0} who saved, {1} the fields both changed.
    (
        "form.conflict",
        "{0} zapisał(a) ten rekord, gdy go edytowano tutaj: {1} (jego/jej → twoje). Enter zapisze twoje; przywróć pole, by zostawić jego/jej wartość; Esc porzuca zmiany.",
    ),
];
