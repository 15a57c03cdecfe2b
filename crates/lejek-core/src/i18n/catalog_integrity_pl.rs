//! Polish messages of the integrity checks on data that comes in from files: restore,
//! `import all`, `check`'s field rules, CSV headers, database permissions (issue 15).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "integrity.err.file_content",
        "{0} jest uszkodzona: treść załączonego pliku nie zgadza się z jego nazwą SHA-256; nic nie odtworzono",
    ),
    (
        "integrity.err.restore_refused",
        "{0} zawiera rekord, którego lejek by nie przyjął ({1} {2}): {3}; nic nie odtworzono",
    ),
    (
        "integrity.err.import_refused",
        "{0}: rekord {2} w sekcji {1} nie zostałby przyjęty: {3}; nic nie zaimportowano",
    ),
    (
        "integrity.err.import_dangling",
        "{0}: rekord {2} w sekcji {1} wskazuje na {3} {4}, którego nie ma w pliku; nic nie zaimportowano",
    ),
    (
        "integrity.err.import_unknown",
        "{0}: rekord {2} w sekcji {1} ma nieznaną wartość pola {3}: '{4}'; nic nie zaimportowano",
    ),
    (
        "integrity.err.duplicate_header",
        "kolumny {0} i {1} mają tę samą nazwę '{2}'; zmień jedną z nich (nic nie zaimportowano)",
    ),
    (
        "integrity.err.no_permission",
        "brak uprawnień: {0} (nie należysz do grupy bazy danych albo katalog jest dla ciebie zamknięty)",
    ),
    (
        "integrity.reason.format_version",
        "wersja formatu bazy danych to {0}, a takiej lejek nie zapisuje",
    ),
    ("integrity.reason.nip", "błędny NIP: '{0}'"),
    ("integrity.reason.other", "{0}"),
    (
        "integrity.reason.undecodable",
        "to nie jest rekord swojego rodzaju ({0})",
    ),
    (
        "maint.problem.refused_record",
        "{0} {1}: pole, którego lejek by nie przyjął: {2}",
    ),
];
