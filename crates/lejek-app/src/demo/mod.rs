//! Demo data: a Polish firm's CRM over the last two years (`lejek init --demo`,
//! `lejek demo`), and a deterministic generator of large databases for benchmarks
//! (`lejek demo generate`). Word lists live in `fixtures/demo/`.

mod dicts;
mod people;
mod rng;
mod scale;
mod story;
mod timeline;
mod words;

pub use scale::{GenerateOptions, Generated, generate};
pub use story::load;
