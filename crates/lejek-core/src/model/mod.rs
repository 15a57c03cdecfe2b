//! Plain data: the records lejek stores and the values they are made of.
//! Nothing here touches the store; the service validates and writes these.

pub(crate) mod attachment;
pub(crate) mod campaign;
pub(crate) mod contact;
pub mod custom_field;
pub(crate) mod date_error;
pub mod date_format;
pub mod date_input;
pub(crate) mod deal;
pub(crate) mod dict;
pub(crate) mod event;
pub(crate) mod journal;
pub mod local_date;
pub mod money;
pub mod nip;
pub(crate) mod pipeline;
pub(crate) mod task;
pub(crate) mod template;
pub(crate) mod user;
mod year_range;
pub mod years;

pub use attachment::Attachment;
pub use campaign::Campaign;
pub use contact::{Contact, ContactKind};
pub use custom_field::{CustomValue, FieldDef, FieldKind, FieldOn};
pub use deal::Deal;
pub use dict::{DictEntry, DictKind, StageKind, stage_ranks};
pub use event::{Change, EntityKind, EntityRef, Event, Notification};
pub use journal::{Comment, Note};
pub use money::Money;
pub use pipeline::DealPipeline;
pub use task::{Task, TaskKind};
pub use template::{MessageKind, MessageTemplate, SendClaim, SendResult, SentMessage, StoredFile};
pub use user::User;

/// Record ids: per-kind counters starting at 1, stored big-endian so sled's order is id order.
pub type Id = u64;

/// Longest text a single field may hold; beyond this it is bad input, not data.
pub const MAX_TEXT: usize = 10_000;
/// Longest single-line field (names, titles, logins, tags).
pub const MAX_LINE: usize = 500;
