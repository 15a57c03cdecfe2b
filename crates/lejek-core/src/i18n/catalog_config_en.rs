//! English messages of the config file and `lejek config` (issue 9).

pub const ENTRIES: &[(&str, &str)] = &[
    ("config.err.prefix", "config"),
    ("config.err.as_is", "{0}"),
    ("config.err.io", "cannot read the file: {0}"),
    ("config.err.syntax", "not valid TOML: {0}"),
    (
        "config.err.unknown_key",
        "unknown setting '{0}'; known: {1}",
    ),
    (
        "config.err.unknown_view",
        "unknown list '{0}' in [default_filter]; lists: {1}",
    ),
    ("config.err.not_string", "'{0}' must be text in quotes"),
    ("config.err.not_table", "'{0}' must be a table: [{0}]"),
    (
        "config.err.bad_value",
        "'{1}' is not a valid {0}; valid: {2}",
    ),
    (
        "config.err.currency",
        "'{0}' is not a currency code; use three letters, e.g. PLN or EUR",
    ),
    ("config.err.empty", "'{0}' is empty"),
    (
        "config.err.saved_name",
        "saved filter name '{0}' may only have letters, digits, '-', '_' and '.'",
    ),
    (
        "config.err.reserved",
        "'all' is reserved: @all lists everything, without the list's default filter",
    ),
    ("config.err.filter", "{0}: {1}"),
    ("config.err.filter_expanded", "{0} (as `{1}`): {2}"),
    (
        "config.err.saved_unknown",
        "unknown saved filter '@{0}'; saved filters: {1} (to search for the text, quote it: \"@{0}\")",
    ),
    (
        "config.err.saved_none",
        "unknown saved filter '@{0}': the config file has no [saved_filters] (to search for the text, quote it: \"@{0}\")",
    ),
    (
        "config.err.saved_cycle",
        "saved filter '@{0}' refers to itself",
    ),
    (
        "config.err.all_alone",
        "'@all' lists everything, so it must be the whole filter",
    ),
    (
        "config.err.in_filter",
        "{0} (the filter as run, with saved filters expanded: `{1}`)",
    ),
    (
        "config.err.no_path",
        "there is no place for a config file: set XDG_CONFIG_HOME or HOME, or give --config FILE",
    ),
    (
        "config.err.exists",
        "{0} already exists; lejek does not overwrite it (`lejek config show` prints what it sets)",
    ),
    ("config.err.write", "cannot write {0}: {1}"),
    ("config.init.done", "Wrote a commented example to {0}"),
    ("config.col.setting", "setting"),
    ("config.col.value", "value"),
    ("config.col.source", "from"),
    ("config.source.flag", "flag {0}"),
    ("config.source.env", "environment {0}"),
    ("config.source.file", "config file {0}:{1}"),
    ("config.source.default", "default"),
    ("config.show.missing", "{0} (no such file, defaults apply)"),
    ("config.show.nowhere", "(none: no XDG_CONFIG_HOME or HOME)"),
];
