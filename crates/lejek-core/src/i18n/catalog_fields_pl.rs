//! Polskie komunikaty pól własnych (issue 20 item 1): definiowanie, wycofywanie, wartości.

pub const ENTRIES: &[(&str, &str)] = &[
    ("fields.yes", "tak"),
    ("fields.no", "nie"),
    ("fields.col.values", "wartości"),
    ("fields.col.label", "etykieta"),
    (
        "fields.err.bad_name",
        "{0} nie nadaje się na nazwę pola: użyj małych liter a-z, cyfr i _, zaczynając od litery (najwyżej 40 znaków)",
    ),
    (
        "fields.err.reserved",
        "{0} to wbudowane pole lub słowo filtra: wybierz inną nazwę",
    ),
    ("fields.err.exists", "Pole {1} ({0}) już istnieje"),
    ("fields.err.value_twice", "Wartość {0} podano dwa razy"),
    (
        "fields.err.choice_needs_values",
        "Pole wyboru {0} potrzebuje wartości: --values a,b,c",
    ),
    (
        "fields.err.values_only_choice",
        "Wartości ma tylko pole wyboru ({0} nim nie jest)",
    ),
    (
        "fields.err.unknown",
        "Nie ma pola {1} ({0}); listę pokazuje lejek field list",
    ),
    (
        "fields.err.retired",
        "Pole {0} jest wycofane: nie można już ustawiać jego wartości",
    ),
    ("fields.err.not_number", "{0}: {1} to nie liczba"),
    ("fields.err.not_money", "{0}: {1} to nie kwota"),
    ("fields.err.not_date", "{0}: {1} to nie data"),
    ("fields.err.not_bool", "{0}: {1} to nie tak ani nie"),
    (
        "fields.err.not_choice",
        "{0}: {1} nie jest żadną z wartości {2}",
    ),
];
