### Polskie komunikaty pliku konfiguracji i `lejek config` (issue 9).

config-err-prefix = konfiguracja
# Variables: $error
config-err-as_is = { $error }
# Variables: $error
config-err-io = nie można odczytać pliku: { $error }
# Variables: $error
config-err-syntax = niepoprawny TOML: { $error }
# Variables: $setting, $known
config-err-unknown_key = nieznane ustawienie '{ $setting }'; znane: { $known }
# Variables: $list, $lists
config-err-unknown_view = nieznana lista '{ $list }' w [default_filter]; listy: { $lists }
# Variables: $setting
config-err-not_string = '{ $setting }' musi być tekstem w cudzysłowie
# Variables: $setting
config-err-not_table = '{ $setting }' musi być tabelą: [{ $setting }]
# Variables: $setting, $value, $valid
config-err-bad_value = '{ $value }' to niepoprawna wartość { $setting }; dozwolone: { $valid }
# Variables: $value
config-err-currency = '{ $value }' to nie kod waluty; podaj trzy litery, np. PLN lub EUR
# Variables: $setting
config-err-empty = '{ $setting }' jest puste
# Variables: $name
config-err-saved_name = nazwa zapisanego filtra '{ $name }' może mieć tylko litery, cyfry, '-', '_' i '.'
config-err-reserved = nazwa 'all' jest zastrzeżona: @all pokazuje wszystko, bez domyślnego filtra listy
# Variables: $setting, $error
config-err-filter = { $setting }: { $error }
# Variables: $setting, $expanded, $error
config-err-filter_expanded = { $setting } (po rozwinięciu `{ $expanded }`): { $error }
# Variables: $name, $saved
config-err-saved_unknown = nieznany zapisany filtr '@{ $name }'; zapisane filtry: { $saved } (by szukać tego tekstu, ujmij go w cudzysłów: "@{ $name }")
# Variables: $name
config-err-saved_none = nieznany zapisany filtr '@{ $name }': plik konfiguracji nie ma [saved_filters] (by szukać tego tekstu, ujmij go w cudzysłów: "@{ $name }")
# Variables: $name
config-err-saved_cycle = zapisany filtr '@{ $name }' odwołuje się do samego siebie
config-err-all_alone = '@all' pokazuje wszystko, więc musi być całym filtrem
# Variables: $error, $filter
config-err-in_filter = { $error } (filtr po rozwinięciu zapisanych filtrów: `{ $filter }`)
config-err-no_path = nie ma gdzie trzymać pliku konfiguracji: ustaw XDG_CONFIG_HOME lub HOME albo podaj --config PLIK
# Variables: $file
config-err-exists = { $file } już istnieje; lejek go nie nadpisuje (`lejek config show` pokazuje, co ustawia)
# Variables: $file
config-init-done = Zapisano przykład z komentarzami w { $file }
config-col-setting = ustawienie
config-col-value = wartość
config-col-source = skąd
# Variables: $flag
config-source-flag = flaga { $flag }
# Variables: $variable
config-source-env = zmienna środowiska { $variable }
# Variables: $file, $line
config-source-file = plik konfiguracji { $file }:{ $line }
config-source-default = domyślnie
# Variables: $file
config-show-missing = { $file } (brak pliku, obowiązują wartości domyślne)
