### English messages of long read-only work on a damaged or full store, and of redacted
### secrets (issue 15 items 6, 7 and 13).

# Variables: $a0
guard-err-damaged = the store of database { $a0 } is damaged and cannot be opened; restore it from a backup (lejek restore)
# Variables: $a0, $a1, $a2, $a3
guard-err-unreadable = the store cannot be read: tree { $a0 }, after { $a1 } entries (last key { $a2 }): { $a3 }
# Variables: $a0, $a1, $a2
guard-err-keys_back = the store is damaged: in tree { $a0 } the keys go back after { $a1 } entries (last key { $a2 })
# Variables: $a0, $a1
guard-err-too_many = the store is damaged: tree { $a0 } shows more than { $a1 } entries, more than it can hold
# Variables: $a0, $a1, $a2, $a3
guard-err-damaged_at = the store cannot be read: tree { $a0 }, after { $a1 } entries (last key { $a2 }): damaged data at byte { $a3 }
# Variables: $a0, $a1, $a2
guard-err-damaged_data = the store cannot be read: tree { $a0 }, after { $a1 } entries (last key { $a2 }): damaged data
guard-err-stopped = stopped: the client went away
