### English messages of moving data in and out: `lejek export` and `lejek import` (X5).

## export

# Variables: $value
export-err-what = unknown export '{ $value }'; use contacts, deals, campaigns, tasks or all
export-err-all_csv = export all writes JSON only (--format json); export contacts, deals, campaigns or tasks one by one for CSV
export-err-all_filter = --filter does not apply to export all (each list has its own fields); export contacts, deals, campaigns or tasks with a filter instead
# Variables: $value
export-err-delimiter = unknown delimiter '{ $value }'; use ';', ',' or tab
# Variables: $option
export-err-csv_only = { $option } applies to CSV only (--format csv)
# Variables: $path, $error
export-err-output = cannot write '{ $path }': { $error }
# Variables: $what, $count
export-written = { $what }: { $count ->
        [one] { $count } record
       *[other] { $count } records
    } written

## import

# Variables: $path, $error
import-err-read = cannot read '{ $path }': { $error }
# Variables: $path, $encoding
import-err-undecodable = '{ $path }' is not text in { $encoding }; give its encoding with --encoding (utf-8, windows-1250, iso-8859-2)
# Variables: $value
import-err-encoding = unknown encoding '{ $value }'; use utf-8, windows-1250 (cp1250) or iso-8859-2
# Variables: $value
import-err-delimiter = unknown delimiter '{ $value }'; use ';', ',' or tab
# Variables: $path
import-err-empty = '{ $path }' is empty: nothing to import
# Variables: $path, $line, $error
import-err-csv = '{ $path }' line { $line }: not CSV: { $error }
# Variables: $path, $error
import-err-json = '{ $path }': not the JSON of lejek export: { $error }
# Variables: $path
import-err-not_export = '{ $path }' is not a file written by lejek export all
# Variables: $path, $version, $known
import-err-export_too_new = '{ $path }' was written by a newer lejek (export version { $version }; this one reads up to { $known })
# Variables: $value
import-err-map_syntax = --map '{ $value }': use COLUMN=FIELD
# Variables: $column
import-err-map_column = --map: the file has no column '{ $column }'
# Variables: $field
import-err-map_field = --map: unknown field '{ $field }'; use a JSON field name (name, nip, email, title, stage, value, ...) or '-' to ignore the column
# Variables: $column
import-err-no_column = the file has no '{ $column }' column (use --map COLUMN={ $column })
# Variables: $value
import-err-contact_by = unknown --contact-by '{ $value }'; use id, nip, email or name
import-err-not_datable = an import dates only commands that create a record
import-err-closed_but_open = a close date is given but the stage is an open one
# Variables: $closed, $created
import-err-closed_before_created = closed on { $closed }, before it was created on { $created }
# Variables: $field, $value
import-reason-unknown = unknown { $field } '{ $value }'
# Variables: $count, $header
import-reason-columns = the row has { $count } columns, the header { $header }
# Variables: $value
import-reason-bad_id = not an id: '{ $value }'
import-reason-end_date = an end of cooperation needs its date (ended)
# Variables: $name
import-reason-company_missing = no company '{ $name }'
# Variables: $name
import-reason-company_ambiguous = more than one company is called '{ $name }'
import-reason-no_contact = no contact given (contact_id, nip, email or contact)
# Variables: $value
import-reason-contact_unnamed = no contact '{ $value }', and no contact name to add one with
# Variables: $value
import-reason-contact_ambiguous = more than one contact matches '{ $value }'
# Variables: $value
import-reason-contact_invalid = not a valid contact id or NIP: '{ $value }'
# Variables: $error
import-reason-history = unreadable history: { $error }
# Variables: $name
import-reason-dictionary = unknown dictionary '{ $name }'
# Variables: $id
import-reason-no_record = the record #{ $id } it belongs to was not imported
# Variables: $columns
import-notice-ignored = columns ignored: { $columns }
# Variables: $field, $value, $lines
import-notice-unknown = unknown { $field } '{ $value }' (lines { $lines }): rows rejected; --create-missing adds it
# Variables: $field, $value, $lines
import-notice-created_missing = { $field } '{ $value }' added (lines { $lines })
# Variables: $line, $reason
import-notice-rejected = line { $line }: { $reason }
# Variables: $count
import-notice-more_rejected = ... and { $count ->
        [one] { $count } more rejected row
       *[other] { $count } more rejected rows
    } (--rejects FILE or --format json lists them all)
# Variables: $line, $id, $field
import-notice-duplicate = line { $line }: already there (#{ $id }, same { $field }), skipped
# Variables: $line, $first, $field
import-notice-duplicate_line = line { $line }: repeats line { $first } (same { $field }), skipped
# Variables: $count
import-notice-more_duplicates = ... and { $count ->
        [one] { $count } more row
       *[other] { $count } more rows
    } already there (--format json lists them all)
# Variables: $file, $created, $updated, $skipped, $rejected
import-summary = import { $file }: created { $created ->
        [one] { $created } record
       *[other] { $created } records
    }, updated { $updated }, skipped { $skipped }, rejected { $rejected }
# Variables: $file, $created, $updated, $skipped, $rejected
import-summary-dry_run = import { $file } (dry run, nothing written): would create { $created ->
        [one] { $created } record
       *[other] { $created } records
    }, update { $updated }, skip { $skipped }, reject { $rejected }
