### Polish messages of moving data in and out: `lejek export` and `lejek import` (X5).

## export

# Variables: $a0
export-err-what = nieznany eksport '{ $a0 }'; użyj contacts, deals, campaigns, tasks lub all
export-err-all_csv = export all zapisuje tylko JSON (--format json); do CSV eksportuj po kolei contacts, deals, campaigns lub tasks
export-err-all_filter = --filter nie dotyczy export all (każda lista ma własne pola); eksportuj z filtrem contacts, deals, campaigns lub tasks
# Variables: $a0
export-err-delimiter = nieznany separator '{ $a0 }'; użyj ';', ',' lub tab
# Variables: $a0
export-err-csv_only = { $a0 } dotyczy tylko CSV (--format csv)
# Variables: $a0, $a1
export-err-output = nie można zapisać '{ $a0 }': { $a1 }
# Variables: $a0, $a1
export-written = { $a0 }: zapisano rekordów: { $a1 }

## import

# Variables: $a0, $a1
import-err-read = nie można odczytać '{ $a0 }': { $a1 }
# Variables: $a0, $a1
import-err-undecodable = '{ $a0 }' nie jest tekstem w { $a1 }; podaj kodowanie w --encoding (utf-8, windows-1250, iso-8859-2)
# Variables: $a0
import-err-encoding = nieznane kodowanie '{ $a0 }'; użyj utf-8, windows-1250 (cp1250) lub iso-8859-2
# Variables: $a0
import-err-delimiter = nieznany separator '{ $a0 }'; użyj ';', ',' lub tab
# Variables: $a0
import-err-empty = '{ $a0 }' jest pusty: nie ma czego importować
# Variables: $a0, $a1, $a2
import-err-csv = '{ $a0 }' wiersz { $a1 }: to nie jest CSV: { $a2 }
# Variables: $a0, $a1
import-err-json = '{ $a0 }': to nie jest JSON z lejek export: { $a1 }
# Variables: $a0
import-err-not_export = '{ $a0 }' nie jest plikiem zapisanym przez lejek export all
# Variables: $a0, $a1, $a2
import-err-export_too_new = '{ $a0 }' zapisał nowszy lejek (wersja eksportu { $a1 }; ten czyta do { $a2 })
# Variables: $a0
import-err-map_syntax = --map '{ $a0 }': użyj KOLUMNA=POLE
# Variables: $a0
import-err-map_column = --map: plik nie ma kolumny '{ $a0 }'
# Variables: $a0
import-err-map_field = --map: nieznane pole '{ $a0 }'; użyj nazwy pola JSON (name, nip, email, title, stage, value, ...) lub '-', by pominąć kolumnę
# Variables: $a0
import-err-no_column = plik nie ma kolumny '{ $a0 }' (użyj --map KOLUMNA={ $a0 })
# Variables: $a0
import-err-contact_by = nieznane --contact-by '{ $a0 }'; użyj id, nip, email lub name
import-err-not_datable = import datuje tylko polecenia, które tworzą rekord
import-err-closed_but_open = podano datę zamknięcia, a etap jest otwarty
# Variables: $a0, $a1
import-err-closed_before_created = zamknięty { $a0 }, przed utworzeniem { $a1 }
# Variables: $a0, $a1
import-reason-unknown = nieznane { $a0 } '{ $a1 }'
# Variables: $a0, $a1
import-reason-columns = wiersz ma kolumn: { $a0 }, nagłówek: { $a1 }
# Variables: $a0
import-reason-bad_id = to nie jest identyfikator: '{ $a0 }'
import-reason-end_date = zakończenie współpracy wymaga daty (ended)
# Variables: $a0
import-reason-company_missing = nie ma firmy '{ $a0 }'
# Variables: $a0
import-reason-company_ambiguous = więcej niż jedna firma nazywa się '{ $a0 }'
import-reason-no_contact = nie podano kontaktu (contact_id, nip, email lub contact)
# Variables: $a0
import-reason-contact_unnamed = nie ma kontaktu '{ $a0 }' ani jego nazwy, by go dodać
# Variables: $a0
import-reason-contact_ambiguous = więcej niż jeden kontakt pasuje do '{ $a0 }'
# Variables: $a0
import-reason-contact_invalid = niepoprawny identyfikator kontaktu lub NIP: '{ $a0 }'
# Variables: $a0
import-reason-history = nieczytelna historia: { $a0 }
# Variables: $a0
import-reason-dictionary = nieznany słownik '{ $a0 }'
# Variables: $a0
import-reason-no_record = rekord #{ $a0 }, do którego należy, nie został zaimportowany
# Variables: $a0
import-notice-ignored = pominięte kolumny: { $a0 }
# Variables: $a0, $a1, $a2
import-notice-unknown = nieznane { $a0 } '{ $a1 }' (wiersze { $a2 }): wiersze odrzucone; --create-missing je doda
# Variables: $a0, $a1, $a2
import-notice-created_missing = dodano { $a0 } '{ $a1 }' (wiersze { $a2 })
# Variables: $a0, $a1
import-notice-rejected = wiersz { $a0 }: { $a1 }
# Variables: $a0
import-notice-more_rejected = ... i jeszcze { $a0 } odrzuconych wierszy (wszystkie: --rejects PLIK lub --format json)
# Variables: $a0, $a1, $a2
import-notice-duplicate = wiersz { $a0 }: już jest (#{ $a1 }, ten sam { $a2 }), pominięty
# Variables: $a0, $a1, $a2
import-notice-duplicate_line = wiersz { $a0 }: powtarza wiersz { $a1 } (ten sam { $a2 }), pominięty
# Variables: $a0
import-notice-more_duplicates = ... i jeszcze { $a0 } wierszy, które już są (wszystkie: --format json)
# Variables: $a0, $a1, $a2, $a3, $a4
import-summary = import { $a0 }: utworzono { $a1 }, zaktualizowano { $a2 }, pominięto { $a3 }, odrzucono { $a4 }
# Variables: $a0, $a1, $a2, $a3, $a4
import-summary-dry_run = import { $a0 } (próba, nic nie zapisano): utworzyłby { $a1 }, zaktualizował { $a2 }, pominął { $a3 }, odrzucił { $a4 }
