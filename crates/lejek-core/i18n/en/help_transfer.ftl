### English of `--help` for `import`, `export` and `report` (issue 16 item 5).

## report

help-report-about = Reports R1-R9: lejek report NAME [filters] --format table|csv|json|chart
help-report-after =
    lejek report funnel
    lejek report deal-value --interval quarter --by owner --from 2026-01-01
    lejek report deal-loss-reasons --from 2026-Q3 --to 2026-Q3 --format csv > losses.csv
    lejek report deal-stages --as-of 2026-06-30 --format chart
    lejek report forecast --interval quarter --by stage --as-of 2026-06-30
help-report-arg-name = contact-sources, contact-end-reasons, deal-sources, deal-loss-reasons, deal-value, sales-activity, funnel, deal-stages or forecast (open deals by expected close date, with their value weighted by their stage's probability; a stage without a probability weighs 0 and is counted in the no_probability column; with --as-of the expected close date is the current one, as its history is not kept)
help-report-arg-from = First day of the period: 2026-01-01, 2026-Q1, 2026-03, 2026, -90d... (default: twelve calendar months to --to)
help-report-arg-to = Last day of the period, inclusive (default: --as-of, else today); a month, quarter or year means its last day
help-report-arg-as_of = The report as it stood at the end of this day (deal reports), rebuilt from history
help-report-arg-interval = month, quarter or year (deal-value, sales-activity); month or quarter (forecast)
help-report-arg-owner = A salesperson's login, or me
help-report-arg-contact = A contact id (deal reports)
help-report-arg-sources = Deal source; repeat for any of several
help-report-arg-tags = Tag; repeat to require several
help-report-arg-kind = Contact kind: company or person (contact reports)
help-report-arg-roles = Contact role; repeat to require several (contact reports)
help-report-arg-stage = Deals now (or --as-of) in this stage
help-report-arg-stage_kind = Deals now (or --as-of) in a stage of this kind: open, won or lost
help-report-arg-by = deal-value: a value column per owner, contact or tag; forecast: owner or stage, a row per owner or stage in each interval
help-report-arg-filter = Only records matching this filter expression (their current state)

## import

help-import-about = Import contacts, deals, or a whole `export all` from CSV or JSON (X5)
help-import-after =
    lejek import contacts clients.csv --dry-run --rejects to-fix.csv
    lejek import all lejek.json
help-import-contacts-about = Contacts from CSV (or the JSON of `export contacts`)
help-import-contacts-after =
    lejek import contacts clients.csv            # Excel on Polish Windows: cp1250, ';'
    lejek import contacts clients.csv --dry-run --rejects to-fix.csv
    lejek import contacts newer.csv --update     # merge into the contacts already there
help-import-contacts-arg-encoding = The file's encoding: utf-8, windows-1250 (cp1250), iso-8859-2 (default: detected)
help-import-contacts-arg-delimiter = The column separator: ';', ',' or tab (default: detected from the header)
help-import-contacts-arg-map = Read a column as a field, e.g. --map "Kod klienta=nip"; `COLUMN=-` ignores it
help-import-contacts-arg-create_missing = Add owners, dictionary values, campaigns and contacts the file names and the database lacks (otherwise each is reported and its rows rejected)
help-import-contacts-arg-update = Merge a row that matches a contact already there into it, instead of skipping it
help-import-contacts-arg-dry_run = Check and plan everything, write nothing
help-import-contacts-arg-rejects = Write the rejected rows to this CSV file (their columns, then line and reason)
help-import-contacts-arg-format = table: the account on stderr only; json: also the whole account on stdout
help-import-deals-about = Deals from CSV (or the JSON of `export deals`), with their history as far as given
help-import-deals-after =
    lejek import deals deals.csv --create-missing   # add unknown owners and values
    lejek import deals deals.csv --contact-by nip --map "Kod klienta=nip"
help-import-deals-arg-contact_by = Which column finds a deal's contact: id, nip, email or name (default: the first of contact_id, nip, email, contact the row fills)
help-import-deals-arg-encoding = The file's encoding: utf-8, windows-1250 (cp1250), iso-8859-2 (default: detected)
help-import-deals-arg-delimiter = The column separator: ';', ',' or tab (default: detected from the header)
help-import-deals-arg-map = Read a column as a field, e.g. --map "Kod klienta=nip"; `COLUMN=-` ignores it
help-import-deals-arg-create_missing = Add owners, dictionary values, campaigns and contacts the file names and the database lacks (otherwise each is reported and its rows rejected)
help-import-deals-arg-update = Merge a row that matches a contact already there into it, instead of skipping it
help-import-deals-arg-dry_run = Check and plan everything, write nothing
help-import-deals-arg-rejects = Write the rejected rows to this CSV file (their columns, then line and reason)
help-import-deals-arg-format = table: the account on stderr only; json: also the whole account on stdout
help-import-all-about = Everything that `export all --format json` wrote
help-import-all-after = lejek import all lejek.json                  # what `lejek export all` wrote
help-import-all-arg-encoding = The file's encoding: utf-8, windows-1250 (cp1250), iso-8859-2 (default: detected)
help-import-all-arg-delimiter = The column separator: ';', ',' or tab (default: detected from the header)
help-import-all-arg-map = Read a column as a field, e.g. --map "Kod klienta=nip"; `COLUMN=-` ignores it
help-import-all-arg-create_missing = Add owners, dictionary values, campaigns and contacts the file names and the database lacks (otherwise each is reported and its rows rejected)
help-import-all-arg-update = Merge a row that matches a contact already there into it, instead of skipping it
help-import-all-arg-dry_run = Check and plan everything, write nothing
help-import-all-arg-rejects = Write the rejected rows to this CSV file (their columns, then line and reason)
help-import-all-arg-format = table: the account on stderr only; json: also the whole account on stdout

## export

help-export-about = Export contacts, deals, campaigns, tasks or everything as CSV or JSON (X5)
help-export-after =
    lejek export deals --format csv --delimiter ';' --bom -o deals.csv   # Polish Excel
    lejek export contacts --filter 'city:lodz kind:company' --format csv > companies.csv
    lejek export all -o lejek.json          # everything, for `lejek import all`
help-export-arg-what = contacts, deals, campaigns, tasks or all
help-export-arg-filter = Only the records matching this filter (the list's filter language); not with `all`
help-export-arg-format = json (the default; `all` is JSON only) or csv
help-export-arg-output = Write to FILE (FILE.tmp, then renamed over FILE) instead of standard output
help-export-arg-bom = CSV: start with a UTF-8 byte order mark (for Excel)
help-export-arg-delimiter = CSV field separator: ',' (the default), ';' (Polish Excel; money then has a decimal comma) or tab
