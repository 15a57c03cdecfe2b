### Polish messages of TUI forms (field validation, form chrome).

## Validation errors.

form-err-required = wymagane
# Variables: $length, $max
form-err-too_long = za długie: { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    } (najwyżej { $max })
# Variables: $value, $options
form-err-unknown_option = nie ma opcji '{ $value }'; wybierz jedną z: { $options }
# Variables: $value, $matches
form-err-ambiguous = '{ $value }' pasuje do kilku: { $matches }
form-err-no_options = nie ma opcji do wyboru
# Variables: $path
form-err-no_file = nie ma takiego pliku: '{ $path }'
# Variables: $path
form-err-is_dir = '{ $path }' to katalog, a nie plik
# Variables: $value
form-err-not_number = to nie jest liczba: '{ $value }' (wpisz cyfry, np. 42)
# Variables: $value
form-err-not_time = to nie jest godzina: '{ $value }' (wpisz GG:MM, np. 14:30)

## Hints: what an empty field takes, how a typed value was understood.

form-hint-money = np. 1234,56 lub 1 234,56
form-hint-date = np. 01.12.2026, +3d, pt, jutro
form-hint-date_time = np. 01.12.2026 14:30, jutro 9:00
form-hint-tags = słowa oddzielone spacją lub przecinkiem
form-hint-path = ścieżka do pliku; ~ to katalog domowy
# Variables: $options
form-hint-choice = jedna z: { $options } (ctrl-n: następna)
# Variables: $matches
form-hint-candidates = pasuje: { $matches }

## Weekdays before a resolved date.

form-weekday-mon = pon
form-weekday-tue = wt
form-weekday-wed = śr
form-weekday-thu = czw
form-weekday-fri = pt
form-weekday-sat = sob
form-weekday-sun = niedz

## The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.

# Variables: $save_key, $cancel_key, $next_key
form-footer = { $save_key }: zapisz · { $cancel_key }: anuluj · { $next_key }: następne pole

## A concurrent edit (X6): {0} who saved, {1} the fields both changed.

# Variables: $login, $changes
form-conflict = { $login } zapisał(a) ten rekord, gdy go edytowano tutaj: { $changes } (jego/jej → twoje). Enter zapisze twoje; przywróć pole, by zostawić jego/jej wartość; Esc porzuca zmiany.
