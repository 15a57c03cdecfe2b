//! Polskie komunikaty o limitach serwera i zapisach wykonywanych dokładnie raz (zgłoszenie
//! 15, punkty 4, 5, 8).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "wire.err.busy",
        "serwer bazy obsługuje już {0} połączeń; spróbuj ponownie za chwilę",
    ),
    (
        "wire.err.panic",
        "serwer bazy nie wykonał tego żądania (błąd wewnętrzny, zapisany w {0}); serwer działa dalej",
    ),
    (
        "wire.err.request_taken",
        "identyfikator żądania zapisu użytkownika {0} należy do żądania innego użytkownika; nic nie zapisano",
    ),
];
