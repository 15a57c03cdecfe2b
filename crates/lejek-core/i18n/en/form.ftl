### English messages of TUI forms (field validation, form chrome).

## Validation errors.

form-err-required = required
# Variables: $a0, $a1
form-err-too_long = too long: { $a0 } characters (at most { $a1 })
# Variables: $a0, $a1
form-err-unknown_option = no option '{ $a0 }'; choose one of: { $a1 }
# Variables: $a0, $a1
form-err-ambiguous = '{ $a0 }' matches more than one: { $a1 }
form-err-no_options = there are no options to choose from
# Variables: $a0
form-err-no_file = no such file: '{ $a0 }'
# Variables: $a0
form-err-is_dir = '{ $a0 }' is a directory, not a file
# Variables: $a0
form-err-not_number = not a number: '{ $a0 }' (use digits, e.g. 42)
# Variables: $a0
form-err-not_time = not a time: '{ $a0 }' (use HH:MM, e.g. 14:30)

## Hints: what an empty field takes, how a typed value was understood.

form-hint-money = e.g. 1234.56 or 1 234,56
form-hint-date = e.g. 2026-12-01, +3d, fri, tomorrow
form-hint-date_time = e.g. 2026-12-01 14:30, tomorrow 9:00
form-hint-tags = words separated by spaces or commas
form-hint-path = path to a file; ~ is your home directory
# Variables: $a0
form-hint-choice = one of: { $a0 } (ctrl-n: next)
# Variables: $a0
form-hint-candidates = matches: { $a0 }

## Weekdays before a resolved date.

form-weekday-mon = Mon
form-weekday-tue = Tue
form-weekday-wed = Wed
form-weekday-thu = Thu
form-weekday-fri = Fri
form-weekday-sat = Sat
form-weekday-sun = Sun

## The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.

# Variables: $a0, $a1, $a2
form-footer = { $a0 }: save · { $a1 }: cancel · { $a2 }: next field

## A concurrent edit (X6): {0} who saved, {1} the fields both changed.

# Variables: $a0, $a1
form-conflict = { $a0 } saved this record while you were editing it: { $a1 } (theirs → yours). Enter saves yours; set a field back to keep theirs; Esc drops your changes.
