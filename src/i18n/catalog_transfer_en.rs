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
];
