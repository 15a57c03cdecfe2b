### Polish messages of input limits (issue 15): filters too long or nested too deep, dates
### outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
### its currency unasked.

# Variables: $a0
limits-filter-too_long = filtr jest za długi (najwyżej { $a0 } znaków)
# Variables: $a0
limits-filter-too_deep = za głębokie zagnieżdżenie nawiasów i zaprzeczeń (najwyżej { $a0 } poziomów)
# Variables: $a0
limits-filter-expands_too_long = zapisane filtry rozwijają się do ponad { $a0 } znaków
# Variables: $a0, $a1, $a2
limits-date-out_of_range = data poza zakresem: '{ $a0 }' (lata od { $a1 } do { $a2 })
# Variables: $a0
limits-money-negative_zero = '{ $a0 }' to nie kwota: minus przy zerze (wpisz 0)
# Variables: $a0, $a1, $a2
limits-money-currency_conflict = '{ $a0 }' jest w { $a1 }, a --currency podaje { $a2 }
# Variables: $a0, $a1, $a2, $a3
limits-money-currency_switch = wartość interesu { $a0 } jest w { $a1 }; '{ $a2 }' jest w { $a3 }: aby zmienić walutę interesu, dodaj --currency { $a3 }
limits-money-currency_alone = --currency wymaga --value (to waluta tej wartości)
# Variables: $a0, $a1, $a2
limits-money-column_conflict = '{ $a0 }' jest w { $a1 }, a kolumna waluty podaje { $a2 }
# Variables: $a0, $a1, $a2
limits-date-bad_now = LEJEK_NOW poza zakresem: '{ $a0 }' (lata od { $a1 } do { $a2 })
