### English messages of the config file and `lejek config` (issue 9).

config-err-prefix = config
# Variables: $a0
config-err-as_is = { $a0 }
# Variables: $a0
config-err-io = cannot read the file: { $a0 }
# Variables: $a0
config-err-syntax = not valid TOML: { $a0 }
# Variables: $a0, $a1
config-err-unknown_key = unknown setting '{ $a0 }'; known: { $a1 }
# Variables: $a0, $a1
config-err-unknown_view = unknown list '{ $a0 }' in [default_filter]; lists: { $a1 }
# Variables: $a0
config-err-not_string = '{ $a0 }' must be text in quotes
# Variables: $a0
config-err-not_table = '{ $a0 }' must be a table: [{ $a0 }]
# Variables: $a0, $a1, $a2
config-err-bad_value = '{ $a1 }' is not a valid { $a0 }; valid: { $a2 }
# Variables: $a0
config-err-currency = '{ $a0 }' is not a currency code; use three letters, e.g. PLN or EUR
# Variables: $a0
config-err-empty = '{ $a0 }' is empty
# Variables: $a0
config-err-saved_name = saved filter name '{ $a0 }' may only have letters, digits, '-', '_' and '.'
config-err-reserved = 'all' is reserved: @all lists everything, without the list's default filter
# Variables: $a0, $a1
config-err-filter = { $a0 }: { $a1 }
# Variables: $a0, $a1, $a2
config-err-filter_expanded = { $a0 } (as `{ $a1 }`): { $a2 }
# Variables: $a0, $a1
config-err-saved_unknown = unknown saved filter '@{ $a0 }'; saved filters: { $a1 } (to search for the text, quote it: "@{ $a0 }")
# Variables: $a0
config-err-saved_none = unknown saved filter '@{ $a0 }': the config file has no [saved_filters] (to search for the text, quote it: "@{ $a0 }")
# Variables: $a0
config-err-saved_cycle = saved filter '@{ $a0 }' refers to itself
config-err-all_alone = '@all' lists everything, so it must be the whole filter
# Variables: $a0, $a1
config-err-in_filter = { $a0 } (the filter as run, with saved filters expanded: `{ $a1 }`)
config-err-no_path = there is no place for a config file: set XDG_CONFIG_HOME or HOME, or give --config FILE
# Variables: $a0
config-err-exists = { $a0 } already exists; lejek does not overwrite it (`lejek config show` prints what it sets)
# Variables: $a0, $a1
config-err-write = cannot write { $a0 }: { $a1 }
# Variables: $a0
config-init-done = Wrote a commented example to { $a0 }
config-col-setting = setting
config-col-value = value
config-col-source = from
# Variables: $a0
config-source-flag = flag { $a0 }
# Variables: $a0
config-source-env = environment { $a0 }
# Variables: $a0, $a1
config-source-file = config file { $a0 }:{ $a1 }
config-source-default = default
# Variables: $a0
config-show-missing = { $a0 } (no such file, defaults apply)
config-show-nowhere = (none: no XDG_CONFIG_HOME or HOME)
