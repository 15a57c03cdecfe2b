//! English messages of the server's limits and exactly-once writes (issue 15 items 4, 5, 8).

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "wire.err.busy",
        "the database server already serves {0} connections; try again in a moment",
    ),
    (
        "wire.err.panic",
        "the database server failed on this request (an internal error, logged in {0}); it goes on serving",
    ),
    (
        "wire.err.request_taken",
        "the request id of {0}'s write belongs to another user's request; nothing was written",
    ),
];
