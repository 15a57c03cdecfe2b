//! Polskie komunikaty pól własnych (issue 20 item 1): definiowanie, wycofywanie, wartości.

pub const ENTRIES: &[(&str, &str)] = &[
    ("entity.field", "pole"),
    ("fields.yes", "tak"),
    ("fields.no", "nie"),
    ("fields.col.values", "Wartości"),
    ("fields.col.label", "Etykieta"),
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
    (
        "fields.err.by_choice",
        "--by field: grupuje według pola wyboru; {0} jest rodzaju {1}",
    ),
    ("fields.col.on", "Dotyczy"),
    ("fields.err.on", "{0} to ani deal, ani contact"),
    ("fields.err.kind", "{0} to nie rodzaj pola: {1}"),
    (
        "fields.err.pair",
        "--field wymaga NAZWA=WARTOŚĆ (NAZWA= czyści pole), a nie {0}",
    ),
    // --help polecenia `lejek field` i opcji --field
    ("help.field.about", "Pola własne szans i kontaktów"),
    (
        "help.field.after",
        concat!(
            "lejek field add deal --name waga --kind number\n",
            "lejek field list",
        ),
    ),
    (
        "help.field.add.about",
        "Dodaj pole własne (administrator): rodzaje text, number, money, date, choice, bool",
    ),
    (
        "help.field.add.after",
        concat!(
            "lejek field add deal --name waga --kind number --label-pl Waga --label-en Weight\n",
            "lejek field add contact --name branza --kind choice --values transport,handel",
        ),
    ),
    (
        "help.field.add.arg.on",
        "deal (szansa) lub contact (kontakt)",
    ),
    (
        "help.field.add.arg.name",
        "Małe litery, cyfry i _; tak pole nazywają filtry, --field i pliki",
    ),
    (
        "help.field.add.arg.kind",
        "text, number, money, date, choice lub bool (tak/nie)",
    ),
    (
        "help.field.add.arg.values",
        "Wartości pola wyboru, rozdzielone przecinkami",
    ),
    ("help.field.add.arg.label_pl", "Etykieta po polsku"),
    ("help.field.add.arg.label_en", "Etykieta po angielsku"),
    (
        "help.field.list.about",
        "Pokaż pola własne (szans, kontaktów albo wszystkie)",
    ),
    (
        "help.field.list.after",
        concat!("lejek field list\n", "lejek field list deal --format json",),
    ),
    (
        "help.field.list.arg.on",
        "deal lub contact (bez niego: wszystkie)",
    ),
    ("help.field.list.arg.format", "Wynik: table, csv lub json"),
    (
        "help.field.retire.about",
        "Wycofaj pole własne (administrator): znika z kart, formularzy i filtrów; wartości zostają w historii i eksporcie",
    ),
    ("help.field.retire.after", "lejek field retire deal waga"),
    ("help.field.retire.arg.on", "deal lub contact"),
    ("help.field.retire.arg.name", "Nazwa pola"),
    (
        "help.deal.add.arg.field",
        "Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać",
    ),
    (
        "help.deal.set.arg.field",
        "Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać",
    ),
    (
        "help.contact.add.arg.field",
        "Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać",
    ),
    (
        "help.contact.set.arg.field",
        "Wartość pola własnego, NAZWA=WARTOŚĆ (NAZWA= czyści); można powtarzać",
    ),
];
