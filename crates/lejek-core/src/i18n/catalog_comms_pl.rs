//! Polskie komunikaty wysyłki e-maili i SMS-ów oraz ich sekcji konfiguracji (issue 8).

pub const ENTRIES: &[(&str, &str)] = &[
    ("comms.err.unreachable", "nie można połączyć się z {0}: {1}"),
    (
        "comms.err.tls",
        "nie udało się nawiązać bezpiecznego połączenia (TLS) z {0}: {1}",
    ),
    (
        "comms.err.no_starttls",
        "serwer {0} nie oferuje STARTTLS, a przy security = \"starttls\" nic nie jest wysyłane otwartym tekstem; użyj security = \"tls\" (port 465) lub zapytaj dostawcę poczty",
    ),
    (
        "comms.err.auth",
        "serwer {0} odrzucił logowanie jako {1}: {2}",
    ),
    (
        "comms.err.auth_needed",
        "serwer {0} wymaga logowania: ustaw user oraz password_file lub password_env w [email.smtp] ({1})",
    ),
    ("comms.err.rejected", "serwer {0} odrzucił wiadomość: {1}"),
    (
        "comms.err.gateway",
        "bramka SMS {0} odpowiedziała HTTP {1}: {2}",
    ),
    (
        "comms.err.gateway_unconfirmed",
        "bramka SMS {0} nie potwierdziła wysłania (w odpowiedzi brak '{1}'): {2}",
    ),
    ("comms.err.command_start", "nie można uruchomić {0}: {1}"),
    (
        "comms.err.command_exit",
        "polecenie {0} zakończyło się błędem (kod wyjścia {1}): {2}",
    ),
    (
        "comms.err.command_signal",
        "polecenie {0} zostało przerwane sygnałem {1}: {2}",
    ),
    (
        "comms.err.command_timeout",
        "polecenie {0} nie skończyło się w ciągu {1} s i zostało zatrzymane",
    ),
    ("comms.err.io", "nie można zapisać {0}: {1}"),
    (
        "comms.err.bad_address",
        "'{0}' to niepoprawny adres e-mail: {1}",
    ),
    ("comms.err.bad_phone", "'{0}' to nie jest numer telefonu"),
    ("comms.err.secret_file", "nie można odczytać {0} ({1}): {2}"),
    ("comms.err.secret_file_empty", "plik {0} ({1}) jest pusty"),
    (
        "comms.err.secret_env",
        "zmienna środowiska {0} ({1}) nie jest ustawiona lub jest pusta",
    ),
    (
        "comms.err.ca_file",
        "nie można użyć {0} (email.smtp.ca_file) jako certyfikatu CA: {1}",
    ),
    (
        "comms.cfg.secret_literal",
        "'{0}' jest niedozwolone: hasła i tokeny nie powinny leżeć w pliku konfiguracji; użyj {1}_file (pliku, który możesz czytać tylko ty) lub {1}_env (zmiennej środowiska)",
    ),
    (
        "comms.cfg.both",
        "'{0}' i '{1}' wykluczają się; zostaw jedno",
    ),
    (
        "comms.cfg.needs",
        "transport = \"{0}\" wymaga '{1}' w [{2}]",
    ),
    (
        "comms.cfg.user_alone",
        "'user' wymaga password_file lub password_env",
    ),
    (
        "comms.cfg.password_alone",
        "hasło bez 'user' (loginu) nigdy nie zostanie użyte; dodaj user",
    ),
    (
        "comms.cfg.integer",
        "'{0}' musi być liczbą całkowitą od {1} do {2}",
    ),
    (
        "comms.cfg.url",
        "'{0}': '{1}' to nie adres http:// ani https://",
    ),
    ("comms.cfg.quote", "'{0}' ma niezamknięty cudzysłów"),
    (
        "comms.cfg.placeholder",
        "nieznane pole {{{0}}} w '{1}'; znane: {2}",
    ),
    (
        "comms.cfg.field_secret",
        "'{0}' wygląda na tajne dane: zapisz je w token_file lub token_env, a tu wpisz \"{{token}}\"",
    ),
    (
        "comms.cfg.needs_token",
        "'{0}' wymaga token_file lub token_env",
    ),
];
