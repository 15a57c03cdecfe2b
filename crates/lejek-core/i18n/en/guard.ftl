### English messages of long read-only work on a damaged or full store, and of redacted
### secrets (issue 15 items 6, 7 and 13).

# Variables: $path
guard-err-damaged = the store of database { $path } is damaged and cannot be opened; restore it from a backup (lejek restore)
# Variables: $tree, $count, $key, $error
guard-err-unreadable = the store cannot be read: tree { $tree }, after { $count } entries (last key { $key }): { $error }
# Variables: $tree, $count, $key
guard-err-keys_back = the store is damaged: in tree { $tree } the keys go back after { $count } entries (last key { $key })
# Variables: $tree, $count
guard-err-too_many = the store is damaged: tree { $tree } shows more than { $count } entries, more than it can hold
# Variables: $tree, $count, $key, $byte
guard-err-damaged_at = the store cannot be read: tree { $tree }, after { $count } entries (last key { $key }): damaged data at byte { $byte }
# Variables: $tree, $count, $key
guard-err-damaged_data = the store cannot be read: tree { $tree }, after { $count } entries (last key { $key }): damaged data
guard-err-stopped = stopped: the client went away
