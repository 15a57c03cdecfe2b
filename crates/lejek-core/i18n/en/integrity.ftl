### English messages of the integrity checks on data that comes in from files: restore,
### `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

# Variables: $file
integrity-err-file_content = { $file } is damaged: an attached file's content does not match its SHA-256 name; nothing was restored
# Variables: $file, $kind, $id, $reason
integrity-err-restore_refused = { $file } holds a record lejek would refuse ({ $kind } { $id }): { $reason }; nothing was restored
# Variables: $file, $section, $id, $reason
integrity-err-import_refused = { $file }: { $section } record { $id } would be refused: { $reason }; nothing was imported
# Variables: $file, $section, $id, $kind, $target
integrity-err-import_dangling = { $file }: { $section } record { $id } refers to { $kind } { $target }, which the file does not have; nothing was imported
# Variables: $file, $section, $id, $field, $value
integrity-err-import_unknown = { $file }: { $section } record { $id } has an unknown { $field } '{ $value }'; nothing was imported
# Variables: $column, $other, $name
integrity-err-duplicate_header = columns { $column } and { $other } are both named '{ $name }'; rename one (nothing was imported)
# Variables: $path
integrity-err-no_permission = permission denied: { $path } (you are not in the database's group, or the directory is closed to you)
# Variables: $version
integrity-reason-format_version = its database format version is { $version }, which no lejek writes
# Variables: $value
integrity-reason-nip = not a valid NIP: '{ $value }'
# Variables: $reason
integrity-reason-other = { $reason }
# Variables: $error
integrity-reason-undecodable = not a record of its kind ({ $error })
# Variables: $tree, $id, $reason
maint-problem-refused_record = { $tree } { $id }: a field lejek would refuse: { $reason }
