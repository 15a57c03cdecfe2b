### English messages of progress bars and logging on stderr (issue 9).

# Variables: $time
progress-left = { $time } left
progress-records = records
progress-contacts = contacts
progress-backup = backup
progress-restore = restore
progress-check = check
# Variables: $filter, $error
log-bad_filter = { $filter } is not a valid filter ({ $error }); logging at the level the flags ask for
