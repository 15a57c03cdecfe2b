//! English messages of moving data in and out: `lejek export` and `lejek import` (X5).

pub const ENTRIES: &[(&str, &str)] = &[
    // export
    (
        "export.err.what",
        "unknown export '{0}'; use contacts, deals, campaigns, tasks or all",
    ),
    (
        "export.err.all_csv",
        "export all writes JSON only (--format json); export contacts, deals, campaigns or tasks one by one for CSV",
    ),
    (
        "export.err.all_filter",
        "--filter does not apply to export all (each list has its own fields); export contacts, deals, campaigns or tasks with a filter instead",
    ),
    (
        "export.err.delimiter",
        "unknown delimiter '{0}'; use ';', ',' or tab",
    ),
    (
        "export.err.csv_only",
        "{0} applies to CSV only (--format csv)",
    ),
    ("export.err.output", "cannot write '{0}': {1}"),
    ("export.written", "{0}: {1} records written"),
    // import
    ("import.err.read", "cannot read '{0}': {1}"),
    (
        "import.err.undecodable",
        "'{0}' is not text in {1}; give its encoding with --encoding (utf-8, windows-1250, iso-8859-2)",
    ),
    (
        "import.err.encoding",
        "unknown encoding '{0}'; use utf-8, windows-1250 (cp1250) or iso-8859-2",
    ),
    (
        "import.err.delimiter",
        "unknown delimiter '{0}'; use ';', ',' or tab",
    ),
    ("import.err.empty", "'{0}' is empty: nothing to import"),
    ("import.err.csv", "'{0}' line {1}: not CSV: {2}"),
    (
        "import.err.json",
        "'{0}': not the JSON of lejek export: {1}",
    ),
    (
        "import.err.not_export",
        "'{0}' is not a file written by lejek export all",
    ),
    (
        "import.err.export_too_new",
        "'{0}' was written by a newer lejek (export version {1}; this one reads up to {2})",
    ),
    ("import.err.map_syntax", "--map '{0}': use COLUMN=FIELD"),
    (
        "import.err.map_column",
        "--map: the file has no column '{0}'",
    ),
    (
        "import.err.map_field",
        "--map: unknown field '{0}'; use a JSON field name (name, nip, email, title, stage, value, ...) or '-' to ignore the column",
    ),
    (
        "import.err.no_column",
        "the file has no '{0}' column (use --map COLUMN={0})",
    ),
    (
        "import.err.contact_by",
        "unknown --contact-by '{0}'; use id, nip, email or name",
    ),
    (
        "import.err.not_datable",
        "an import dates only commands that create a record",
    ),
    (
        "import.err.closed_but_open",
        "a close date is given but the stage is an open one",
    ),
    (
        "import.err.closed_before_created",
        "closed on {0}, before it was created on {1}",
    ),
    ("import.reason.unknown", "unknown {0} '{1}'"),
    (
        "import.reason.columns",
        "the row has {0} columns, the header {1}",
    ),
    ("import.reason.bad_id", "not an id: '{0}'"),
    (
        "import.reason.end_date",
        "an end of cooperation needs its date (ended)",
    ),
    ("import.reason.company_missing", "no company '{0}'"),
    (
        "import.reason.company_ambiguous",
        "more than one company is called '{0}'",
    ),
    (
        "import.reason.no_contact",
        "no contact given (contact_id, nip, email or contact)",
    ),
    (
        "import.reason.contact_unnamed",
        "no contact '{0}', and no contact name to add one with",
    ),
    (
        "import.reason.contact_ambiguous",
        "more than one contact matches '{0}'",
    ),
    (
        "import.reason.contact_invalid",
        "not a valid contact id or NIP: '{0}'",
    ),
    ("import.reason.history", "unreadable history: {0}"),
    ("import.reason.dictionary", "unknown dictionary '{0}'"),
    (
        "import.reason.no_record",
        "the record #{0} it belongs to was not imported",
    ),
    ("import.notice.ignored", "columns ignored: {0}"),
    (
        "import.notice.unknown",
        "unknown {0} '{1}' (lines {2}): rows rejected; --create-missing adds it",
    ),
    (
        "import.notice.created_missing",
        "{0} '{1}' added (lines {2})",
    ),
    ("import.notice.rejected", "line {0}: {1}"),
    (
        "import.notice.more_rejected",
        "... and {0} more rejected rows (--rejects FILE or --format json lists them all)",
    ),
    (
        "import.notice.duplicate",
        "line {0}: already there (#{1}, same {2}), skipped",
    ),
    (
        "import.notice.duplicate_line",
        "line {0}: repeats line {1} (same {2}), skipped",
    ),
    (
        "import.notice.more_duplicates",
        "... and {0} more rows already there (--format json lists them all)",
    ),
    (
        "import.summary",
        "import {0}: created {1}, updated {2}, skipped {3}, rejected {4}",
    ),
    (
        "import.summary.dry_run",
        "import {0} (dry run, nothing written): would create {1}, update {2}, skip {3}, reject {4}",
    ),
];
