### English messages of TUI forms (field validation, form chrome).

## Validation errors.

form-err-required = required
# Variables: $length, $max
form-err-too_long = too long: { $length ->
        [one] { $length } character
       *[other] { $length } characters
    } (at most { $max })
# Variables: $value, $options
form-err-unknown_option = no option '{ $value }'; choose one of: { $options }
# Variables: $value, $matches
form-err-ambiguous = '{ $value }' matches more than one: { $matches }
form-err-no_options = there are no options to choose from
# Variables: $path
form-err-no_file = no such file: '{ $path }'
# Variables: $path
form-err-is_dir = '{ $path }' is a directory, not a file
# Variables: $value
form-err-not_number = not a number: '{ $value }' (use digits, e.g. 42)
# Variables: $value
form-err-not_time = not a time: '{ $value }' (use HH:MM, e.g. 14:30)

## Hints: what an empty field takes, how a typed value was understood.

form-hint-money = e.g. 1234.56 or 1 234,56
form-hint-date = e.g. 2026-12-01, +3d, fri, tomorrow
form-hint-date_time = e.g. 2026-12-01 14:30, tomorrow 9:00
form-hint-tags = words separated by spaces or commas
form-hint-path = path to a file; ~ is your home directory
# Variables: $options
form-hint-choice = one of: { $options } (ctrl-n: next)
# Variables: $matches
form-hint-candidates = matches: { $matches }

## Weekdays before a resolved date.

form-weekday-mon = Mon
form-weekday-tue = Tue
form-weekday-wed = Wed
form-weekday-thu = Thu
form-weekday-fri = Fri
form-weekday-sat = Sat
form-weekday-sun = Sun

## The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.

# Variables: $save_key, $cancel_key, $next_key
form-footer = { $save_key }: save · { $cancel_key }: cancel · { $next_key }: next field

## A concurrent edit (X6): {0} who saved, {1} the fields both changed.

# Variables: $login, $changes
form-conflict = { $login } saved this record while you were editing it: { $changes } (theirs → yours). Enter saves yours; set a field back to keep theirs; Esc drops your changes.
