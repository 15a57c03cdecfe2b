//! Polish messages of TUI forms (field validation, form chrome).

pub const ENTRIES: &[(&str, &str)] = &[];
