//! English messages of the integrity checks on data that comes in from files: restore,
//! `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "integrity.err.file_content",
        "{0} is damaged: an attached file's content does not match its SHA-256 name; nothing was restored",
    ),
    (
        "integrity.err.restore_refused",
        "{0} holds a record lejek would refuse ({1} {2}): {3}; nothing was restored",
    ),
    (
        "integrity.err.import_refused",
        "{0}: {1} record {2} would be refused: {3}; nothing was imported",
    ),
    (
        "integrity.err.import_dangling",
        "{0}: {1} record {2} refers to {3} {4}, which the file does not have; nothing was imported",
    ),
    (
        "integrity.err.import_unknown",
        "{0}: {1} record {2} has an unknown {3} '{4}'; nothing was imported",
    ),
    (
        "integrity.err.duplicate_header",
        "columns {0} and {1} are both named '{2}'; rename one (nothing was imported)",
    ),
    (
        "integrity.err.no_permission",
        "permission denied: {0} (you are not in the database's group, or the directory is closed to you)",
    ),
    (
        "integrity.reason.format_version",
        "its database format version is {0}, which no lejek writes",
    ),
    ("integrity.reason.nip", "not a valid NIP: '{0}'"),
    ("integrity.reason.other", "{0}"),
    (
        "integrity.reason.undecodable",
        "not a record of its kind ({0})",
    ),
    (
        "maint.problem.refused_record",
        "{0} {1}: a field lejek would refuse: {2}",
    ),
];
