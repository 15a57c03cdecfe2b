### Polskie komunikaty lejka sprzedaży (issue 19): kolejność etapów, prawdopodobieństwo
### i dni do zaniedbania, przewidywana data zamknięcia, dni w etapie, zaniedbane interesy.

err-move_before_or_after = Podaj, gdzie przenieść: --before NAZWA albo --after NAZWA
# Variables: $a0
err-move_itself = Nie można przenieść { $a0 } obok samego siebie
# Variables: $a0, $a1, $a2, $a3
err-move_other_kind = { $a0 } to etap rodzaju { $a1 }, a { $a2 } rodzaju { $a3 }: etap przenosi się tylko wśród etapów swojego rodzaju (najpierw otwarte, potem wygrane, na końcu przegrane)
err-stage_set_nothing = Nie ma czego ustawić: podaj --probability, --rot-days albo oba
# Variables: $a0, $a1
err-stage_closed_fixed = { $a0 } to etap rodzaju { $a1 }: jego prawdopodobieństwo jest stałe (wygrany 100%, przegrany 0%), a interesy w nim nie zalegają
# Variables: $a0
err-probability_range = Prawdopodobieństwo { $a0 } poza zakresem: podaj od 0 do 100 (procent)
# Variables: $a0, $a1
err-rot_days_range = Liczba dni do zaniedbania { $a0 } poza zakresem: podaj od 1 do { $a1 }
# Variables: $a0
err-stage_set_only_stages = dict set ustawia prawdopodobieństwo i dni do zaniedbania etapów interesów; { $a0 } ich nie ma
# Variables: $a0, $a1
err-stage_number = { $a0 }: oczekiwano liczby całkowitej albo none, jest "{ $a1 }"
col-probability = Prawdopodobieństwo
col-rot_days = Dni do zaniedbania
col-position = Miejsce w kolejności
col-expected = Termin zamknięcia
col-days_in_stage = W etapie
col-rotting = Zaniedbany
show-rotting = bez aktywności dłużej, niż pozwala jego etap
