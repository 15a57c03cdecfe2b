//! Opening sled's files themselves, which both `open` and the format-4 upgrade (`migrate`)
//! do: telling "another handle holds the lock" apart, waiting for a handle this process just
//! closed to let go of it, and the small page cache of a one-pass read. Kept apart from
//! `open` so that `open` uses `migrate` and both use this, with no circle (issue 16 item 2).

use std::path::Path;

/// The page cache while an upgrade reads the old store once, or settles the new one
/// (see `Store::open`).
pub const DUMP_CACHE_BYTES: u64 = 8 * 1024 * 1024;

/// Whether sled refused because another handle holds the store's file lock.
pub fn is_locked(e: &sled::Error) -> bool {
    matches!(e, sled::Error::Io(io) if io.to_string().contains("could not acquire lock"))
}

/// Open the sled store at `path` right after this process closed it, waiting up to five
/// seconds for the lock: sled's flusher thread may hold the closed handle's lock a moment
/// longer.
pub fn sled_waiting(path: &Path, cache_bytes: u64) -> sled::Result<sled::Db> {
    let mut tries = 0;
    loop {
        match sled::Config::new()
            .path(path)
            .cache_capacity(cache_bytes)
            .open()
        {
            Err(e) if is_locked(&e) && tries < 250 => {
                tries += 1;
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            other => return other,
        }
    }
}
