### English messages of the config file and `lejek config` (issue 9).

config-err-prefix = config
# Variables: $error
config-err-as_is = { $error }
# Variables: $error
config-err-io = cannot read the file: { $error }
# Variables: $error
config-err-syntax = not valid TOML: { $error }
# Variables: $setting, $known
config-err-unknown_key = unknown setting '{ $setting }'; known: { $known }
# Variables: $list, $lists
config-err-unknown_view = unknown list '{ $list }' in [default_filter]; lists: { $lists }
# Variables: $setting
config-err-not_string = '{ $setting }' must be text in quotes
# Variables: $setting
config-err-not_table = '{ $setting }' must be a table: [{ $setting }]
# Variables: $setting, $value, $valid
config-err-bad_value = '{ $value }' is not a valid { $setting }; valid: { $valid }
# Variables: $value
config-err-currency = '{ $value }' is not a currency code; use three letters, e.g. PLN or EUR
# Variables: $setting
config-err-empty = '{ $setting }' is empty
# Variables: $name
config-err-saved_name = saved filter name '{ $name }' may only have letters, digits, '-', '_' and '.'
config-err-reserved = 'all' is reserved: @all lists everything, without the list's default filter
# Variables: $setting, $error
config-err-filter = { $setting }: { $error }
# Variables: $setting, $expanded, $error
config-err-filter_expanded = { $setting } (as `{ $expanded }`): { $error }
# Variables: $name, $saved
config-err-saved_unknown = unknown saved filter '@{ $name }'; saved filters: { $saved } (to search for the text, quote it: "@{ $name }")
# Variables: $name
config-err-saved_none = unknown saved filter '@{ $name }': the config file has no [saved_filters] (to search for the text, quote it: "@{ $name }")
# Variables: $name
config-err-saved_cycle = saved filter '@{ $name }' refers to itself
config-err-all_alone = '@all' lists everything, so it must be the whole filter
# Variables: $error, $filter
config-err-in_filter = { $error } (the filter as run, with saved filters expanded: `{ $filter }`)
config-err-no_path = there is no place for a config file: set XDG_CONFIG_HOME or HOME, or give --config FILE
# Variables: $file
config-err-exists = { $file } already exists; lejek does not overwrite it (`lejek config show` prints what it sets)
# Variables: $file
config-init-done = Wrote a commented example to { $file }
config-col-setting = setting
config-col-value = value
config-col-source = from
# Variables: $flag
config-source-flag = flag { $flag }
# Variables: $variable
config-source-env = environment { $variable }
# Variables: $file, $line
config-source-file = config file { $file }:{ $line }
config-source-default = default
# Variables: $file
config-show-missing = { $file } (no such file, defaults apply)
