//! English messages of TUI forms (field validation, form chrome).

pub const ENTRIES: &[(&str, &str)] = &[
    // Validation errors.
    ("form.err.required", "required"),
    (
        "form.err.too_long",
        "too long: {0} characters (at most {1})",
    ),
    (
        "form.err.unknown_option",
        "no option '{0}'; choose one of: {1}",
    ),
    ("form.err.ambiguous", "'{0}' matches more than one: {1}"),
    ("form.err.no_options", "there are no options to choose from"),
    ("form.err.no_file", "no such file: '{0}'"),
    ("form.err.is_dir", "'{0}' is a directory, not a file"),
    (
        "form.err.not_number",
        "not a number: '{0}' (use digits, e.g. 42)",
    ),
    (
        "form.err.not_time",
        "not a time: '{0}' (use HH:MM, e.g. 14:30)",
    ),
    // Hints: what an empty field takes, how a typed value was understood.
    ("form.hint.money", "e.g. 1234.56 or 1 234,56"),
    ("form.hint.date", "e.g. 2026-12-01, +3d, fri, tomorrow"),
    (
        "form.hint.date_time",
        "e.g. 2026-12-01 14:30, tomorrow 9:00",
    ),
    ("form.hint.tags", "words separated by spaces or commas"),
    ("form.hint.path", "path to a file; ~ is your home directory"),
    ("form.hint.choice", "one of: {0} (ctrl-n: next)"),
    ("form.hint.candidates", "matches: {0}"),
    // Weekdays before a resolved date.
    ("form.weekday.mon", "Mon"),
    ("form.weekday.tue", "Tue"),
    ("form.weekday.wed", "Wed"),
    ("form.weekday.thu", "Thu"),
    ("form.weekday.fri", "Fri"),
    ("form.weekday.sat", "Sat"),
    ("form.weekday.sun", "Sun"),
    // The line under the fields; {0} {1} {2} are the keys bound to submit, cancel, next field.
    ("form.footer", "{0}: save · {1}: cancel · {2}: next field"),
    // A concurrent edit (X6): {0} who saved, {1} the fields both changed.
    (
        "form.conflict",
        "{0} saved this record while you were editing it: {1} (theirs → yours). Enter saves yours; set a field back to keep theirs; Esc drops your changes.",
    ),
];
