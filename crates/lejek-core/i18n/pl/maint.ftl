### Polish messages of backup, restore and check (X5, issue 7).

# Variables: $path, $records, $files, $bytes
maint-backup-done = kopia zapisana w { $path }: { $records ->
        [one] { $records } rekord
        [few] { $records } rekordy
        [many] { $records } rekordów
       *[other] { $records } rekordu
    }, { $files ->
        [one] { $files } plik
        [few] { $files } pliki
        [many] { $files } plików
       *[other] { $files } pliku
    }, { $bytes ->
        [one] { $bytes } bajt
        [few] { $bytes } bajty
        [many] { $bytes } bajtów
       *[other] { $bytes } bajtu
    }
# Variables: $backup, $records, $files, $path
maint-restore-done = odtworzono { $backup } w { $path }: { $records ->
        [one] { $records } rekord
        [few] { $records } rekordy
        [many] { $records } rekordów
       *[other] { $records } rekordu
    }, { $files ->
        [one] { $files } plik
        [few] { $files } pliki
        [many] { $files } plików
       *[other] { $files } pliku
    }
# Variables: $records, $files
maint-check-clean = nie znaleziono problemów: sprawdzono { $records ->
        [one] { $records } rekord
        [few] { $records } rekordy
        [many] { $records } rekordów
       *[other] { $records } rekordu
    } i { $files ->
        [one] { $files } załączony plik
        [few] { $files } załączone pliki
        [many] { $files } załączonych plików
       *[other] { $files } załączonego pliku
    }
# Variables: $count
maint-check-found = znaleziono { $count ->
        [one] { $count } problem
        [few] { $count } problemy
        [many] { $count } problemów
       *[other] { $count } problemu
    }
# Variables: $count
maint-check-unlisted = ... i jeszcze { $count ->
        [one] { $count } niewypisany problem
        [few] { $count } niewypisane problemy
        [many] { $count } niewypisanych problemów
       *[other] { $count } niewypisanego problemu
    }
maint-check-model_rebuilt = zapisany model odczytu (<db>/cache/) nie zgadzał się z bazą: usunięto go i zostanie odbudowany przy następnym starcie (dane pochodne; nic nie zginęło)
# Variables: $count
maint-check-repaired = indeksy odbudowane: zapisano lub usunięto { $count ->
        [one] { $count } wpis
        [few] { $count } wpisy
        [many] { $count } wpisów
       *[other] { $count } wpisu
    }
# Variables: $path
maint-err-exists = { $path } już istnieje; kopia nigdy nie zastępuje pliku: wybierz inną nazwę albo usuń ten plik
# Variables: $path
maint-err-no_dir = nie można zapisać { $path }: jego katalog nie istnieje
# Variables: $path
maint-err-no_backup = nie ma pliku kopii { $path }
# Variables: $path
maint-err-not_empty = { $path } nie jest pustym katalogiem; kopię odtwarza się tylko do pustego albo nowego katalogu (nic nie zapisano)
# Variables: $path
maint-err-not_backup = { $path } nie jest kopią zapasową lejka
# Variables: $path, $format, $known
maint-err-too_new = { $path } ma format kopii { $format }, nowszy niż zna ten lejek ({ $known }); odtwórz ją nowszym lejkiem
# Variables: $path, $format, $known
maint-err-db_too_new = { $path } zawiera bazę w formacie { $format }, nowszym niż zna ten lejek ({ $known }); odtwórz ją nowszym lejkiem
# Variables: $path, $byte
maint-err-truncated = { $path } kończy się przedwcześnie (na bajcie { $byte }): kopia jest niepełna; nic nie odtworzono
# Variables: $path
maint-err-checksum = { $path } jest uszkodzona: treść nie zgadza się z sumą kontrolną; nic nie odtworzono
# Variables: $path, $byte
maint-err-malformed = { $path } jest uszkodzona na bajcie { $byte }; nic nie odtworzono
# Variables: $path, $byte
maint-err-trailing = { $path } ma nieoczekiwane bajty za końcem (od bajtu { $byte }); nic nie odtworzono
# Variables: $login
maint-err-admin_repair = { $login } nie może naprawiać bazy: check --repair wolno uruchomić tylko administratorowi lejka
# Variables: $tree, $key, $error
maint-problem-undecodable = { $tree } { $key }: nie da się odczytać rekordu ({ $error })
# Variables: $tree, $key, $own
maint-problem-misplaced = { $tree } { $key }: rekord zapisany pod cudzym kluczem (jego własny to { $own })
# Variables: $tree, $key, $target
maint-problem-stray_index = { $tree } { $key }: wpis indeksu, którego nie uzasadnia żaden rekord (wskazuje na { $target })
# Variables: $tree, $key
maint-problem-malformed_index = { $tree } { $key }: wpis indeksu o złym kształcie
# Variables: $tree, $key, $record
maint-problem-missing_index = { $tree } { $key }: brak wpisu indeksu dla { $record }
# Variables: $tree, $key, $target
maint-problem-dangling_reference = { $tree } { $key }: odwołuje się do { $target }, którego nie ma
# Variables: $tree, $key
maint-problem-event_gap = { $tree } { $key }: brak w historii
# Variables: $tree, $key, $highest
maint-problem-counter_behind = { $tree } { $key }: licznik nie przekracza najwyższego używanego id ({ $highest }); następny rekord nadpisałby istniejący
# Variables: $tree, $key, $size
maint-problem-bad_meta = { $tree } { $key }: wartość złej długości ({ $size } B)
# Variables: $tree, $key, $file
maint-problem-missing_file = { $tree } { $key }: brak załączonego pliku { $file } w files/
# Variables: $tree, $key, $file
maint-problem-damaged_file = { $tree } { $key }: załączony plik { $file } nie zgadza się z sumą SHA-256 albo rozmiarem
