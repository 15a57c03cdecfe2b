//! Polish messages of backup, restore and check (X5, issue 7).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "maint.backup.done",
        "kopia zapisana w {0}: rekordów {1}, plików {2}, bajtów {3}",
    ),
    (
        "maint.restore.done",
        "odtworzono {0} w {3}: rekordów {1}, plików {2}",
    ),
    (
        "maint.check.clean",
        "nie znaleziono problemów: sprawdzono rekordów {0} i załączonych plików {1}",
    ),
    ("maint.check.found", "znalezione problemy: {0}"),
    ("maint.check.unlisted", "... i niewypisanych problemów: {0}"),
    (
        "maint.check.model_rebuilt",
        "zapisany model odczytu (<db>/cache/) nie zgadzał się z bazą: usunięto go i zostanie odbudowany przy następnym starcie (dane pochodne; nic nie zginęło)",
    ),
    (
        "maint.check.repaired",
        "indeksy odbudowane: zapisane lub usunięte wpisy: {0}",
    ),
    (
        "maint.err.exists",
        "{0} już istnieje; kopia nigdy nie zastępuje pliku: wybierz inną nazwę albo usuń ten plik",
    ),
    (
        "maint.err.no_dir",
        "nie można zapisać {0}: jego katalog nie istnieje",
    ),
    ("maint.err.no_backup", "nie ma pliku kopii {0}"),
    (
        "maint.err.not_empty",
        "{0} nie jest pustym katalogiem; kopię odtwarza się tylko do pustego albo nowego katalogu (nic nie zapisano)",
    ),
    ("maint.err.not_backup", "{0} nie jest kopią zapasową lejka"),
    (
        "maint.err.too_new",
        "{0} ma format kopii {1}, nowszy niż zna ten lejek ({2}); odtwórz ją nowszym lejkiem",
    ),
    (
        "maint.err.db_too_new",
        "{0} zawiera bazę w formacie {1}, nowszym niż zna ten lejek ({2}); odtwórz ją nowszym lejkiem",
    ),
    (
        "maint.err.truncated",
        "{0} kończy się przedwcześnie (na bajcie {1}): kopia jest niepełna; nic nie odtworzono",
    ),
    (
        "maint.err.checksum",
        "{0} jest uszkodzona: treść nie zgadza się z sumą kontrolną; nic nie odtworzono",
    ),
    (
        "maint.err.malformed",
        "{0} jest uszkodzona na bajcie {1}; nic nie odtworzono",
    ),
    (
        "maint.err.trailing",
        "{0} ma nieoczekiwane bajty za końcem (od bajtu {1}); nic nie odtworzono",
    ),
    (
        "maint.err.admin_repair",
        "{0} nie może naprawiać bazy: check --repair wolno uruchomić tylko administratorowi lejka",
    ),
    (
        "maint.problem.undecodable",
        "{0} {1}: nie da się odczytać rekordu ({2})",
    ),
    (
        "maint.problem.misplaced",
        "{0} {1}: rekord zapisany pod cudzym kluczem (jego własny to {2})",
    ),
    (
        "maint.problem.stray_index",
        "{0} {1}: wpis indeksu, którego nie uzasadnia żaden rekord (wskazuje na {2})",
    ),
    (
        "maint.problem.malformed_index",
        "{0} {1}: wpis indeksu o złym kształcie",
    ),
    (
        "maint.problem.missing_index",
        "{0} {1}: brak wpisu indeksu dla {2}",
    ),
    (
        "maint.problem.dangling_reference",
        "{0} {1}: odwołuje się do {2}, którego nie ma",
    ),
    ("maint.problem.event_gap", "{0} {1}: brak w historii"),
    (
        "maint.problem.counter_behind",
        "{0} {1}: licznik nie przekracza najwyższego używanego id ({2}); następny rekord nadpisałby istniejący",
    ),
    (
        "maint.problem.bad_meta",
        "{0} {1}: wartość złej długości ({2} B)",
    ),
    (
        "maint.problem.missing_file",
        "{0} {1}: brak załączonego pliku {2} w files/",
    ),
    (
        "maint.problem.damaged_file",
        "{0} {1}: załączony plik {2} nie zgadza się z sumą SHA-256 albo rozmiarem",
    ),
];
