//! English messages of the forecast report R9 (issue 19 item 4).

pub const ENTRIES: &[(&str, &str)] = &[
    ("report.forecast", "Forecast"),
    (
        "err.forecast_by",
        "the forecast cannot be split by '{0}' (use owner or stage)",
    ),
    (
        "err.forecast_interval",
        "the forecast cannot use interval '{0}' (use month or quarter)",
    ),
    ("rpt.col.expected_close", "Expected close"),
    ("rpt.col.weighted", "Weighted value"),
    ("rpt.col.no_probability", "No probability"),
];
