//! English messages of custom fields (issue 20 item 1): defining, retiring and setting them.

pub const ENTRIES: &[(&str, &str)] = &[
    ("fields.yes", "yes"),
    ("fields.no", "no"),
    ("fields.col.values", "values"),
    ("fields.col.label", "label"),
    (
        "fields.err.bad_name",
        "{0} is not a field name: use lower-case letters a-z, digits and _, starting with a letter (at most 40)",
    ),
    (
        "fields.err.reserved",
        "{0} is a built-in field or filter word: choose another name",
    ),
    ("fields.err.exists", "A {0} field named {1} exists already"),
    ("fields.err.value_twice", "The value {0} is given twice"),
    (
        "fields.err.choice_needs_values",
        "The choice field {0} needs its values: --values a,b,c",
    ),
    (
        "fields.err.values_only_choice",
        "Only a choice field has values ({0} is not one)",
    ),
    (
        "fields.err.unknown",
        "There is no {0} field named {1} (lejek field list shows them)",
    ),
    (
        "fields.err.retired",
        "The field {0} is retired: its values can no longer be set",
    ),
    ("fields.err.not_number", "{0}: {1} is not a number"),
    ("fields.err.not_money", "{0}: {1} is not an amount"),
    ("fields.err.not_date", "{0}: {1} is not a date"),
    ("fields.err.not_bool", "{0}: {1} is not yes or no"),
    ("fields.err.not_choice", "{0}: {1} is not one of {2}"),
];
