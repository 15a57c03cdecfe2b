### Polish messages of the integrity checks on data that comes in from files: restore,
### `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

# Variables: $a0
integrity-err-file_content = { $a0 } jest uszkodzona: treść załączonego pliku nie zgadza się z jego nazwą SHA-256; nic nie odtworzono
# Variables: $a0, $a1, $a2, $a3
integrity-err-restore_refused = { $a0 } zawiera rekord, którego lejek by nie przyjął ({ $a1 } { $a2 }): { $a3 }; nic nie odtworzono
# Variables: $a0, $a1, $a2, $a3
integrity-err-import_refused = { $a0 }: rekord { $a2 } w sekcji { $a1 } nie zostałby przyjęty: { $a3 }; nic nie zaimportowano
# Variables: $a0, $a1, $a2, $a3, $a4
integrity-err-import_dangling = { $a0 }: rekord { $a2 } w sekcji { $a1 } wskazuje na { $a3 } { $a4 }, którego nie ma w pliku; nic nie zaimportowano
# Variables: $a0, $a1, $a2, $a3, $a4
integrity-err-import_unknown = { $a0 }: rekord { $a2 } w sekcji { $a1 } ma nieznaną wartość pola { $a3 }: '{ $a4 }'; nic nie zaimportowano
# Variables: $a0, $a1, $a2
integrity-err-duplicate_header = kolumny { $a0 } i { $a1 } mają tę samą nazwę '{ $a2 }'; zmień jedną z nich (nic nie zaimportowano)
# Variables: $a0
integrity-err-no_permission = brak uprawnień: { $a0 } (nie należysz do grupy bazy danych albo katalog jest dla ciebie zamknięty)
# Variables: $a0
integrity-reason-format_version = wersja formatu bazy danych to { $a0 }, a takiej lejek nie zapisuje
# Variables: $a0
integrity-reason-nip = błędny NIP: '{ $a0 }'
# Variables: $a0
integrity-reason-other = { $a0 }
# Variables: $a0
integrity-reason-undecodable = to nie jest rekord swojego rodzaju ({ $a0 })
# Variables: $a0, $a1, $a2
maint-problem-refused_record = { $a0 } { $a1 }: pole, którego lejek by nie przyjął: { $a2 }
