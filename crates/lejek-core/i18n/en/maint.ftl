### English messages of backup, restore and check (X5, issue 7).

# Variables: $a0, $a1, $a2, $a3
maint-backup-done = backup written to { $a0 }: { $a1 } records, { $a2 } files, { $a3 } bytes
# Variables: $a0, $a1, $a2, $a3
maint-restore-done = restored { $a0 } into { $a3 }: { $a1 } records, { $a2 } files
# Variables: $a0, $a1
maint-check-clean = no problems found: { $a0 } records and { $a1 } attached files checked
# Variables: $a0
maint-check-found = { $a0 } problems found
# Variables: $a0
maint-check-unlisted = ... and { $a0 } more problems not listed
maint-check-model_rebuilt = the saved read model (<db>/cache/) did not match the store: it was removed and is rebuilt on the next start (derived data; nothing is lost)
# Variables: $a0
maint-check-repaired = indexes rebuilt: { $a0 } entries written or removed
# Variables: $a0
maint-err-exists = { $a0 } already exists; a backup never replaces a file: choose another name or remove it
# Variables: $a0
maint-err-no_dir = cannot write { $a0 }: its directory does not exist
# Variables: $a0
maint-err-no_backup = no backup file { $a0 }
# Variables: $a0
maint-err-not_empty = { $a0 } is not an empty directory; a backup is restored only into an empty or new directory (nothing was written)
# Variables: $a0
maint-err-not_backup = { $a0 } is not a lejek backup
# Variables: $a0, $a1, $a2
maint-err-too_new = { $a0 } has backup format { $a1 }, newer than this lejek knows ({ $a2 }); restore it with a newer lejek
# Variables: $a0, $a1, $a2
maint-err-db_too_new = { $a0 } holds a database of format { $a1 }, newer than this lejek knows ({ $a2 }); restore it with a newer lejek
# Variables: $a0, $a1
maint-err-truncated = { $a0 } ends early (at byte { $a1 }): the backup is incomplete; nothing was restored
# Variables: $a0
maint-err-checksum = { $a0 } is damaged: its content does not match its checksum; nothing was restored
# Variables: $a0, $a1
maint-err-malformed = { $a0 } is damaged at byte { $a1 }; nothing was restored
# Variables: $a0, $a1
maint-err-trailing = { $a0 } has unexpected bytes after its end (at byte { $a1 }); nothing was restored
# Variables: $a0
maint-err-admin_repair = { $a0 } may not repair the database: only a lejek admin may run check --repair
# Variables: $a0, $a1, $a2
maint-problem-undecodable = { $a0 } { $a1 }: the record cannot be read ({ $a2 })
# Variables: $a0, $a1, $a2
maint-problem-misplaced = { $a0 } { $a1 }: the record is stored under another key than its own ({ $a2 })
# Variables: $a0, $a1, $a2
maint-problem-stray_index = { $a0 } { $a1 }: index entry that no record implies (it points to { $a2 })
# Variables: $a0, $a1
maint-problem-malformed_index = { $a0 } { $a1 }: index entry of the wrong shape
# Variables: $a0, $a1, $a2
maint-problem-missing_index = { $a0 } { $a1 }: index entry missing for { $a2 }
# Variables: $a0, $a1, $a2
maint-problem-dangling_reference = { $a0 } { $a1 }: refers to { $a2 }, which does not exist
# Variables: $a0, $a1
maint-problem-event_gap = { $a0 } { $a1 }: missing from the history
# Variables: $a0, $a1, $a2
maint-problem-counter_behind = { $a0 } { $a1 }: the counter is not above the highest id in use ({ $a2 }); the next record would overwrite one
# Variables: $a0, $a1, $a2
maint-problem-bad_meta = { $a0 } { $a1 }: a value of the wrong size ({ $a2 } bytes)
# Variables: $a0, $a1, $a2
maint-problem-missing_file = { $a0 } { $a1 }: the attached file { $a2 } is missing from files/
# Variables: $a0, $a1, $a2
maint-problem-damaged_file = { $a0 } { $a1 }: the attached file { $a2 } does not match its SHA-256 or size
