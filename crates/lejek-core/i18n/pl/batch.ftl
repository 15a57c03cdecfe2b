### Polskie komunikaty kampanii wsadowych (`campaign create --contacts|--csv`, `add-deals`).

batch-col-created = Utworzone interesy
batch-col-field = Kolumna
batch-col-line = Wiersz
batch-col-reason = Powód
batch-col-skipped = Już w kampanii (pominięte)
batch-col-unmatched = Nieprzypisane wiersze CSV
batch-col-would_create = Interesy do utworzenia
batch-dry_run_note = Próba (--dry-run): niczego nie zapisano.
# Variables: $a0
batch-err-csv_empty = { $a0 }: plik jest pusty (potrzebny wiersz nagłówka: id, nip, email lub nazwa)
# Variables: $a0, $a1
batch-err-csv_header = { $a0 }: nagłówek nie zawiera żadnej z kolumn id, nip, email, nazwa (są: { $a1 })
# Variables: $a0, $a1, $a2
batch-err-csv_parse = { $a0 }: wiersz { $a1 }: { $a2 }
batch-err-currency_alone = --currency wymaga --value (początkowej wartości interesów)
batch-err-format = podsumowanie wsadu to tabela albo JSON (--format table|json)
# Variables: $a0
batch-err-needs_selection = { $a0 } dotyczy wsadu: dodaj --contacts FILTR albo --csv PLIK
batch-err-no_selection = wskaż kontakty: --contacts FILTR albo --csv PLIK
batch-err-no_title = wsad wymaga --deal-title (tytułu każdego nowego interesu)
# Variables: $a0, $a1
batch-err-read_csv = nie można odczytać { $a0 }: { $a1 }
# Variables: $a0
batch-err-still_locked = baza wciąż zajęta przez inny proces lejek po { $a0 } s czekania (--wait); niczego nie zapisano, spróbuj ponownie, gdy skończy
# Variables: $a0
batch-interrupted = interesy utworzone przed błędem: { $a0 }; uruchom to samo polecenie ponownie, aby dokończyć wsad
batch-new_campaign = nowa
batch-reason-ambiguous = pasuje więcej niż jeden kontakt
batch-reason-invalid = niepoprawna wartość w tej kolumnie
batch-reason-no_key = w wierszu nie ma id, nipu, e-maila ani nazwy
batch-reason-not_found = nie pasuje żaden kontakt
# Variables: $a0, $a1, $a2, $a3
batch-summary = kampania '{ $a0 }' ({ $a1 }): utworzone interesy: { $a2 }, kontakty już w kampanii: { $a3 }
# Variables: $a0, $a1, $a2, $a3
batch-summary_dry = próba, niczego nie zapisano: kampania '{ $a0 }' ({ $a1 }): interesy do utworzenia: { $a2 }, kontakty już w kampanii: { $a3 }
# Variables: $a0, $a1
batch-summary_unmatched = ; wiersze CSV bez kontaktu lub z kilkoma: { $a0 } (wiersze { $a1 })
