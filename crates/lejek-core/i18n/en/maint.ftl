### English messages of backup, restore and check (X5, issue 7).

# Variables: $path, $records, $files, $bytes
maint-backup-done = backup written to { $path }: { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $bytes ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
# Variables: $backup, $records, $files, $path
maint-restore-done = restored { $backup } into { $path }: { $records ->
        [one] { $records } record
       *[other] { $records } records
    }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
# Variables: $records, $files
maint-check-clean = no problems found: { $records ->
        [one] { $records } record
       *[other] { $records } records
    } and { $files ->
        [one] { $files } attached file
       *[other] { $files } attached files
    } checked
# Variables: $count
maint-check-found = { $count ->
        [one] { $count } problem found
       *[other] { $count } problems found
    }
# Variables: $count
maint-check-unlisted = ... and { $count ->
        [one] { $count } more problem
       *[other] { $count } more problems
    } not listed
maint-check-model_rebuilt = the saved read model (<db>/cache/) did not match the store: it was removed and is rebuilt on the next start (derived data; nothing is lost)
# Variables: $count
maint-check-repaired = indexes rebuilt: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } written or removed
# Variables: $path
maint-err-exists = { $path } already exists; a backup never replaces a file: choose another name or remove it
# Variables: $path
maint-err-no_dir = cannot write { $path }: its directory does not exist
# Variables: $path
maint-err-no_backup = no backup file { $path }
# Variables: $path
maint-err-not_empty = { $path } is not an empty directory; a backup is restored only into an empty or new directory (nothing was written)
# Variables: $path
maint-err-not_backup = { $path } is not a lejek backup
# Variables: $path, $format, $known
maint-err-too_new = { $path } has backup format { $format }, newer than this lejek knows ({ $known }); restore it with a newer lejek
# Variables: $path, $format, $known
maint-err-db_too_new = { $path } holds a database of format { $format }, newer than this lejek knows ({ $known }); restore it with a newer lejek
# Variables: $path, $byte
maint-err-truncated = { $path } ends early (at byte { $byte }): the backup is incomplete; nothing was restored
# Variables: $path
maint-err-checksum = { $path } is damaged: its content does not match its checksum; nothing was restored
# Variables: $path, $byte
maint-err-malformed = { $path } is damaged at byte { $byte }; nothing was restored
# Variables: $path, $byte
maint-err-trailing = { $path } has unexpected bytes after its end (at byte { $byte }); nothing was restored
# Variables: $login
maint-err-admin_repair = { $login } may not repair the database: only a lejek admin may run check --repair
# Variables: $tree, $key, $error
maint-problem-undecodable = { $tree } { $key }: the record cannot be read ({ $error })
# Variables: $tree, $key, $own
maint-problem-misplaced = { $tree } { $key }: the record is stored under another key than its own ({ $own })
# Variables: $tree, $key, $target
maint-problem-stray_index = { $tree } { $key }: index entry that no record implies (it points to { $target })
# Variables: $tree, $key
maint-problem-malformed_index = { $tree } { $key }: index entry of the wrong shape
# Variables: $tree, $key, $record
maint-problem-missing_index = { $tree } { $key }: index entry missing for { $record }
# Variables: $tree, $key, $target
maint-problem-dangling_reference = { $tree } { $key }: refers to { $target }, which does not exist
# Variables: $tree, $key
maint-problem-event_gap = { $tree } { $key }: missing from the history
# Variables: $tree, $key, $highest
maint-problem-counter_behind = { $tree } { $key }: the counter is not above the highest id in use ({ $highest }); the next record would overwrite one
# Variables: $tree, $key, $size
maint-problem-bad_meta = { $tree } { $key }: a value of the wrong size ({ $size } bytes)
# Variables: $tree, $key, $file
maint-problem-missing_file = { $tree } { $key }: the attached file { $file } is missing from files/
# Variables: $tree, $key, $file
maint-problem-damaged_file = { $tree } { $key }: the attached file { $file } does not match its SHA-256 or size
