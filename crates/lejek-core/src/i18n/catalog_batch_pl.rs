//! Polskie komunikaty kampanii wsadowych (`campaign create --contacts|--csv`, `add-deals`).

pub const ENTRIES: &[(&str, &str)] = &[
    ("batch.col.created", "Utworzone interesy"),
    ("batch.col.field", "Kolumna"),
    ("batch.col.line", "Wiersz"),
    ("batch.col.reason", "Powód"),
    ("batch.col.skipped", "Już w kampanii (pominięte)"),
    ("batch.col.unmatched", "Nieprzypisane wiersze CSV"),
    ("batch.col.would_create", "Interesy do utworzenia"),
    (
        "batch.dry_run_note",
        "Próba (--dry-run): niczego nie zapisano.",
    ),
    (
        "batch.err.csv_empty",
        "{0}: plik jest pusty (potrzebny wiersz nagłówka: id, nip, email lub nazwa)",
    ),
    (
        "batch.err.csv_header",
        "{0}: nagłówek nie zawiera żadnej z kolumn id, nip, email, nazwa (są: {1})",
    ),
    ("batch.err.csv_parse", "{0}: wiersz {1}: {2}"),
    (
        "batch.err.currency_alone",
        "--currency wymaga --value (początkowej wartości interesów)",
    ),
    (
        "batch.err.format",
        "podsumowanie wsadu to tabela albo JSON (--format table|json)",
    ),
    (
        "batch.err.needs_selection",
        "{0} dotyczy wsadu: dodaj --contacts FILTR albo --csv PLIK",
    ),
    (
        "batch.err.no_selection",
        "wskaż kontakty: --contacts FILTR albo --csv PLIK",
    ),
    (
        "batch.err.no_title",
        "wsad wymaga --deal-title (tytułu każdego nowego interesu)",
    ),
    ("batch.err.read_csv", "nie można odczytać {0}: {1}"),
    (
        "batch.err.still_locked",
        "baza wciąż zajęta przez inny proces lejek po {0} s czekania (--wait); niczego nie zapisano, spróbuj ponownie, gdy skończy",
    ),
    (
        "batch.interrupted",
        "interesy utworzone przed błędem: {0}; uruchom to samo polecenie ponownie, aby dokończyć wsad",
    ),
    ("batch.new_campaign", "nowa"),
    ("batch.reason.ambiguous", "pasuje więcej niż jeden kontakt"),
    ("batch.reason.invalid", "niepoprawna wartość w tej kolumnie"),
    (
        "batch.reason.no_key",
        "w wierszu nie ma id, nipu, e-maila ani nazwy",
    ),
    ("batch.reason.not_found", "nie pasuje żaden kontakt"),
    (
        "batch.summary",
        "kampania '{0}' ({1}): utworzone interesy: {2}, kontakty już w kampanii: {3}",
    ),
    (
        "batch.summary_dry",
        "próba, niczego nie zapisano: kampania '{0}' ({1}): interesy do utworzenia: {2}, kontakty już w kampanii: {3}",
    ),
    (
        "batch.summary_unmatched",
        "; wiersze CSV bez kontaktu lub z kilkoma: {0} (wiersze {1})",
    ),
];
