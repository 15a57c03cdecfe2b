//! English messages of the shared-access server (`lejek serve`) and its protocol.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "server.err.malformed",
        "the server rejected a malformed message: {0}",
    ),
    ("server.err.remote", "{0}"),
    (
        "server.err.version",
        "protocol version mismatch: this lejek speaks version {0}, the server speaks {1}; restart the server with the same lejek version",
    ),
    ("err.server", "the database server: {0}"),
    (
        "server.err.no_login",
        "no system login for user id {0}; the server cannot tell who you are",
    ),
    (
        "server.err.not_admin",
        "{0} may not act as {1}: only a lejek admin may use --user for someone else",
    ),
];
