### English messages of progress bars and logging on stderr (issue 9).

# Variables: $a0
progress-left = { $a0 } left
progress-records = records
progress-contacts = contacts
progress-backup = backup
progress-restore = restore
progress-check = check
# Variables: $a0, $a1
log-bad_filter = { $a0 } is not a valid filter ({ $a1 }); logging at the level the flags ask for
