//! Polskie komunikaty pasków postępu i logowania na stderr (issue 9).

pub const ENTRIES: &[(&str, &str)] = &[
    ("progress.left", "zostało {0}"),
    ("progress.records", "rekordy"),
    ("progress.contacts", "kontakty"),
    ("progress.backup", "kopia zapasowa"),
    ("progress.restore", "odtwarzanie"),
    ("progress.check", "sprawdzanie"),
    (
        "log.bad_filter",
        "{0} nie jest poprawnym filtrem ({1}); poziom logowania według opcji",
    ),
];
