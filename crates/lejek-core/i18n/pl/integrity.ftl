### Polish messages of the integrity checks on data that comes in from files: restore,
### `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

# Variables: $file
integrity-err-file_content = { $file } jest uszkodzona: treść załączonego pliku nie zgadza się z jego nazwą SHA-256; nic nie odtworzono
# Variables: $file, $kind, $id, $reason
integrity-err-restore_refused = { $file } zawiera rekord, którego lejek by nie przyjął ({ $kind } { $id }): { $reason }; nic nie odtworzono
# Variables: $file, $section, $id, $reason
integrity-err-import_refused = { $file }: rekord { $id } w sekcji { $section } nie zostałby przyjęty: { $reason }; nic nie zaimportowano
# Variables: $file, $section, $id, $kind, $target
integrity-err-import_dangling = { $file }: rekord { $id } w sekcji { $section } wskazuje na { $kind } { $target }, którego nie ma w pliku; nic nie zaimportowano
# Variables: $file, $section, $id, $field, $value
integrity-err-import_unknown = { $file }: rekord { $id } w sekcji { $section } ma nieznaną wartość pola { $field }: '{ $value }'; nic nie zaimportowano
# Variables: $column, $other, $name
integrity-err-duplicate_header = kolumny { $column } i { $other } mają tę samą nazwę '{ $name }'; zmień jedną z nich (nic nie zaimportowano)
# Variables: $path
integrity-err-no_permission = brak uprawnień: { $path } (nie należysz do grupy bazy danych albo katalog jest dla ciebie zamknięty)
# Variables: $version
integrity-reason-format_version = wersja formatu bazy danych to { $version }, a takiej lejek nie zapisuje
# Variables: $value
integrity-reason-nip = błędny NIP: '{ $value }'
# Variables: $reason
integrity-reason-other = { $reason }
# Variables: $error
integrity-reason-undecodable = to nie jest rekord swojego rodzaju ({ $error })
# Variables: $tree, $id, $reason
maint-problem-refused_record = { $tree } { $id }: pole, którego lejek by nie przyjął: { $reason }
