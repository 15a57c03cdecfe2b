//! Polish messages of moving data in and out: `lejek export` and `lejek import` (X5).

pub const ENTRIES: &[(&str, &str)] = &[
    // export
    (
        "export.err.what",
        "nieznany eksport '{0}'; użyj contacts, deals, campaigns, tasks lub all",
    ),
    (
        "export.err.all_csv",
        "export all zapisuje tylko JSON (--format json); do CSV eksportuj po kolei contacts, deals, campaigns lub tasks",
    ),
    (
        "export.err.all_filter",
        "--filter nie dotyczy export all (każda lista ma własne pola); eksportuj z filtrem contacts, deals, campaigns lub tasks",
    ),
    (
        "export.err.delimiter",
        "nieznany separator '{0}'; użyj ';', ',' lub tab",
    ),
    (
        "export.err.csv_only",
        "{0} dotyczy tylko CSV (--format csv)",
    ),
    ("export.err.output", "nie można zapisać '{0}': {1}"),
    ("export.written", "{0}: zapisano rekordów: {1}"),
];
