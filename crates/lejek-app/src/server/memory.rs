//! Giving freed memory back to the system (issue 15 item 5). The allocator is mimalloc
//! (src/main.rs), which keeps freed pages for reuse and purges them only after a delay, and
//! only when the process allocates again: a server that read a few 16 MiB frames and then
//! went quiet held on to hundreds of MB. So the server asks mimalloc to purge at once when a
//! connection that carried more than `LARGE` bytes ends, and when the last connection
//! leaves.

// Linked for `mi_collect` even where mimalloc is not the global allocator (the library's
// tests); there the call finds nothing of its own to purge, which is harmless.
use mimalloc as _;

/// A connection that read more than this is worth a purge when it ends.
pub const LARGE: u64 = 1024 * 1024;

unsafe extern "C" {
    /// mimalloc's `void mi_collect(bool force)`: return what it holds unused; `force` runs
    /// the delayed purges now.
    fn mi_collect(force: bool);
}

/// Give freed memory back to the system now.
pub fn give_back() {
    // SAFETY: mi_collect takes no pointers and may be called from any thread at any time.
    unsafe { mi_collect(true) }
}
