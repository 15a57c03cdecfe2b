//! Shared access (issue 6, SPEC X6): one `lejek serve` process owns the store and answers
//! the Service's `Command`s and queries over a Unix socket, so several front ends can use
//! one database (sled allows one process per database).
//!
//! The wire: length-prefixed frames (`frame`) holding bincode-encoded messages
//! (`protocol`); the server loop (`serve`), change notices (`hub`), who the peer is
//! (`peer`), the client side (`client`) and finding or starting a server (`start`).

pub mod client;
pub mod fd_pass;
pub mod frame;
pub mod hub;
pub mod memory;
pub mod peer;
pub mod protocol;
#[cfg(test)]
mod protocol_depth_tests;
pub mod serve;
pub mod start;

use std::path::{Path, PathBuf};

/// The socket's file name inside the database directory.
pub const SOCKET_NAME: &str = "lejek.sock";

/// The longest path a Unix socket address holds (`sun_path` is 108 bytes with the NUL).
const SUN_PATH_MAX: usize = 107;

/// Where the server of database directory `db` listens: inside the directory, so everyone
/// who may open the database finds it; when that path is too long for a socket address,
/// in `$XDG_RUNTIME_DIR` (see `runtime_socket_path`).
pub fn socket_path(db: &Path) -> PathBuf {
    let inside = db.join(SOCKET_NAME);
    if inside.as_os_str().len() <= SUN_PATH_MAX {
        return inside;
    }
    runtime_socket_path(db)
}

/// The fallback place for a database whose directory cannot hold a socket:
/// `$XDG_RUNTIME_DIR/lejek/<hash of the directory's absolute path>.sock` (or under the
/// system's temporary directory when there is no runtime directory). It is per user: a team
/// sharing a database keeps it in a directory that can hold the socket.
pub fn runtime_socket_path(db: &Path) -> PathBuf {
    use sha2::Digest;
    let abs = std::fs::canonicalize(db).unwrap_or_else(|_| db.to_path_buf());
    let digest = sha2::Sha256::digest(abs.as_os_str().as_encoded_bytes());
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let base = std::env::var_os("XDG_RUNTIME_DIR")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    base.join("lejek").join(format!("{name}.sock"))
}
