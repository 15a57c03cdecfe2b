//! English messages of the pipeline (issue 19): stage order, probability and rot days,
//! expected close date, days in stage and rotting deals.

pub const ENTRIES: &[(&str, &str)] = &[
];
