//! English messages of progress bars and logging on stderr (issue 9).

pub const ENTRIES: &[(&str, &str)] = &[
    ("progress.left", "{0} left"),
    ("progress.records", "records"),
    ("progress.contacts", "contacts"),
    ("progress.backup", "backup"),
    ("progress.restore", "restore"),
    ("progress.check", "check"),
    (
        "log.bad_filter",
        "{0} is not a valid filter ({1}); logging at the level the flags ask for",
    ),
];
