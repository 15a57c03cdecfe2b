### Polskie błędy języka filtrów (issue 21: przeniesione z kodu filter/error.rs).

# Variables: $col, $error
filter-err = filtr: kol. { $col }: { $error }
filter-err-unterminated_quote = niezamknięty cudzysłów (brak zamykającego '"')
# Variables: $after, $found
filter-err-expected_term_after = oczekiwano warunku po '{ $after }', znaleziono { $found }
# Variables: $found
filter-err-expected_term = oczekiwano warunku, znaleziono { $found }
filter-err-empty_parens = puste nawiasy '()'
filter-err-unclosed_paren = brak ')' zamykającego '('
filter-err-unmatched_paren = ')' bez pasującego '('
# Variables: $op
filter-err-missing_field = oczekiwano nazwy pola przed '{ $op }'
# Variables: $name, $known
filter-err-unknown_field = nieznane pole '{ $name }' (znane pola: { $known })
# Variables: $expected, $op, $found
filter-err-expected_value = oczekiwano { $expected } po '{ $op }', znaleziono { $found }
# Variables: $op, $field, $allowed
filter-err-operator = '{ $op }' nie działa z polem '{ $field }' (użyj { $allowed })
# Variables: $value, $field, $valid
filter-err-unknown_value = nieznana wartość '{ $value }' dla '{ $field }' (dozwolone: { $valid })
# Variables: $value, $field, $candidates
filter-err-ambiguous_value = '{ $value }' jest niejednoznaczne dla '{ $field }' (pasuje: { $candidates })
filter-found-end = koniec filtra
filter-expected-date = daty
filter-expected-amount = kwoty
filter-expected-number = liczby
filter-expected-value = wartości
## Słowo między dwoma ostatnimi operatorami listy: "':', '=' lub '!='".
filter-or = lub
