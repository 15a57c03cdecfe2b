### English of the filter language's errors (issue 21: moved here from filter/error.rs).

# Variables: $col, $error
filter-err = filter: col { $col }: { $error }
filter-err-unterminated_quote = unterminated quote (expected a closing '"')
# Variables: $after, $found
filter-err-expected_term_after = expected a condition after '{ $after }', found { $found }
# Variables: $found
filter-err-expected_term = expected a condition, found { $found }
filter-err-empty_parens = empty parentheses '()'
filter-err-unclosed_paren = '(' is never closed (expected ')')
filter-err-unmatched_paren = ')' without a matching '('
# Variables: $op
filter-err-missing_field = expected a field name before '{ $op }'
# Variables: $name, $known
filter-err-unknown_field = unknown field '{ $name }' (known fields: { $known })
# Variables: $expected, $op, $found
filter-err-expected_value = expected { $expected } after '{ $op }', found { $found }
# Variables: $op, $field, $allowed
filter-err-operator = '{ $op }' cannot be used with '{ $field }' (use { $allowed })
# Variables: $value, $field, $valid
filter-err-unknown_value = unknown value '{ $value }' for '{ $field }' (valid: { $valid })
# Variables: $value, $field, $candidates
filter-err-ambiguous_value = '{ $value }' is ambiguous for '{ $field }' (could be: { $candidates })
filter-found-end = end of input
filter-expected-date = a date
filter-expected-amount = an amount
filter-expected-number = a number
filter-expected-value = a value
## The word between the last two of a list of operators: "':', '=' or '!='".
filter-or = or
