### Polish messages of backup, restore and check (X5, issue 7).

# Variables: $a0, $a1, $a2, $a3
maint-backup-done = kopia zapisana w { $a0 }: rekordów { $a1 }, plików { $a2 }, bajtów { $a3 }
# Variables: $a0, $a1, $a2, $a3
maint-restore-done = odtworzono { $a0 } w { $a3 }: rekordów { $a1 }, plików { $a2 }
# Variables: $a0, $a1
maint-check-clean = nie znaleziono problemów: sprawdzono rekordów { $a0 } i załączonych plików { $a1 }
# Variables: $a0
maint-check-found = znalezione problemy: { $a0 }
# Variables: $a0
maint-check-unlisted = ... i niewypisanych problemów: { $a0 }
maint-check-model_rebuilt = zapisany model odczytu (<db>/cache/) nie zgadzał się z bazą: usunięto go i zostanie odbudowany przy następnym starcie (dane pochodne; nic nie zginęło)
# Variables: $a0
maint-check-repaired = indeksy odbudowane: zapisane lub usunięte wpisy: { $a0 }
# Variables: $a0
maint-err-exists = { $a0 } już istnieje; kopia nigdy nie zastępuje pliku: wybierz inną nazwę albo usuń ten plik
# Variables: $a0
maint-err-no_dir = nie można zapisać { $a0 }: jego katalog nie istnieje
# Variables: $a0
maint-err-no_backup = nie ma pliku kopii { $a0 }
# Variables: $a0
maint-err-not_empty = { $a0 } nie jest pustym katalogiem; kopię odtwarza się tylko do pustego albo nowego katalogu (nic nie zapisano)
# Variables: $a0
maint-err-not_backup = { $a0 } nie jest kopią zapasową lejka
# Variables: $a0, $a1, $a2
maint-err-too_new = { $a0 } ma format kopii { $a1 }, nowszy niż zna ten lejek ({ $a2 }); odtwórz ją nowszym lejkiem
# Variables: $a0, $a1, $a2
maint-err-db_too_new = { $a0 } zawiera bazę w formacie { $a1 }, nowszym niż zna ten lejek ({ $a2 }); odtwórz ją nowszym lejkiem
# Variables: $a0, $a1
maint-err-truncated = { $a0 } kończy się przedwcześnie (na bajcie { $a1 }): kopia jest niepełna; nic nie odtworzono
# Variables: $a0
maint-err-checksum = { $a0 } jest uszkodzona: treść nie zgadza się z sumą kontrolną; nic nie odtworzono
# Variables: $a0, $a1
maint-err-malformed = { $a0 } jest uszkodzona na bajcie { $a1 }; nic nie odtworzono
# Variables: $a0, $a1
maint-err-trailing = { $a0 } ma nieoczekiwane bajty za końcem (od bajtu { $a1 }); nic nie odtworzono
# Variables: $a0
maint-err-admin_repair = { $a0 } nie może naprawiać bazy: check --repair wolno uruchomić tylko administratorowi lejka
# Variables: $a0, $a1, $a2
maint-problem-undecodable = { $a0 } { $a1 }: nie da się odczytać rekordu ({ $a2 })
# Variables: $a0, $a1, $a2
maint-problem-misplaced = { $a0 } { $a1 }: rekord zapisany pod cudzym kluczem (jego własny to { $a2 })
# Variables: $a0, $a1, $a2
maint-problem-stray_index = { $a0 } { $a1 }: wpis indeksu, którego nie uzasadnia żaden rekord (wskazuje na { $a2 })
# Variables: $a0, $a1
maint-problem-malformed_index = { $a0 } { $a1 }: wpis indeksu o złym kształcie
# Variables: $a0, $a1, $a2
maint-problem-missing_index = { $a0 } { $a1 }: brak wpisu indeksu dla { $a2 }
# Variables: $a0, $a1, $a2
maint-problem-dangling_reference = { $a0 } { $a1 }: odwołuje się do { $a2 }, którego nie ma
# Variables: $a0, $a1
maint-problem-event_gap = { $a0 } { $a1 }: brak w historii
# Variables: $a0, $a1, $a2
maint-problem-counter_behind = { $a0 } { $a1 }: licznik nie przekracza najwyższego używanego id ({ $a2 }); następny rekord nadpisałby istniejący
# Variables: $a0, $a1, $a2
maint-problem-bad_meta = { $a0 } { $a1 }: wartość złej długości ({ $a2 } B)
# Variables: $a0, $a1, $a2
maint-problem-missing_file = { $a0 } { $a1 }: brak załączonego pliku { $a2 } w files/
# Variables: $a0, $a1, $a2
maint-problem-damaged_file = { $a0 } { $a1 }: załączony plik { $a2 } nie zgadza się z sumą SHA-256 albo rozmiarem
