### Polish messages of moving data in and out: `lejek export` and `lejek import` (X5).

## export

# Variables: $value
export-err-what = nieznany eksport '{ $value }'; użyj contacts, deals, campaigns, tasks lub all
export-err-all_csv = export all zapisuje tylko JSON (--format json); do CSV eksportuj po kolei contacts, deals, campaigns lub tasks
export-err-all_filter = --filter nie dotyczy export all (każda lista ma własne pola); eksportuj z filtrem contacts, deals, campaigns lub tasks
# Variables: $value
export-err-delimiter = nieznany separator '{ $value }'; użyj ';', ',' lub tab
# Variables: $option
export-err-csv_only = { $option } dotyczy tylko CSV (--format csv)
# Variables: $path, $error
export-err-output = nie można zapisać '{ $path }': { $error }
# Variables: $what, $count
export-written = { $what }: zapisano { $count ->
        [one] { $count } rekord
        [few] { $count } rekordy
        [many] { $count } rekordów
       *[other] { $count } rekordu
    }

## import

# Variables: $path, $error
import-err-read = nie można odczytać '{ $path }': { $error }
# Variables: $path, $encoding
import-err-undecodable = '{ $path }' nie jest tekstem w { $encoding }; podaj kodowanie w --encoding (utf-8, windows-1250, iso-8859-2)
# Variables: $value
import-err-encoding = nieznane kodowanie '{ $value }'; użyj utf-8, windows-1250 (cp1250) lub iso-8859-2
# Variables: $value
import-err-delimiter = nieznany separator '{ $value }'; użyj ';', ',' lub tab
# Variables: $path
import-err-empty = '{ $path }' jest pusty: nie ma czego importować
# Variables: $path, $line, $error
import-err-csv = '{ $path }' wiersz { $line }: to nie jest CSV: { $error }
# Variables: $path, $error
import-err-json = '{ $path }': to nie jest JSON z lejek export: { $error }
# Variables: $path
import-err-not_export = '{ $path }' nie jest plikiem zapisanym przez lejek export all
# Variables: $path, $version, $known
import-err-export_too_new = '{ $path }' zapisał nowszy lejek (wersja eksportu { $version }; ten czyta do { $known })
# Variables: $value
import-err-map_syntax = --map '{ $value }': użyj KOLUMNA=POLE
# Variables: $column
import-err-map_column = --map: plik nie ma kolumny '{ $column }'
# Variables: $field
import-err-map_field = --map: nieznane pole '{ $field }'; użyj nazwy pola JSON (name, nip, email, title, stage, value, ...) lub '-', by pominąć kolumnę
# Variables: $column
import-err-no_column = plik nie ma kolumny '{ $column }' (użyj --map KOLUMNA={ $column })
# Variables: $value
import-err-contact_by = nieznane --contact-by '{ $value }'; użyj id, nip, email lub name
import-err-not_datable = import datuje tylko polecenia, które tworzą rekord
import-err-closed_but_open = podano datę zamknięcia, a etap jest otwarty
# Variables: $closed, $created
import-err-closed_before_created = zamknięty { $closed }, przed utworzeniem { $created }
# Variables: $field, $value
import-reason-unknown = nieznane { $field } '{ $value }'
# Variables: $count, $header
import-reason-columns = wiersz ma { $count ->
        [one] { $count } kolumnę
        [few] { $count } kolumny
        [many] { $count } kolumn
       *[other] { $count } kolumny
    }, nagłówek { $header }
# Variables: $value
import-reason-bad_id = to nie jest identyfikator: '{ $value }'
import-reason-end_date = zakończenie współpracy wymaga daty (ended)
# Variables: $name
import-reason-company_missing = nie ma firmy '{ $name }'
# Variables: $name
import-reason-company_ambiguous = więcej niż jedna firma nazywa się '{ $name }'
import-reason-no_contact = nie podano kontaktu (contact_id, nip, email lub contact)
# Variables: $value
import-reason-contact_unnamed = nie ma kontaktu '{ $value }' ani jego nazwy, by go dodać
# Variables: $value
import-reason-contact_ambiguous = więcej niż jeden kontakt pasuje do '{ $value }'
# Variables: $value
import-reason-contact_invalid = niepoprawny identyfikator kontaktu lub NIP: '{ $value }'
# Variables: $error
import-reason-history = nieczytelna historia: { $error }
# Variables: $name
import-reason-dictionary = nieznany słownik '{ $name }'
# Variables: $id
import-reason-no_record = rekord #{ $id }, do którego należy, nie został zaimportowany
# Variables: $columns
import-notice-ignored = pominięte kolumny: { $columns }
# Variables: $field, $value, $lines
import-notice-unknown = nieznane { $field } '{ $value }' (wiersze { $lines }): wiersze odrzucone; --create-missing je doda
# Variables: $field, $value, $lines
import-notice-created_missing = dodano { $field } '{ $value }' (wiersze { $lines })
# Variables: $line, $reason
import-notice-rejected = wiersz { $line }: { $reason }
# Variables: $count
import-notice-more_rejected = ... i jeszcze { $count ->
        [one] { $count } odrzucony wiersz
        [few] { $count } odrzucone wiersze
        [many] { $count } odrzuconych wierszy
       *[other] { $count } odrzuconego wiersza
    } (wszystkie: --rejects PLIK lub --format json)
# Variables: $line, $id, $field
import-notice-duplicate = wiersz { $line }: już jest (#{ $id }, ten sam { $field }), pominięty
# Variables: $line, $first, $field
import-notice-duplicate_line = wiersz { $line }: powtarza wiersz { $first } (ten sam { $field }), pominięty
# Variables: $count
import-notice-more_duplicates = ... i jeszcze { $count ->
        [one] { $count } wiersz, który już jest
        [few] { $count } wiersze, które już są
        [many] { $count } wierszy, które już są
       *[other] { $count } wiersza, które już są
    } (wszystkie: --format json)
# Variables: $file, $created, $updated, $skipped, $rejected
import-summary = import { $file }: utworzono { $created ->
        [one] { $created } rekord
        [few] { $created } rekordy
        [many] { $created } rekordów
       *[other] { $created } rekordu
    }, zaktualizowano { $updated }, pominięto { $skipped }, odrzucono { $rejected }
# Variables: $file, $created, $updated, $skipped, $rejected
import-summary-dry_run = import { $file } (próba, nic nie zapisano): utworzyłby { $created ->
        [one] { $created } rekord
        [few] { $created } rekordy
        [many] { $created } rekordów
       *[other] { $created } rekordu
    }, zaktualizował { $updated }, pominął { $skipped }, odrzucił { $rejected }
