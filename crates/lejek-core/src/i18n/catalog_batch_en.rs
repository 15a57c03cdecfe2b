//! English messages of batch campaigns (`campaign create --contacts|--csv`, `add-deals`).

pub const ENTRIES: &[(&str, &str)] = &[
    ("batch.col.created", "Deals created"),
    ("batch.col.field", "Column"),
    ("batch.col.line", "Line"),
    ("batch.col.reason", "Reason"),
    ("batch.col.skipped", "Already in the campaign (skipped)"),
    ("batch.col.unmatched", "CSV rows not matched"),
    ("batch.col.would_create", "Deals to create"),
    ("batch.dry_run_note", "Dry run: nothing was written."),
    (
        "batch.err.csv_empty",
        "{0}: the file is empty (a header row is needed: id, nip, email or name)",
    ),
    (
        "batch.err.csv_header",
        "{0}: the header names none of the columns id, nip, email, name (found: {1})",
    ),
    ("batch.err.csv_parse", "{0}: line {1}: {2}"),
    (
        "batch.err.currency_alone",
        "--currency needs --value (the deals' initial value)",
    ),
    (
        "batch.err.format",
        "a batch summary is a table or JSON (--format table|json)",
    ),
    (
        "batch.err.needs_selection",
        "{0} is for a batch: add --contacts FILTER or --csv FILE",
    ),
    (
        "batch.err.no_selection",
        "say which contacts: --contacts FILTER or --csv FILE",
    ),
    (
        "batch.err.no_title",
        "a batch needs --deal-title (the title of every new deal)",
    ),
    ("batch.err.read_csv", "cannot read {0}: {1}"),
    (
        "batch.err.still_locked",
        "still in use by another lejek process after waiting {0} s (--wait); nothing was written, try again when it finishes",
    ),
    (
        "batch.interrupted",
        "deals created before the failure: {0}; run the same command again to finish the batch",
    ),
    ("batch.new_campaign", "new"),
    ("batch.reason.ambiguous", "more than one contact matches"),
    ("batch.reason.invalid", "not a valid value for this column"),
    (
        "batch.reason.no_key",
        "no id, nip, email or name in this row",
    ),
    ("batch.reason.not_found", "no contact matches"),
    (
        "batch.summary",
        "campaign '{0}' ({1}): deals created: {2}, contacts already in it: {3}",
    ),
    (
        "batch.summary_dry",
        "dry run, nothing written: campaign '{0}' ({1}): deals to create: {2}, contacts already in it: {3}",
    ),
    (
        "batch.summary_unmatched",
        "; CSV rows matching no contact or several: {0} (lines {1})",
    ),
];
