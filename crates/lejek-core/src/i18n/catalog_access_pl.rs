//! Polskie komunikaty o tym, kto co może (zadanie 15): polecenia administratora, zegar serwera.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.admin_users",
        "tylko administrator może dodawać i zmieniać użytkowników ('{0}' nim nie jest)",
    ),
    (
        "err.client_clock",
        "twój zegar ({0}) nie jest zegarem serwera ({1}): zapisy datuje serwer; usuń LEJEK_NOW (zapis z inną datą może wprowadzić tylko administrator)",
    ),
    (
        "err.last_admin",
        "{0} jest ostatnim administratorem: najpierw nadaj uprawnienia komuś innemu",
    ),
    (
        "err.other_user_local",
        "{0} nie może działać jako {1}: tylko administrator lejka lub root może podać --user innej osoby",
    ),
    (
        "hist.backdated",
        "wpisane z datą powyżej; serwer zapisał je {0}",
    ),
];
