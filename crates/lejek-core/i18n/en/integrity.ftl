### English messages of the integrity checks on data that comes in from files: restore,
### `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

# Variables: $a0
integrity-err-file_content = { $a0 } is damaged: an attached file's content does not match its SHA-256 name; nothing was restored
# Variables: $a0, $a1, $a2, $a3
integrity-err-restore_refused = { $a0 } holds a record lejek would refuse ({ $a1 } { $a2 }): { $a3 }; nothing was restored
# Variables: $a0, $a1, $a2, $a3
integrity-err-import_refused = { $a0 }: { $a1 } record { $a2 } would be refused: { $a3 }; nothing was imported
# Variables: $a0, $a1, $a2, $a3, $a4
integrity-err-import_dangling = { $a0 }: { $a1 } record { $a2 } refers to { $a3 } { $a4 }, which the file does not have; nothing was imported
# Variables: $a0, $a1, $a2, $a3, $a4
integrity-err-import_unknown = { $a0 }: { $a1 } record { $a2 } has an unknown { $a3 } '{ $a4 }'; nothing was imported
# Variables: $a0, $a1, $a2
integrity-err-duplicate_header = columns { $a0 } and { $a1 } are both named '{ $a2 }'; rename one (nothing was imported)
# Variables: $a0
integrity-err-no_permission = permission denied: { $a0 } (you are not in the database's group, or the directory is closed to you)
# Variables: $a0
integrity-reason-format_version = its database format version is { $a0 }, which no lejek writes
# Variables: $a0
integrity-reason-nip = not a valid NIP: '{ $a0 }'
# Variables: $a0
integrity-reason-other = { $a0 }
# Variables: $a0
integrity-reason-undecodable = not a record of its kind ({ $a0 })
# Variables: $a0, $a1, $a2
maint-problem-refused_record = { $a0 } { $a1 }: a field lejek would refuse: { $a2 }
