//! English messages of the e-mail and SMS transports and their config sections (issue 8).

pub const ENTRIES: &[(&str, &str)] = &[
    ("comms.err.unreachable", "cannot reach {0}: {1}"),
    ("comms.err.tls", "no secure connection (TLS) with {0}: {1}"),
    (
        "comms.err.no_starttls",
        "{0} does not offer STARTTLS, and security = \"starttls\" does not send in the clear; use security = \"tls\" (port 465) or ask your provider",
    ),
    ("comms.err.auth", "{0} refused the login as {1}: {2}"),
    (
        "comms.err.auth_needed",
        "{0} wants a login: set user and password_file or password_env in [email.smtp] ({1})",
    ),
    ("comms.err.rejected", "{0} refused the message: {1}"),
    (
        "comms.err.gateway",
        "the SMS gateway {0} answered HTTP {1}: {2}",
    ),
    (
        "comms.err.gateway_unconfirmed",
        "the SMS gateway {0} did not confirm the message (its answer lacks '{1}'): {2}",
    ),
    ("comms.err.command_start", "cannot run {0}: {1}"),
    (
        "comms.err.command_exit",
        "{0} failed with exit status {1}: {2}",
    ),
    (
        "comms.err.command_signal",
        "{0} was killed by signal {1}: {2}",
    ),
    (
        "comms.err.command_timeout",
        "{0} did not finish within {1} s and was stopped",
    ),
    ("comms.err.io", "cannot write {0}: {1}"),
    (
        "comms.err.bad_address",
        "'{0}' is not a valid e-mail address: {1}",
    ),
    ("comms.err.bad_phone", "'{0}' is not a phone number"),
    ("comms.err.secret_file", "cannot read {0} ({1}): {2}"),
    ("comms.err.secret_file_empty", "{0} ({1}) is empty"),
    (
        "comms.err.secret_env",
        "the environment variable {0} ({1}) is not set or empty",
    ),
    (
        "comms.err.ca_file",
        "cannot use {0} (email.smtp.ca_file) as a CA certificate: {1}",
    ),
    (
        "comms.cfg.secret_literal",
        "'{0}' is not allowed: a password or token does not belong in the config file; use {1}_file (a file only you can read) or {1}_env (an environment variable)",
    ),
    (
        "comms.cfg.both",
        "'{0}' and '{1}' exclude each other; keep one",
    ),
    (
        "comms.cfg.needs",
        "transport = \"{0}\" needs '{1}' in [{2}]",
    ),
    (
        "comms.cfg.user_alone",
        "'user' needs password_file or password_env",
    ),
    (
        "comms.cfg.password_alone",
        "a password without 'user' (the login) is never used; add user",
    ),
    (
        "comms.cfg.integer",
        "'{0}' must be a whole number from {1} to {2}",
    ),
    (
        "comms.cfg.url",
        "'{0}': '{1}' is not an http:// or https:// address",
    ),
    ("comms.cfg.quote", "'{0}' has a quote that is not closed"),
    (
        "comms.cfg.placeholder",
        "unknown placeholder {{{0}}} in '{1}'; known: {2}",
    ),
    (
        "comms.cfg.field_secret",
        "'{0}' looks like a secret: put it in token_file or token_env and write \"{{token}}\" here",
    ),
    (
        "comms.cfg.needs_token",
        "'{0}' needs token_file or token_env",
    ),
];
