//! English messages of backup, restore and check (X5, issue 7).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "maint.backup.done",
        "backup written to {0}: {1} records, {2} files, {3} bytes",
    ),
    (
        "maint.restore.done",
        "restored {0} into {3}: {1} records, {2} files",
    ),
    (
        "maint.check.clean",
        "no problems found: {0} records and {1} attached files checked",
    ),
    ("maint.check.found", "{0} problems found"),
    (
        "maint.check.unlisted",
        "... and {0} more problems not listed",
    ),
    (
        "maint.check.model_rebuilt",
        "the saved read model (<db>/cache/) did not match the store: it was removed and is rebuilt on the next start (derived data; nothing is lost)",
    ),
    (
        "maint.check.repaired",
        "indexes rebuilt: {0} entries written or removed",
    ),
    (
        "maint.err.exists",
        "{0} already exists; a backup never replaces a file: choose another name or remove it",
    ),
    (
        "maint.err.no_dir",
        "cannot write {0}: its directory does not exist",
    ),
    ("maint.err.no_backup", "no backup file {0}"),
    (
        "maint.err.not_empty",
        "{0} is not an empty directory; a backup is restored only into an empty or new directory (nothing was written)",
    ),
    ("maint.err.not_backup", "{0} is not a lejek backup"),
    (
        "maint.err.too_new",
        "{0} has backup format {1}, newer than this lejek knows ({2}); restore it with a newer lejek",
    ),
    (
        "maint.err.db_too_new",
        "{0} holds a database of format {1}, newer than this lejek knows ({2}); restore it with a newer lejek",
    ),
    (
        "maint.err.truncated",
        "{0} ends early (at byte {1}): the backup is incomplete; nothing was restored",
    ),
    (
        "maint.err.checksum",
        "{0} is damaged: its content does not match its checksum; nothing was restored",
    ),
    (
        "maint.err.malformed",
        "{0} is damaged at byte {1}; nothing was restored",
    ),
    (
        "maint.err.trailing",
        "{0} has unexpected bytes after its end (at byte {1}); nothing was restored",
    ),
    (
        "maint.err.admin_repair",
        "{0} may not repair the database: only a lejek admin may run check --repair",
    ),
    (
        "maint.problem.undecodable",
        "{0} {1}: the record cannot be read ({2})",
    ),
    (
        "maint.problem.misplaced",
        "{0} {1}: the record is stored under another key than its own ({2})",
    ),
    (
        "maint.problem.stray_index",
        "{0} {1}: index entry that no record implies (it points to {2})",
    ),
    (
        "maint.problem.malformed_index",
        "{0} {1}: index entry of the wrong shape",
    ),
    (
        "maint.problem.missing_index",
        "{0} {1}: index entry missing for {2}",
    ),
    (
        "maint.problem.dangling_reference",
        "{0} {1}: refers to {2}, which does not exist",
    ),
    (
        "maint.problem.event_gap",
        "{0} {1}: missing from the history",
    ),
    (
        "maint.problem.counter_behind",
        "{0} {1}: the counter is not above the highest id in use ({2}); the next record would overwrite one",
    ),
    (
        "maint.problem.bad_meta",
        "{0} {1}: a value of the wrong size ({2} bytes)",
    ),
    (
        "maint.problem.missing_file",
        "{0} {1}: the attached file {2} is missing from files/",
    ),
    (
        "maint.problem.damaged_file",
        "{0} {1}: the attached file {2} does not match its SHA-256 or size",
    ),
];
