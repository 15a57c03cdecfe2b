### Polskie komunikaty lejka sprzedaży (issue 19): kolejność etapów, prawdopodobieństwo
### i dni do zaniedbania, przewidywana data zamknięcia, dni w etapie, zaniedbane interesy.

err-move_before_or_after = Podaj, gdzie przenieść: --before NAZWA albo --after NAZWA
# Variables: $stage
err-move_itself = Nie można przenieść { $stage } obok samego siebie
# Variables: $stage, $kind, $other, $other_kind
err-move_other_kind = { $stage } to etap rodzaju { $kind }, a { $other } rodzaju { $other_kind }: etap przenosi się tylko wśród etapów swojego rodzaju (najpierw otwarte, potem wygrane, na końcu przegrane)
err-stage_set_nothing = Nie ma czego ustawić: podaj --probability, --rot-days albo oba
# Variables: $stage, $kind
err-stage_closed_fixed = { $stage } to etap rodzaju { $kind }: jego prawdopodobieństwo jest stałe (wygrany 100%, przegrany 0%), a interesy w nim nie zalegają
# Variables: $value
err-probability_range = Prawdopodobieństwo { $value } poza zakresem: podaj od 0 do 100 (procent)
# Variables: $value, $max
err-rot_days_range = Liczba dni do zaniedbania { $value } poza zakresem: podaj od 1 do { $max }
# Variables: $dictionary
err-stage_set_only_stages = dict set ustawia prawdopodobieństwo i dni do zaniedbania etapów interesów; { $dictionary } ich nie ma
# Variables: $option, $value
err-stage_number = { $option }: oczekiwano liczby całkowitej albo none, jest "{ $value }"
col-probability = Prawdopodobieństwo
col-rot_days = Dni do zaniedbania
col-position = Miejsce w kolejności
col-expected = Termin zamknięcia
col-days_in_stage = W etapie
col-rotting = Zaniedbany
show-rotting = bez aktywności dłużej, niż pozwala jego etap
