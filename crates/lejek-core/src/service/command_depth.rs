//! A bound on how deep commands nest when they are decoded (issue 15 item 4).
//!
//! `Imported::At` carries a boxed `Command`, which may itself be an `Import`: the one
//! recursive type on the wire. A request frame of 16 MiB holding that nesting hundreds of
//! thousands deep made the decoder recurse until the server thread's stack overflowed and
//! the whole server aborted. A real import never nests (an `At` is "not another `Import`"),
//! so a handful of levels is plenty.

use std::cell::Cell;

use serde::{Deserialize, Deserializer};

/// The deepest an `Imported::At` may sit inside others; the service refuses even 2.
pub const MAX_DEPTH: usize = 8;

thread_local! {
    /// `At` levels being decoded on this thread right now.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Decodes the `cmd` of an `Imported::At` (a `Command`), one level deeper, refused past
/// [`MAX_DEPTH`]. Generic over what it decodes so this file needs nothing of `command`,
/// which names it (issue 16 item 2).
pub fn bounded<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Box<T>, D::Error> {
    let depth = DEPTH.with(Cell::get);
    if depth >= MAX_DEPTH {
        return Err(serde::de::Error::custom(format!(
            "commands nested deeper than {MAX_DEPTH} levels"
        )));
    }
    DEPTH.with(|c| c.set(depth + 1));
    let out = T::deserialize(d);
    DEPTH.with(|c| c.set(depth));
    out.map(Box::new)
}
