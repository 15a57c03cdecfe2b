### English messages of batch campaigns (`campaign create --contacts|--csv`, `add-deals`).

batch-col-created = Deals created
batch-col-field = Column
batch-col-line = Line
batch-col-reason = Reason
batch-col-skipped = Already in the campaign (skipped)
batch-col-unmatched = CSV rows not matched
batch-col-would_create = Deals to create
batch-dry_run_note = Dry run: nothing was written.
# Variables: $file
batch-err-csv_empty = { $file }: the file is empty (a header row is needed: id, nip, email or name)
# Variables: $file, $columns
batch-err-csv_header = { $file }: the header names none of the columns id, nip, email, name (found: { $columns })
# Variables: $file, $line, $error
batch-err-csv_parse = { $file }: line { $line }: { $error }
batch-err-currency_alone = --currency needs --value (the deals' initial value)
batch-err-format = a batch summary is a table or JSON (--format table|json)
# Variables: $option
batch-err-needs_selection = { $option } is for a batch: add --contacts FILTER or --csv FILE
batch-err-no_selection = say which contacts: --contacts FILTER or --csv FILE
batch-err-matching_dry_run = a selection by filter is for a dry run only; a batch names its contacts (in chunks)
batch-err-no_title = a batch needs --deal-title (the title of every new deal)
# Variables: $file, $error
batch-err-read_csv = cannot read { $file }: { $error }
# Variables: $seconds
batch-err-still_locked = still in use by another lejek process after waiting { $seconds } s (--wait); nothing was written, try again when it finishes
# Variables: $count
batch-interrupted = { $count ->
        [one] { $count } deal was
       *[other] { $count } deals were
    } created before the failure; run the same command again to finish the batch
batch-new_campaign = new
batch-reason-ambiguous = more than one contact matches
batch-reason-invalid = not a valid value for this column
batch-reason-no_key = no id, nip, email or name in this row
batch-reason-not_found = no contact matches
# Variables: $campaign, $campaign_id, $count, $skipped
batch-summary = campaign '{ $campaign }' ({ $campaign_id }): { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    } created, { $skipped ->
        [one] { $skipped } contact was
       *[other] { $skipped } contacts were
    } in it already
# Variables: $campaign, $campaign_id, $count, $skipped
batch-summary_dry = dry run, nothing written: campaign '{ $campaign }' ({ $campaign_id }): { $count ->
        [one] { $count } deal
       *[other] { $count } deals
    } to create, { $skipped ->
        [one] { $skipped } contact is
       *[other] { $skipped } contacts are
    } in it already
# Variables: $count, $lines
batch-summary_unmatched = ; { $count ->
        [one] { $count } CSV row matches
       *[other] { $count } CSV rows match
    } no contact or several (lines { $lines })
