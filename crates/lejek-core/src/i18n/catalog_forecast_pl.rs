//! Polskie komunikaty raportu prognozy R9 (issue 19 item 4).

pub const ENTRIES: &[(&str, &str)] = &[
    ("report.forecast", "Prognoza"),
    (
        "err.forecast_by",
        "prognozy nie można podzielić według '{0}' (użyj owner albo stage)",
    ),
    (
        "err.forecast_interval",
        "prognoza nie przyjmuje okresu '{0}' (użyj month albo quarter)",
    ),
    ("rpt.col.expected_close", "Spodziewane zamknięcie"),
    ("rpt.col.weighted", "Wartość ważona"),
    ("rpt.col.no_probability", "Bez prawdopodobieństwa"),
];
