### English messages of batch campaigns (`campaign create --contacts|--csv`, `add-deals`).

batch-col-created = Deals created
batch-col-field = Column
batch-col-line = Line
batch-col-reason = Reason
batch-col-skipped = Already in the campaign (skipped)
batch-col-unmatched = CSV rows not matched
batch-col-would_create = Deals to create
batch-dry_run_note = Dry run: nothing was written.
# Variables: $a0
batch-err-csv_empty = { $a0 }: the file is empty (a header row is needed: id, nip, email or name)
# Variables: $a0, $a1
batch-err-csv_header = { $a0 }: the header names none of the columns id, nip, email, name (found: { $a1 })
# Variables: $a0, $a1, $a2
batch-err-csv_parse = { $a0 }: line { $a1 }: { $a2 }
batch-err-currency_alone = --currency needs --value (the deals' initial value)
batch-err-format = a batch summary is a table or JSON (--format table|json)
# Variables: $a0
batch-err-needs_selection = { $a0 } is for a batch: add --contacts FILTER or --csv FILE
batch-err-no_selection = say which contacts: --contacts FILTER or --csv FILE
batch-err-no_title = a batch needs --deal-title (the title of every new deal)
# Variables: $a0, $a1
batch-err-read_csv = cannot read { $a0 }: { $a1 }
# Variables: $a0
batch-err-still_locked = still in use by another lejek process after waiting { $a0 } s (--wait); nothing was written, try again when it finishes
# Variables: $a0
batch-interrupted = deals created before the failure: { $a0 }; run the same command again to finish the batch
batch-new_campaign = new
batch-reason-ambiguous = more than one contact matches
batch-reason-invalid = not a valid value for this column
batch-reason-no_key = no id, nip, email or name in this row
batch-reason-not_found = no contact matches
# Variables: $a0, $a1, $a2, $a3
batch-summary = campaign '{ $a0 }' ({ $a1 }): deals created: { $a2 }, contacts already in it: { $a3 }
# Variables: $a0, $a1, $a2, $a3
batch-summary_dry = dry run, nothing written: campaign '{ $a0 }' ({ $a1 }): deals to create: { $a2 }, contacts already in it: { $a3 }
# Variables: $a0, $a1
batch-summary_unmatched = ; CSV rows matching no contact or several: { $a0 } (lines { $a1 })
