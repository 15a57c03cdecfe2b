//! Polskie komunikaty duplikatów: wyszukiwanie i scalanie (zgłoszenie 20, punkt 2).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "dupes.err.self",
        "nie można scalić kontaktu #{0} z nim samym",
    ),
    (
        "dupes.err.redirect",
        "kontakt #{0} został już scalony z #{1}; podaj #{1}",
    ),
    (
        "dupes.err.kinds",
        "nie można scalić #{0} z #{1}: firmę scala się tylko z firmą, osobę z osobą",
    ),
    (
        "dupes.err.not_yours",
        "{0} nie może scalić kontaktu #{1}: może to zrobić administrator albo użytkownik, który założył oba kontakty",
    ),
    (
        "dupes.err.min_score",
        "--min-score musi być liczbą od 0 do 100, a nie „{0}”",
    ),
    ("dupes.reason.nip", "ten sam NIP"),
    ("dupes.reason.email", "ten sam e-mail"),
    ("dupes.reason.phone", "ten sam telefon"),
    ("dupes.reason.name", "ta sama nazwa"),
    ("dupes.hdr.keep", "Zostaje"),
    ("dupes.hdr.other", "Duplikat"),
    ("dupes.hdr.score", "Ocena"),
    ("dupes.hdr.reasons", "Powody"),
    ("dupes.none", "Brak prawdopodobnych duplikatów."),
    ("dupes.count", "Prawdopodobne pary: {0}"),
    (
        "dupes.ask",
        "Scalić #{0} {1} z #{2} {3}? Jego interesy, osoby, notatki, komentarze i pliki przejdą; #{0} zostanie tylko jako przekierowanie [t/N] ",
    ),
    ("dupes.cancelled", "Niczego nie scalono."),
    ("dupes.merged", "#{0} scalono z #{1}"),
    (
        "dupes.followed",
        "kontakt #{0} scalono z #{1}: pokazuję #{1}",
    ),
    ("hist.merged_into", "scalono z #{0}"),
    ("hist.merged_from", "dołączono #{0}"),
    (
        "dupes.card.hint",
        "{0}: przejdź · {1}: scal z tym kontaktem",
    ),
    ("dupes.card.title", "Możliwe duplikaty"),
    ("dupes.card.line", "#{0} {1} · {2} ({3})"),
    (
        "dupes.confirm",
        "Scalić {0} z {1}? Interesy, osoby, notatki i pliki przejdą do {1}.",
    ),
    (
        "dupes.tui.not_here",
        "Wybierz na karcie kontaktu wiersz możliwego duplikatu",
    ),
    (
        "action.merge_duplicate",
        "Karta kontaktu: scal możliwy duplikat z wiersza z tym kontaktem",
    ),
    (
        "help.contact.duplicates.about",
        "Prawdopodobne duplikaty kontaktów: ten sam NIP, e-mail, telefon albo nazwa bez formy prawnej",
    ),
    (
        "help.contact.duplicates.after",
        concat!(
            "lejek contact duplicates\n",
            "lejek contact duplicates --min-score 60 --format json",
        ),
    ),
    (
        "help.contact.duplicates.arg.format",
        "Wynik: table, csv albo json",
    ),
    (
        "help.contact.duplicates.arg.min_score",
        "Tylko pary z oceną co najmniej N (0-100)",
    ),
    (
        "help.contact.merge.about",
        "Scal kontakt OTHER z KEEP: interesy, osoby, notatki, komentarze i pliki przechodzą; OTHER staje się przekierowaniem",
    ),
    (
        "help.contact.merge.after",
        concat!(
            "lejek contact merge 12 57\n",
            "lejek contact merge 12 57 --yes"
        ),
    ),
    ("help.contact.merge.arg.keep", "Kontakt, który zostaje"),
    ("help.contact.merge.arg.other", "Duplikat scalany z KEEP"),
    (
        "help.contact.merge.arg.yes",
        "Nie pytaj na terminalu (skrypt nigdy nie jest pytany)",
    ),
];
