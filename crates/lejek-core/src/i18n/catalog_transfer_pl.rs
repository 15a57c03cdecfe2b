//! Polish messages of moving data in and out: `lejek export` and `lejek import` (X5).

pub const ENTRIES: &[(&str, &str)] = &[
    // export
    (
        "export.err.what",
        "nieznany eksport '{0}'; użyj contacts, deals, campaigns, tasks lub all",
    ),
    (
        "export.err.all_csv",
        "export all zapisuje tylko JSON (--format json); do CSV eksportuj po kolei contacts, deals, campaigns lub tasks",
    ),
    (
        "export.err.all_filter",
        "--filter nie dotyczy export all (każda lista ma własne pola); eksportuj z filtrem contacts, deals, campaigns lub tasks",
    ),
    (
        "export.err.delimiter",
        "nieznany separator '{0}'; użyj ';', ',' lub tab",
    ),
    (
        "export.err.csv_only",
        "{0} dotyczy tylko CSV (--format csv)",
    ),
    ("export.err.output", "nie można zapisać '{0}': {1}"),
    ("export.written", "{0}: zapisano rekordów: {1}"),
    // import
    ("import.err.read", "nie można odczytać '{0}': {1}"),
    (
        "import.err.undecodable",
        "'{0}' nie jest tekstem w {1}; podaj kodowanie w --encoding (utf-8, windows-1250, iso-8859-2)",
    ),
    (
        "import.err.encoding",
        "nieznane kodowanie '{0}'; użyj utf-8, windows-1250 (cp1250) lub iso-8859-2",
    ),
    (
        "import.err.delimiter",
        "nieznany separator '{0}'; użyj ';', ',' lub tab",
    ),
    (
        "import.err.empty",
        "'{0}' jest pusty: nie ma czego importować",
    ),
    ("import.err.csv", "'{0}' wiersz {1}: to nie jest CSV: {2}"),
    (
        "import.err.json",
        "'{0}': to nie jest JSON z lejek export: {1}",
    ),
    (
        "import.err.not_export",
        "'{0}' nie jest plikiem zapisanym przez lejek export all",
    ),
    (
        "import.err.export_too_new",
        "'{0}' zapisał nowszy lejek (wersja eksportu {1}; ten czyta do {2})",
    ),
    ("import.err.map_syntax", "--map '{0}': użyj KOLUMNA=POLE"),
    ("import.err.map_column", "--map: plik nie ma kolumny '{0}'"),
    (
        "import.err.map_field",
        "--map: nieznane pole '{0}'; użyj nazwy pola JSON (name, nip, email, title, stage, value, ...) lub '-', by pominąć kolumnę",
    ),
    (
        "import.err.no_column",
        "plik nie ma kolumny '{0}' (użyj --map KOLUMNA={0})",
    ),
    (
        "import.err.contact_by",
        "nieznane --contact-by '{0}'; użyj id, nip, email lub name",
    ),
    (
        "import.err.not_datable",
        "import datuje tylko polecenia, które tworzą rekord",
    ),
    (
        "import.err.closed_but_open",
        "podano datę zamknięcia, a etap jest otwarty",
    ),
    (
        "import.err.closed_before_created",
        "zamknięty {0}, przed utworzeniem {1}",
    ),
    ("import.reason.unknown", "nieznane {0} '{1}'"),
    (
        "import.reason.columns",
        "wiersz ma kolumn: {0}, nagłówek: {1}",
    ),
    ("import.reason.bad_id", "to nie jest identyfikator: '{0}'"),
    (
        "import.reason.end_date",
        "zakończenie współpracy wymaga daty (ended)",
    ),
    ("import.reason.company_missing", "nie ma firmy '{0}'"),
    (
        "import.reason.company_ambiguous",
        "więcej niż jedna firma nazywa się '{0}'",
    ),
    (
        "import.reason.no_contact",
        "nie podano kontaktu (contact_id, nip, email lub contact)",
    ),
    (
        "import.reason.contact_unnamed",
        "nie ma kontaktu '{0}' ani jego nazwy, by go dodać",
    ),
    (
        "import.reason.contact_ambiguous",
        "więcej niż jeden kontakt pasuje do '{0}'",
    ),
    (
        "import.reason.contact_invalid",
        "niepoprawny identyfikator kontaktu lub NIP: '{0}'",
    ),
    ("import.reason.history", "nieczytelna historia: {0}"),
    ("import.reason.dictionary", "nieznany słownik '{0}'"),
    (
        "import.reason.no_record",
        "rekord #{0}, do którego należy, nie został zaimportowany",
    ),
    ("import.notice.ignored", "pominięte kolumny: {0}"),
    (
        "import.notice.unknown",
        "nieznane {0} '{1}' (wiersze {2}): wiersze odrzucone; --create-missing je doda",
    ),
    (
        "import.notice.created_missing",
        "dodano {0} '{1}' (wiersze {2})",
    ),
    ("import.notice.rejected", "wiersz {0}: {1}"),
    (
        "import.notice.more_rejected",
        "... i jeszcze {0} odrzuconych wierszy (wszystkie: --rejects PLIK lub --format json)",
    ),
    (
        "import.notice.duplicate",
        "wiersz {0}: już jest (#{1}, ten sam {2}), pominięty",
    ),
    (
        "import.notice.duplicate_line",
        "wiersz {0}: powtarza wiersz {1} (ten sam {2}), pominięty",
    ),
    (
        "import.notice.more_duplicates",
        "... i jeszcze {0} wierszy, które już są (wszystkie: --format json)",
    ),
    (
        "import.summary",
        "import {0}: utworzono {1}, zaktualizowano {2}, pominięto {3}, odrzucono {4}",
    ),
    (
        "import.summary.dry_run",
        "import {0} (próba, nic nie zapisano): utworzyłby {1}, zaktualizował {2}, pominął {3}, odrzucił {4}",
    ),
];
