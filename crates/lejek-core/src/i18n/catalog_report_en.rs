//! English messages of the reports (R1-R8). The report titles (`report.*`) live with the
//! TUI's catalogue, which lists them.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.report_by",
        "cannot group by '{0}' (use owner, contact or tag)",
    ),
    (
        "err.report_interval",
        "unknown interval '{0}' (use month, quarter or year)",
    ),
    ("err.report_param", "{0} does not apply to report {1}"),
    (
        "err.report_period",
        "the period starts after it ends: from {0} to {1}",
    ),
    ("err.report_unknown", "unknown report '{0}' (reports: {1})"),
    ("rpt.as_of", "as of {0}"),
    ("rpt.chart_empty", "(nothing to draw)"),
    ("rpt.col.activity", "Activity"),
    ("rpt.col.comments", "Comments"),
    ("rpt.col.conversion", "Conversion"),
    ("rpt.col.count", "Count"),
    ("rpt.col.interval", "Interval"),
    ("rpt.col.lost_at", "Lost at"),
    ("rpt.col.meetings_held", "Meetings held"),
    ("rpt.col.moved_on", "Moved on"),
    ("rpt.col.new_contacts", "New contacts"),
    ("rpt.col.new_deals", "New deals"),
    ("rpt.col.reached", "Reached"),
    ("rpt.col.share", "Share"),
    ("rpt.col.still", "Still there"),
    ("rpt.col.tasks_done", "Tasks closed"),
    ("rpt.col.value", "Value"),
    ("rpt.col.win_rate", "Won share"),
    ("rpt.col.won_count", "Won"),
    ("rpt.col.won_value", "Won value"),
    ("rpt.none", "(none)"),
    ("rpt.other", "(other)"),
    ("rpt.period", "{0} to {1}"),
    ("rpt.total", "Total"),
];
