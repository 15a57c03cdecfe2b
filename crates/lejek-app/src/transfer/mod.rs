//! Moving data in and out of lejek (X5, issue 7): the export document's schema and the
//! export itself.

pub mod export;
pub mod export_stream;
pub mod import;
pub mod schema;
