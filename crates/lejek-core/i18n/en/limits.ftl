### English messages of input limits (issue 15): filters too long or nested too deep, dates
### outside the years lejek keeps, amounts that cannot be a deal's value or that would switch
### its currency unasked.

# Variables: $a0
limits-filter-too_long = the filter is too long (at most { $a0 } characters)
# Variables: $a0
limits-filter-too_deep = parentheses and negations nested too deep (at most { $a0 } levels)
# Variables: $a0
limits-filter-expands_too_long = saved filters expand to more than { $a0 } characters
# Variables: $a0, $a1, $a2
limits-date-out_of_range = date out of range: '{ $a0 }' (years { $a1 } to { $a2 })
# Variables: $a0
limits-money-negative_zero = '{ $a0 }' is not an amount: a minus sign on zero (write 0)
# Variables: $a0, $a1, $a2
limits-money-currency_conflict = '{ $a0 }' is in { $a1 } but --currency says { $a2 }
# Variables: $a0, $a1, $a2, $a3
limits-money-currency_switch = deal { $a0 }'s value is in { $a1 }; '{ $a2 }' is in { $a3 }: to change the deal's currency, add --currency { $a3 }
limits-money-currency_alone = --currency needs --value (it is the currency of that value)
# Variables: $a0, $a1, $a2
limits-money-column_conflict = '{ $a0 }' is in { $a1 } but the currency column says { $a2 }
# Variables: $a0, $a1, $a2
limits-date-bad_now = LEJEK_NOW is out of range: '{ $a0 }' (years { $a1 } to { $a2 })
