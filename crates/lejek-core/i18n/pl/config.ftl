### Polskie komunikaty pliku konfiguracji i `lejek config` (issue 9).

config-err-prefix = konfiguracja
# Variables: $a0
config-err-as_is = { $a0 }
# Variables: $a0
config-err-io = nie można odczytać pliku: { $a0 }
# Variables: $a0
config-err-syntax = niepoprawny TOML: { $a0 }
# Variables: $a0, $a1
config-err-unknown_key = nieznane ustawienie '{ $a0 }'; znane: { $a1 }
# Variables: $a0, $a1
config-err-unknown_view = nieznana lista '{ $a0 }' w [default_filter]; listy: { $a1 }
# Variables: $a0
config-err-not_string = '{ $a0 }' musi być tekstem w cudzysłowie
# Variables: $a0
config-err-not_table = '{ $a0 }' musi być tabelą: [{ $a0 }]
# Variables: $a0, $a1, $a2
config-err-bad_value = '{ $a1 }' to niepoprawna wartość { $a0 }; dozwolone: { $a2 }
# Variables: $a0
config-err-currency = '{ $a0 }' to nie kod waluty; podaj trzy litery, np. PLN lub EUR
# Variables: $a0
config-err-empty = '{ $a0 }' jest puste
# Variables: $a0
config-err-saved_name = nazwa zapisanego filtra '{ $a0 }' może mieć tylko litery, cyfry, '-', '_' i '.'
config-err-reserved = nazwa 'all' jest zastrzeżona: @all pokazuje wszystko, bez domyślnego filtra listy
# Variables: $a0, $a1
config-err-filter = { $a0 }: { $a1 }
# Variables: $a0, $a1, $a2
config-err-filter_expanded = { $a0 } (po rozwinięciu `{ $a1 }`): { $a2 }
# Variables: $a0, $a1
config-err-saved_unknown = nieznany zapisany filtr '@{ $a0 }'; zapisane filtry: { $a1 } (by szukać tego tekstu, ujmij go w cudzysłów: "@{ $a0 }")
# Variables: $a0
config-err-saved_none = nieznany zapisany filtr '@{ $a0 }': plik konfiguracji nie ma [saved_filters] (by szukać tego tekstu, ujmij go w cudzysłów: "@{ $a0 }")
# Variables: $a0
config-err-saved_cycle = zapisany filtr '@{ $a0 }' odwołuje się do samego siebie
config-err-all_alone = '@all' pokazuje wszystko, więc musi być całym filtrem
# Variables: $a0, $a1
config-err-in_filter = { $a0 } (filtr po rozwinięciu zapisanych filtrów: `{ $a1 }`)
config-err-no_path = nie ma gdzie trzymać pliku konfiguracji: ustaw XDG_CONFIG_HOME lub HOME albo podaj --config PLIK
# Variables: $a0
config-err-exists = { $a0 } już istnieje; lejek go nie nadpisuje (`lejek config show` pokazuje, co ustawia)
# Variables: $a0, $a1
config-err-write = nie można zapisać { $a0 }: { $a1 }
# Variables: $a0
config-init-done = Zapisano przykład z komentarzami w { $a0 }
config-col-setting = ustawienie
config-col-value = wartość
config-col-source = skąd
# Variables: $a0
config-source-flag = flaga { $a0 }
# Variables: $a0
config-source-env = zmienna środowiska { $a0 }
# Variables: $a0, $a1
config-source-file = plik konfiguracji { $a0 }:{ $a1 }
config-source-default = domyślnie
# Variables: $a0
config-show-missing = { $a0 } (brak pliku, obowiązują wartości domyślne)
config-show-nowhere = (brak: nie ustawiono XDG_CONFIG_HOME ani HOME)
