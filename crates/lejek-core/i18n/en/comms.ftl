### English messages of the e-mail and SMS transports and their config sections (issue 8).

# Variables: $server, $error
comms-err-unreachable = cannot reach { $server }: { $error }
# Variables: $server, $error
comms-err-tls = no secure connection (TLS) with { $server }: { $error }
# Variables: $server
comms-err-no_starttls = { $server } does not offer STARTTLS, and security = "starttls" does not send in the clear; use security = "tls" (port 465) or ask your provider
# Variables: $server, $user, $error
comms-err-auth = { $server } refused the login as { $user }: { $error }
# Variables: $server, $config_file
comms-err-auth_needed = { $server } wants a login: set user and password_file or password_env in [email.smtp] ({ $config_file })
# Variables: $server, $error
comms-err-rejected = { $server } refused the message: { $error }
# Variables: $gateway, $status, $answer
comms-err-gateway = the SMS gateway { $gateway } answered HTTP { $status }: { $answer }
# Variables: $gateway, $expected, $answer
comms-err-gateway_unconfirmed = the SMS gateway { $gateway } did not confirm the message (its answer lacks '{ $expected }'): { $answer }
# Variables: $command, $error
comms-err-command_start = cannot run { $command }: { $error }
# Variables: $command, $status, $output
comms-err-command_exit = { $command } failed with exit status { $status }: { $output }
# Variables: $command, $signal, $output
comms-err-command_signal = { $command } was killed by signal { $signal }: { $output }
# Variables: $command, $seconds
comms-err-command_timeout = { $command } did not finish within { $seconds } s and was stopped
# Variables: $file, $error
comms-err-io = cannot write { $file }: { $error }
# Variables: $address, $error
comms-err-bad_address = '{ $address }' is not a valid e-mail address: { $error }
# Variables: $phone
comms-err-bad_phone = '{ $phone }' is not a phone number
# Variables: $file, $setting, $error
comms-err-secret_file = cannot read { $file } ({ $setting }): { $error }
# Variables: $file, $setting
comms-err-secret_file_empty = { $file } ({ $setting }) is empty
# Variables: $variable, $setting
comms-err-secret_env = the environment variable { $variable } ({ $setting }) is not set or empty
# Variables: $file, $error
comms-err-ca_file = cannot use { $file } (email.smtp.ca_file) as a CA certificate: { $error }
# Variables: $setting, $stem
comms-cfg-secret_literal = '{ $setting }' is not allowed: a password or token does not belong in the config file; use { $stem }_file (a file only you can read) or { $stem }_env (an environment variable)
# Variables: $setting, $other
comms-cfg-both = '{ $setting }' and '{ $other }' exclude each other; keep one
# Variables: $transport, $setting, $section
comms-cfg-needs = transport = "{ $transport }" needs '{ $setting }' in [{ $section }]
comms-cfg-user_alone = 'user' needs password_file or password_env
comms-cfg-password_alone = a password without 'user' (the login) is never used; add user
# Variables: $setting, $min, $max
comms-cfg-integer = '{ $setting }' must be a whole number from { $min } to { $max }
# Variables: $setting, $url
comms-cfg-url = '{ $setting }': '{ $url }' is not an http:// or https:// address
# Variables: $setting
comms-cfg-quote = '{ $setting }' has a quote that is not closed
# Variables: $placeholder, $setting, $known
comms-cfg-placeholder = unknown placeholder {"{{"}{ $placeholder }{"}}"} in '{ $setting }'; known: { $known }
# Variables: $setting
comms-cfg-field_secret = '{ $setting }' looks like a secret: put it in token_file or token_env and write "{"{{"}token{"}}"}" here
# Variables: $setting
comms-cfg-needs_token = '{ $setting }' needs token_file or token_env
