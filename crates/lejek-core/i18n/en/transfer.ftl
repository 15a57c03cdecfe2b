### English messages of moving data in and out: `lejek export` and `lejek import` (X5).

## export

# Variables: $a0
export-err-what = unknown export '{ $a0 }'; use contacts, deals, campaigns, tasks or all
export-err-all_csv = export all writes JSON only (--format json); export contacts, deals, campaigns or tasks one by one for CSV
export-err-all_filter = --filter does not apply to export all (each list has its own fields); export contacts, deals, campaigns or tasks with a filter instead
# Variables: $a0
export-err-delimiter = unknown delimiter '{ $a0 }'; use ';', ',' or tab
# Variables: $a0
export-err-csv_only = { $a0 } applies to CSV only (--format csv)
# Variables: $a0, $a1
export-err-output = cannot write '{ $a0 }': { $a1 }
# Variables: $a0, $a1
export-written = { $a0 }: { $a1 } records written

## import

# Variables: $a0, $a1
import-err-read = cannot read '{ $a0 }': { $a1 }
# Variables: $a0, $a1
import-err-undecodable = '{ $a0 }' is not text in { $a1 }; give its encoding with --encoding (utf-8, windows-1250, iso-8859-2)
# Variables: $a0
import-err-encoding = unknown encoding '{ $a0 }'; use utf-8, windows-1250 (cp1250) or iso-8859-2
# Variables: $a0
import-err-delimiter = unknown delimiter '{ $a0 }'; use ';', ',' or tab
# Variables: $a0
import-err-empty = '{ $a0 }' is empty: nothing to import
# Variables: $a0, $a1, $a2
import-err-csv = '{ $a0 }' line { $a1 }: not CSV: { $a2 }
# Variables: $a0, $a1
import-err-json = '{ $a0 }': not the JSON of lejek export: { $a1 }
# Variables: $a0
import-err-not_export = '{ $a0 }' is not a file written by lejek export all
# Variables: $a0, $a1, $a2
import-err-export_too_new = '{ $a0 }' was written by a newer lejek (export version { $a1 }; this one reads up to { $a2 })
# Variables: $a0
import-err-map_syntax = --map '{ $a0 }': use COLUMN=FIELD
# Variables: $a0
import-err-map_column = --map: the file has no column '{ $a0 }'
# Variables: $a0
import-err-map_field = --map: unknown field '{ $a0 }'; use a JSON field name (name, nip, email, title, stage, value, ...) or '-' to ignore the column
# Variables: $a0
import-err-no_column = the file has no '{ $a0 }' column (use --map COLUMN={ $a0 })
# Variables: $a0
import-err-contact_by = unknown --contact-by '{ $a0 }'; use id, nip, email or name
import-err-not_datable = an import dates only commands that create a record
import-err-closed_but_open = a close date is given but the stage is an open one
# Variables: $a0, $a1
import-err-closed_before_created = closed on { $a0 }, before it was created on { $a1 }
# Variables: $a0, $a1
import-reason-unknown = unknown { $a0 } '{ $a1 }'
# Variables: $a0, $a1
import-reason-columns = the row has { $a0 } columns, the header { $a1 }
# Variables: $a0
import-reason-bad_id = not an id: '{ $a0 }'
import-reason-end_date = an end of cooperation needs its date (ended)
# Variables: $a0
import-reason-company_missing = no company '{ $a0 }'
# Variables: $a0
import-reason-company_ambiguous = more than one company is called '{ $a0 }'
import-reason-no_contact = no contact given (contact_id, nip, email or contact)
# Variables: $a0
import-reason-contact_unnamed = no contact '{ $a0 }', and no contact name to add one with
# Variables: $a0
import-reason-contact_ambiguous = more than one contact matches '{ $a0 }'
# Variables: $a0
import-reason-contact_invalid = not a valid contact id or NIP: '{ $a0 }'
# Variables: $a0
import-reason-history = unreadable history: { $a0 }
# Variables: $a0
import-reason-dictionary = unknown dictionary '{ $a0 }'
# Variables: $a0
import-reason-no_record = the record #{ $a0 } it belongs to was not imported
# Variables: $a0
import-notice-ignored = columns ignored: { $a0 }
# Variables: $a0, $a1, $a2
import-notice-unknown = unknown { $a0 } '{ $a1 }' (lines { $a2 }): rows rejected; --create-missing adds it
# Variables: $a0, $a1, $a2
import-notice-created_missing = { $a0 } '{ $a1 }' added (lines { $a2 })
# Variables: $a0, $a1
import-notice-rejected = line { $a0 }: { $a1 }
# Variables: $a0
import-notice-more_rejected = ... and { $a0 } more rejected rows (--rejects FILE or --format json lists them all)
# Variables: $a0, $a1, $a2
import-notice-duplicate = line { $a0 }: already there (#{ $a1 }, same { $a2 }), skipped
# Variables: $a0, $a1, $a2
import-notice-duplicate_line = line { $a0 }: repeats line { $a1 } (same { $a2 }), skipped
# Variables: $a0
import-notice-more_duplicates = ... and { $a0 } more rows already there (--format json lists them all)
# Variables: $a0, $a1, $a2, $a3, $a4
import-summary = import { $a0 }: created { $a1 }, updated { $a2 }, skipped { $a3 }, rejected { $a4 }
# Variables: $a0, $a1, $a2, $a3, $a4
import-summary-dry_run = import { $a0 } (dry run, nothing written): would create { $a1 }, update { $a2 }, skip { $a3 }, reject { $a4 }
