//! Polish messages of the shared-access server (`lejek serve`) and its protocol.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "server.err.malformed",
        "serwer odrzucił błędną wiadomość: {0}",
    ),
    ("server.err.remote", "{0}"),
    (
        "server.err.version",
        "niezgodna wersja protokołu: ten lejek używa wersji {0}, serwer wersji {1}; uruchom serwer ponownie tą samą wersją lejka",
    ),
    ("err.server", "serwer bazy danych: {0}"),
    (
        "server.err.no_login",
        "brak loginu systemowego dla identyfikatora {0}; serwer nie wie, kim jesteś",
    ),
    (
        "server.err.not_admin",
        "{0} nie może działać jako {1}: tylko administrator lejka może podać --user innej osoby",
    ),
];
