### English of the errors of typed values: dates, amounts of money, NIP (issue 21: moved here
### from the code of model/date_error.rs, model/money.rs and model/nip.rs).

date-err-empty = a date is required
# Variables: $value
date-err-invalid = not a date: '{ $value }' (use e.g. 2026-11-28, 28.11.2026, today, +3d, fri)
# Variables: $value
date-err-no_such_day = no such day: '{ $value }'
money-err-empty = an amount of money is required
# Variables: $value
money-err-not_amount = not an amount of money: '{ $value }' (use e.g. 1234,56 or 1 234.56)
# Variables: $value
money-err-ambiguous = ambiguous amount: '{ $value }' (use a space for thousands, e.g. 1 234, and ',' or '.' only for decimals)
# Variables: $value
money-err-too_many_decimals = too many decimal places in '{ $value }' (at most 2)
# Variables: $value
money-err-too_large = amount too large: '{ $value }'
nip-err-empty = a NIP is required
# Variables: $value
nip-err-bad_format = not a NIP: '{ $value }' (expected 10 digits, e.g. 725-183-29-19)
# Variables: $value
nip-err-bad_checksum = invalid NIP: '{ $value }' (the check digit does not match; check for a typo)
