//! English messages of custom fields (issue 20 item 1): defining, retiring and setting them.

pub const ENTRIES: &[(&str, &str)] = &[
    ("entity.field", "field"),
    ("fields.yes", "yes"),
    ("fields.no", "no"),
    ("fields.col.values", "Values"),
    ("fields.col.label", "Label"),
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
    (
        "fields.err.by_choice",
        "--by field: groups by a choice field; {0} is a {1} field",
    ),
    ("fields.col.on", "On"),
    ("fields.err.on", "{0} is neither deal nor contact"),
    ("fields.err.kind", "{0} is not a field kind: {1}"),
    (
        "fields.err.pair",
        "--field wants NAME=VALUE (NAME= clears it), not {0}",
    ),
    // --help of `lejek field` and the --field options
    ("help.field.about", "Custom fields on deals and contacts"),
    (
        "help.field.after",
        concat!(
            "lejek field add deal --name waga --kind number\n",
            "lejek field list",
        ),
    ),
    (
        "help.field.add.about",
        "Define a custom field (admins): kinds text, number, money, date, choice, bool",
    ),
    (
        "help.field.add.after",
        concat!(
            "lejek field add deal --name waga --kind number --label-pl Waga --label-en Weight\n",
            "lejek field add contact --name branza --kind choice --values transport,handel",
        ),
    ),
    ("help.field.add.arg.on", "deal or contact"),
    (
        "help.field.add.arg.name",
        "Lower-case letters, digits and _; filters, --field and files name it so",
    ),
    (
        "help.field.add.arg.kind",
        "text, number, money, date, choice or bool (yes/no)",
    ),
    (
        "help.field.add.arg.values",
        "A choice field's values, comma-separated",
    ),
    ("help.field.add.arg.label_pl", "The label in Polish"),
    ("help.field.add.arg.label_en", "The label in English"),
    (
        "help.field.list.about",
        "List the custom fields (of deals or contacts, or both)",
    ),
    (
        "help.field.list.after",
        concat!("lejek field list\n", "lejek field list deal --format json",),
    ),
    (
        "help.field.list.arg.on",
        "deal or contact (both when left out)",
    ),
    ("help.field.list.arg.format", "Output: table, csv or json"),
    (
        "help.field.retire.about",
        "Retire a custom field (admins): no longer shown, set or filtered; its values stay in history and export",
    ),
    ("help.field.retire.after", "lejek field retire deal waga"),
    ("help.field.retire.arg.on", "deal or contact"),
    ("help.field.retire.arg.name", "The field's name"),
    (
        "help.deal.add.arg.field",
        "A custom field's value, NAME=VALUE (NAME= clears it); repeat for several",
    ),
    (
        "help.deal.set.arg.field",
        "A custom field's value, NAME=VALUE (NAME= clears it); repeat for several",
    ),
    (
        "help.contact.add.arg.field",
        "A custom field's value, NAME=VALUE (NAME= clears it); repeat for several",
    ),
    (
        "help.contact.set.arg.field",
        "A custom field's value, NAME=VALUE (NAME= clears it); repeat for several",
    ),
];
