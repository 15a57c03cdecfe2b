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
];
