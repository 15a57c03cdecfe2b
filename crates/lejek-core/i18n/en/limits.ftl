### English messages of input limits (issue 15): filters too long or nested too deep, dates
### outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
### its currency unasked.

# Variables: $max
limits-filter-too_long = the filter is too long (at most { $max } characters)
# Variables: $max
limits-filter-too_deep = parentheses and negations nested too deep (at most { $max } levels)
# Variables: $max
limits-filter-expands_too_long = saved filters expand to more than { $max } characters
# Variables: $value, $from, $to
limits-date-out_of_range = date out of range: '{ $value }' (years { $from } to { $to })
# Variables: $value
limits-money-negative_zero = '{ $value }' is not an amount: a minus sign on zero (write 0)
# Variables: $value, $currency, $given
limits-money-currency_conflict = '{ $value }' is in { $currency } but --currency says { $given }
# Variables: $deal, $currency, $value, $new
limits-money-currency_switch = deal { $deal }'s value is in { $currency }; '{ $value }' is in { $new }: to change the deal's currency, add --currency { $new }
limits-money-currency_alone = --currency needs --value (it is the currency of that value)
# Variables: $value, $currency, $column
limits-money-column_conflict = '{ $value }' is in { $currency } but the currency column says { $column }
# Variables: $value, $from, $to
limits-date-bad_now = LEJEK_NOW is out of range: '{ $value }' (years { $from } to { $to })
