//! The sled store: trees and keys, the versioned codec, atomic write sets.
//! Only the service uses this module; front ends never touch sled.

pub mod backup;
pub mod check;
pub mod codec;
mod codec_body;
mod codec_v1;
mod codec_v2;
pub mod content;
pub mod event_log;
pub mod id_set;
pub mod key_text;
pub mod keys;
mod migrate;
pub mod open;
pub mod read;
mod sled_db;
pub mod tree;
pub mod walk;
pub mod writes;

// `encode` is named by the tests (feature "internals"), which write damaged records.
#[cfg_attr(not(feature = "internals"), allow(unused_imports))]
pub use codec::{CodecError, decode, encode};
pub use migrate::in_progress as upgrading;
pub use open::{FORMAT_VERSION, OpenError, Store};
pub use tree::T;
pub use writes::WriteSet;
