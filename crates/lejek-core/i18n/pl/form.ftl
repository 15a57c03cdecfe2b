### Polish messages of TUI forms (field validation, form chrome).

## Validation errors.

form-err-required = wymagane
# Variables: $a0, $a1
form-err-too_long = za długie: { $a0 } znaków (najwyżej { $a1 })
# Variables: $a0, $a1
form-err-unknown_option = nie ma opcji '{ $a0 }'; wybierz jedną z: { $a1 }
# Variables: $a0, $a1
form-err-ambiguous = '{ $a0 }' pasuje do kilku: { $a1 }
form-err-no_options = nie ma opcji do wyboru
# Variables: $a0
form-err-no_file = nie ma takiego pliku: '{ $a0 }'
# Variables: $a0
form-err-is_dir = '{ $a0 }' to katalog, a nie plik
# Variables: $a0
form-err-not_number = to nie jest liczba: '{ $a0 }' (wpisz cyfry, np. 42)
# Variables: $a0
form-err-not_time = to nie jest godzina: '{ $a0 }' (wpisz GG:MM, np. 14:30)

## Hints: what an empty field takes, how a typed value was understood.

form-hint-money = np. 1234,56 lub 1 234,56
form-hint-date = np. 01.12.2026, +3d, pt, jutro
form-hint-date_time = np. 01.12.2026 14:30, jutro 9:00
form-hint-tags = słowa oddzielone spacją lub przecinkiem
form-hint-path = ścieżka do pliku; ~ to katalog domowy
# Variables: $a0
form-hint-choice = jedna z: { $a0 } (ctrl-n: następna)
# Variables: $a0
form-hint-candidates = pasuje: { $a0 }

## Weekdays before a resolved date.

form-weekday-mon = pon
form-weekday-tue = wt
form-weekday-wed = śr
form-weekday-thu = czw
form-weekday-fri = pt
form-weekday-sat = sob
form-weekday-sun = niedz

## The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.

# Variables: $a0, $a1, $a2
form-footer = { $a0 }: zapisz · { $a1 }: anuluj · { $a2 }: następne pole

## A concurrent edit (X6): {0} who saved, {1} the fields both changed.

# Variables: $a0, $a1
form-conflict = { $a0 } zapisał(a) ten rekord, gdy go edytowano tutaj: { $a1 } (jego/jej → twoje). Enter zapisze twoje; przywróć pole, by zostawić jego/jej wartość; Esc porzuca zmiany.
