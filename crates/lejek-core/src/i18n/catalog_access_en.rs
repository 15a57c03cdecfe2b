//! English messages of who may do what (issue 15): admin-only commands, the server's clock.

pub const ENTRIES: &[(&str, &str)] = &[
    (
        "err.admin_users",
        "only an admin may add or change users ('{0}' is not one)",
    ),
    (
        "err.client_clock",
        "your clock ({0}) is not the server's ({1}): writes are dated by the server; unset LEJEK_NOW (only an admin may enter a write with another date)",
    ),
    (
        "err.last_admin",
        "{0} is the last admin: make another user an admin first",
    ),
    (
        "err.other_user_local",
        "{0} may not act as {1}: only a lejek admin or root may use --user for someone else",
    ),
    (
        "hist.backdated",
        "entered with the date above; the server recorded it on {0}",
    ),
];
