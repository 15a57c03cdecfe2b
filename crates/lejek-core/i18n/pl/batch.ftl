### Polskie komunikaty kampanii wsadowych (`campaign create --contacts|--csv`, `add-deals`).

batch-col-created = Utworzone interesy
batch-col-field = Kolumna
batch-col-line = Wiersz
batch-col-reason = Powód
batch-col-skipped = Już w kampanii (pominięte)
batch-col-unmatched = Nieprzypisane wiersze CSV
batch-col-would_create = Interesy do utworzenia
batch-dry_run_note = Próba (--dry-run): niczego nie zapisano.
# Variables: $file
batch-err-csv_empty = { $file }: plik jest pusty (potrzebny wiersz nagłówka: id, nip, email lub nazwa)
# Variables: $file, $columns
batch-err-csv_header = { $file }: nagłówek nie zawiera żadnej z kolumn id, nip, email, nazwa (są: { $columns })
# Variables: $file, $line, $error
batch-err-csv_parse = { $file }: wiersz { $line }: { $error }
batch-err-currency_alone = --currency wymaga --value (początkowej wartości interesów)
batch-err-format = podsumowanie wsadu to tabela albo JSON (--format table|json)
# Variables: $option
batch-err-needs_selection = { $option } dotyczy wsadu: dodaj --contacts FILTR albo --csv PLIK
batch-err-no_selection = wskaż kontakty: --contacts FILTR albo --csv PLIK
batch-err-matching_dry_run = wybór filtrem służy tylko próbie (--dry-run); wsad podaje swoje kontakty (porcjami)
batch-err-no_title = wsad wymaga --deal-title (tytułu każdego nowego interesu)
# Variables: $file, $error
batch-err-read_csv = nie można odczytać { $file }: { $error }
# Variables: $seconds
batch-err-still_locked = baza wciąż zajęta przez inny proces lejek po { $seconds } s czekania (--wait); niczego nie zapisano, spróbuj ponownie, gdy skończy
# Variables: $count
batch-interrupted = przed błędem utworzono { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }; uruchom to samo polecenie ponownie, aby dokończyć wsad
batch-new_campaign = nowa
batch-reason-ambiguous = pasuje więcej niż jeden kontakt
batch-reason-invalid = niepoprawna wartość w tej kolumnie
batch-reason-no_key = w wierszu nie ma id, nipu, e-maila ani nazwy
batch-reason-not_found = nie pasuje żaden kontakt
# Variables: $campaign, $campaign_id, $count, $skipped
batch-summary = kampania '{ $campaign }' ({ $campaign_id }): utworzono { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }, już w kampanii { $skipped ->
        [one] był { $skipped } kontakt
        [few] były { $skipped } kontakty
        [many] było { $skipped } kontaktów
       *[other] było { $skipped } kontaktu
    }
# Variables: $campaign, $campaign_id, $count, $skipped
batch-summary_dry = próba, niczego nie zapisano: kampania '{ $campaign }' ({ $campaign_id }): do utworzenia { $count ->
        [one] { $count } interes
        [few] { $count } interesy
        [many] { $count } interesów
       *[other] { $count } interesu
    }, już w kampanii { $skipped ->
        [one] jest { $skipped } kontakt
        [few] są { $skipped } kontakty
        [many] jest { $skipped } kontaktów
       *[other] jest { $skipped } kontaktu
    }
# Variables: $count, $lines
batch-summary_unmatched = ; { $count ->
        [one] { $count } wiersz CSV bez kontaktu lub z kilkoma
        [few] { $count } wiersze CSV bez kontaktu lub z kilkoma
        [many] { $count } wierszy CSV bez kontaktu lub z kilkoma
       *[other] { $count } wiersza CSV bez kontaktu lub z kilkoma
    } (wiersze { $lines })
