### Polish messages of input limits (issue 15): filters too long or nested too deep, dates
### outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
### its currency unasked.

# Variables: $max
limits-filter-too_long = filtr jest za długi (najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    })
# Variables: $max
limits-filter-too_deep = za głębokie zagnieżdżenie nawiasów i zaprzeczeń (najwyżej { $max ->
        [one] { $max } poziom
        [few] { $max } poziomy
        [many] { $max } poziomów
       *[other] { $max } poziomu
    })
# Variables: $max
limits-filter-expands_too_long = zapisane filtry rozwijają się do ponad { $max } znaków
# Variables: $value, $from, $to
limits-date-out_of_range = data poza zakresem: '{ $value }' (lata od { $from } do { $to })
# Variables: $value
limits-money-negative_zero = '{ $value }' to nie kwota: minus przy zerze (wpisz 0)
# Variables: $value, $currency, $given
limits-money-currency_conflict = '{ $value }' jest w { $currency }, a --currency podaje { $given }
# Variables: $deal, $currency, $value, $new
limits-money-currency_switch = wartość interesu { $deal } jest w { $currency }; '{ $value }' jest w { $new }: aby zmienić walutę interesu, dodaj --currency { $new }
limits-money-currency_alone = --currency wymaga --value (to waluta tej wartości)
# Variables: $value, $currency, $column
limits-money-column_conflict = '{ $value }' jest w { $currency }, a kolumna waluty podaje { $column }
# Variables: $value, $from, $to
limits-date-bad_now = LEJEK_NOW poza zakresem: '{ $value }' (lata od { $from } do { $to })
