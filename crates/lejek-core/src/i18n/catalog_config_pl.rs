//! Polskie komunikaty pliku konfiguracji i `lejek config` (issue 9).

pub const ENTRIES: &[(&str, &str)] = &[
    ("config.err.prefix", "konfiguracja"),
    ("config.err.as_is", "{0}"),
    ("config.err.io", "nie można odczytać pliku: {0}"),
    ("config.err.syntax", "niepoprawny TOML: {0}"),
    (
        "config.err.unknown_key",
        "nieznane ustawienie '{0}'; znane: {1}",
    ),
    (
        "config.err.unknown_view",
        "nieznana lista '{0}' w [default_filter]; listy: {1}",
    ),
    (
        "config.err.not_string",
        "'{0}' musi być tekstem w cudzysłowie",
    ),
    ("config.err.not_table", "'{0}' musi być tabelą: [{0}]"),
    (
        "config.err.bad_value",
        "'{1}' to niepoprawna wartość {0}; dozwolone: {2}",
    ),
    (
        "config.err.currency",
        "'{0}' to nie kod waluty; podaj trzy litery, np. PLN lub EUR",
    ),
    ("config.err.empty", "'{0}' jest puste"),
    (
        "config.err.saved_name",
        "nazwa zapisanego filtra '{0}' może mieć tylko litery, cyfry, '-', '_' i '.'",
    ),
    (
        "config.err.reserved",
        "nazwa 'all' jest zastrzeżona: @all pokazuje wszystko, bez domyślnego filtra listy",
    ),
    ("config.err.filter", "{0}: {1}"),
    (
        "config.err.filter_expanded",
        "{0} (po rozwinięciu `{1}`): {2}",
    ),
    (
        "config.err.saved_unknown",
        "nieznany zapisany filtr '@{0}'; zapisane filtry: {1} (by szukać tego tekstu, ujmij go w cudzysłów: \"@{0}\")",
    ),
    (
        "config.err.saved_none",
        "nieznany zapisany filtr '@{0}': plik konfiguracji nie ma [saved_filters] (by szukać tego tekstu, ujmij go w cudzysłów: \"@{0}\")",
    ),
    (
        "config.err.saved_cycle",
        "zapisany filtr '@{0}' odwołuje się do samego siebie",
    ),
    (
        "config.err.all_alone",
        "'@all' pokazuje wszystko, więc musi być całym filtrem",
    ),
    (
        "config.err.in_filter",
        "{0} (filtr po rozwinięciu zapisanych filtrów: `{1}`)",
    ),
    (
        "config.err.no_path",
        "nie ma gdzie trzymać pliku konfiguracji: ustaw XDG_CONFIG_HOME lub HOME albo podaj --config PLIK",
    ),
    (
        "config.err.exists",
        "{0} już istnieje; lejek go nie nadpisuje (`lejek config show` pokazuje, co ustawia)",
    ),
    ("config.err.write", "nie można zapisać {0}: {1}"),
    ("config.init.done", "Zapisano przykład z komentarzami w {0}"),
    ("config.col.setting", "ustawienie"),
    ("config.col.value", "wartość"),
    ("config.col.source", "skąd"),
    ("config.source.flag", "flaga {0}"),
    ("config.source.env", "zmienna środowiska {0}"),
    ("config.source.file", "plik konfiguracji {0}:{1}"),
    ("config.source.default", "domyślnie"),
    (
        "config.show.missing",
        "{0} (brak pliku, obowiązują wartości domyślne)",
    ),
    (
        "config.show.nowhere",
        "(brak: nie ustawiono XDG_CONFIG_HOME ani HOME)",
    ),
];
