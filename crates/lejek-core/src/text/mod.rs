//! Text helpers shared by search, filters and sorting (X3): diacritic-insensitive folding
//! and Polish alphabetical order.

pub(crate) mod collate;
pub mod fold;
pub mod toml_spans;
pub mod visible;

pub use collate::{polish_cmp, sort_key};
pub use fold::{contains_folded, eq_folded, fold, fold_into};
