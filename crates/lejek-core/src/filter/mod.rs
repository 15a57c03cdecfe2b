//! The one filter language for TUI lists, CLI `--filter`, batch campaigns and report
//! filters (X3).
//!
//! ```text
//! owner:me stage:negotiation tag:xmas value>=10000 next<today
//! status:archived reason:price ended>=2025-01-01 kind:company "łódź"
//! (source:web or source:referral) -tag:vip created:2026-Q4
//! ```
//!
//! - `field:value` matches case- and diacritic-insensitively (text: substring; lists: any
//!   element; dictionaries: exact or unique prefix; users: login, `me`).
//! - `= != < <= > >=` compare numbers, money and dates; `=`/`!=` on text is folded equality.
//! - Juxtaposition (and `and`/`i`) is AND; `or`/`lub`; `not`/`nie`/`-` prefix; parentheses.
//! - A bare word or `"quoted phrase"` must occur in the record's search text; every one of
//!   them must match.
//! - Dates: `2026-11-28`, `28.11.2026`, `today`, `today-7d`, `-30d`, `+7d`, `fri`, and periods
//!   `2026-11`, `2026-Q4`, `2026`. A literal is a range of days: `:`/`=` means within it,
//!   `<` before its first day, `<=` up to its last day, `>` after its last, `>=` from its first.
//! - `field:none` (any field) is "missing"; `next:overdue` is a date before today.
//! - Parsing resolves everything (fields, dates, amounts, dictionary values) up front, so
//!   [`Filter::matches`] only compares.

pub(crate) mod ast;
mod error;
mod eval;
mod intern;
mod lex;
mod parse;
mod schema;
mod term;
#[cfg(test)]
mod tests;

pub use error::{Expected, FilterError, FilterErrorKind, Found};
pub use intern::intern;
pub use schema::{Ctx, FieldSpec, FieldType, FieldValue, Record, Schema};

/// The longest filter accepted, in characters (after `@name`s are expanded): far beyond
/// anything typed or saved, and a bound on the work one request can ask of the server.
pub const MAX_CHARS: usize = 10_000;

/// How deep parentheses and negations may nest. Parsing, matching and dropping a filter
/// recurse once per level, so the limit keeps every thread's stack safe (a server thread
/// has 2 MiB); no real filter needs more than a handful.
pub const MAX_NESTING: usize = 64;

/// A parsed filter, ready to run over many records.
#[derive(Clone, Debug)]
pub struct Filter {
    /// `None` for an empty filter, which matches everything.
    root: Option<ast::Node>,
}

impl Filter {
    /// The filter that matches every record.
    pub fn all() -> Filter {
        Filter { root: None }
    }

    /// True if `rec` passes the filter.
    pub fn matches(&self, rec: &dyn Record) -> bool {
        self.root.as_ref().is_none_or(|n| n.eval(rec))
    }

    /// Whether the filter may read `field` (or the search texts): a list can skip looking
    /// up what the filter never reads, such as 100,000 contact names for `stage:offer`.
    pub fn reads(&self, field: &str) -> bool {
        self.root.as_ref().is_some_and(|n| n.reads(field))
    }

    /// The parsed expression (`None` matches everything): the read model evaluates it
    /// column by column instead of record by record.
    pub(crate) fn root(&self) -> Option<&ast::Node> {
        self.root.as_ref()
    }

    /// True for an empty (match-everything) filter.
    pub fn is_empty(&self) -> bool {
        self.root.is_none()
    }
}

impl Default for Filter {
    fn default() -> Filter {
        Filter::all()
    }
}

/// Parses a filter for records described by `schema`. Empty or blank input matches all.
pub fn parse(input: &str, schema: &Schema, ctx: &Ctx) -> Result<Filter, FilterError> {
    parse::parse_tree(input, schema, ctx).map(|root| Filter { root })
}
