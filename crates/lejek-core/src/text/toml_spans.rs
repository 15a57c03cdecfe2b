//! Reading a TOML file's tables in the order they are written, with line numbers: the
//! config file and the user's keymap both report the first mistake by file and line.

use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

/// One `name = value` of a TOML table, with the spans of both.
pub type Entry<'a, 'i> = (&'a Spanned<DeString<'i>>, &'a Spanned<DeValue<'i>>);

/// A table's entries in the order they are written (toml keeps them sorted by name), so the
/// first mistake reported is the first in the file.
pub fn in_file_order<'a, 'i>(table: &'a DeTable<'i>) -> Vec<Entry<'a, 'i>> {
    let mut entries: Vec<Entry<'a, 'i>> = table.iter().collect();
    entries.sort_by_key(|(k, _)| k.span().start);
    entries
}

/// The 1-based line of a byte offset.
pub fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}
