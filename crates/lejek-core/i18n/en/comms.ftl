### English messages of the e-mail and SMS transports and their config sections (issue 8).

# Variables: $a0, $a1
comms-err-unreachable = cannot reach { $a0 }: { $a1 }
# Variables: $a0, $a1
comms-err-tls = no secure connection (TLS) with { $a0 }: { $a1 }
# Variables: $a0
comms-err-no_starttls = { $a0 } does not offer STARTTLS, and security = "starttls" does not send in the clear; use security = "tls" (port 465) or ask your provider
# Variables: $a0, $a1, $a2
comms-err-auth = { $a0 } refused the login as { $a1 }: { $a2 }
# Variables: $a0, $a1
comms-err-auth_needed = { $a0 } wants a login: set user and password_file or password_env in [email.smtp] ({ $a1 })
# Variables: $a0, $a1
comms-err-rejected = { $a0 } refused the message: { $a1 }
# Variables: $a0, $a1, $a2
comms-err-gateway = the SMS gateway { $a0 } answered HTTP { $a1 }: { $a2 }
# Variables: $a0, $a1, $a2
comms-err-gateway_unconfirmed = the SMS gateway { $a0 } did not confirm the message (its answer lacks '{ $a1 }'): { $a2 }
# Variables: $a0, $a1
comms-err-command_start = cannot run { $a0 }: { $a1 }
# Variables: $a0, $a1, $a2
comms-err-command_exit = { $a0 } failed with exit status { $a1 }: { $a2 }
# Variables: $a0, $a1, $a2
comms-err-command_signal = { $a0 } was killed by signal { $a1 }: { $a2 }
# Variables: $a0, $a1
comms-err-command_timeout = { $a0 } did not finish within { $a1 } s and was stopped
# Variables: $a0, $a1
comms-err-io = cannot write { $a0 }: { $a1 }
# Variables: $a0, $a1
comms-err-bad_address = '{ $a0 }' is not a valid e-mail address: { $a1 }
# Variables: $a0
comms-err-bad_phone = '{ $a0 }' is not a phone number
# Variables: $a0, $a1, $a2
comms-err-secret_file = cannot read { $a0 } ({ $a1 }): { $a2 }
# Variables: $a0, $a1
comms-err-secret_file_empty = { $a0 } ({ $a1 }) is empty
# Variables: $a0, $a1
comms-err-secret_env = the environment variable { $a0 } ({ $a1 }) is not set or empty
# Variables: $a0, $a1
comms-err-ca_file = cannot use { $a0 } (email.smtp.ca_file) as a CA certificate: { $a1 }
# Variables: $a0, $a1
comms-cfg-secret_literal = '{ $a0 }' is not allowed: a password or token does not belong in the config file; use { $a1 }_file (a file only you can read) or { $a1 }_env (an environment variable)
# Variables: $a0, $a1
comms-cfg-both = '{ $a0 }' and '{ $a1 }' exclude each other; keep one
# Variables: $a0, $a1, $a2
comms-cfg-needs = transport = "{ $a0 }" needs '{ $a1 }' in [{ $a2 }]
comms-cfg-user_alone = 'user' needs password_file or password_env
comms-cfg-password_alone = a password without 'user' (the login) is never used; add user
# Variables: $a0, $a1, $a2
comms-cfg-integer = '{ $a0 }' must be a whole number from { $a1 } to { $a2 }
# Variables: $a0, $a1
comms-cfg-url = '{ $a0 }': '{ $a1 }' is not an http:// or https:// address
# Variables: $a0
comms-cfg-quote = '{ $a0 }' has a quote that is not closed
# Variables: $a0, $a1, $a2
comms-cfg-placeholder = unknown placeholder {"{{"}{ $a0 }{"}}"} in '{ $a1 }'; known: { $a2 }
# Variables: $a0
comms-cfg-field_secret = '{ $a0 }' looks like a secret: put it in token_file or token_env and write "{"{{"}token{"}}"}" here
# Variables: $a0
comms-cfg-needs_token = '{ $a0 }' needs token_file or token_env
