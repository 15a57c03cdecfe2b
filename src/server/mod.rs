//! Shared access (issue 6): one `lejek serve` process owns the store and answers the
//! Service's `Command`s and a set of queries over a Unix socket in the database directory,
//! so several front ends can use one database (sled allows one process per database).
//!
//! The wire: length-prefixed frames (`frame`) holding bincode-encoded messages
//! (`protocol`); the server loop (`serve`) and the client side (`client`).

pub mod client;
pub mod frame;
pub mod protocol;
pub mod serve;

/// The socket's file name inside the database directory.
pub const SOCKET_NAME: &str = "lejek.sock";

/// Where the server of database directory `db` listens.
pub fn socket_path(db: &std::path::Path) -> std::path::PathBuf {
    db.join(SOCKET_NAME)
}
