//! A parsed filter: every literal already converted and folded, so evaluation only compares.

use chrono::NaiveDate;

/// A filter expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Node {
    /// Every child matches (juxtaposition, `and`).
    All(Vec<Node>),
    /// Some child matches (`or`).
    Any(Vec<Node>),
    /// The child does not match (`-`, `not`).
    Not(Box<Node>),
    /// The folded word occurs in one of the record's search texts.
    Search(String),
    /// A test on one field (canonical name).
    Field { field: &'static str, test: Test },
}

impl Node {
    /// Whether evaluating this node may read `field` (a bare-word search reads the search
    /// texts, which may include any field).
    pub(crate) fn reads(&self, field: &str) -> bool {
        match self {
            Node::All(items) | Node::Any(items) => items.iter().any(|n| n.reads(field)),
            Node::Not(inner) => inner.reads(field),
            Node::Search(_) => true,
            Node::Field { field: f, .. } => *f == field,
        }
    }
}

/// A test on one field's value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Test {
    /// No value (`:none`): `None`, blank text or an empty list.
    Missing,
    /// Folded substring (of any element, for lists).
    Contains(String),
    /// Folded equality (with any element, for lists).
    Equals(String),
    /// Not [`Test::Equals`]; true for a missing value.
    NotEquals(String),
    /// Money (minor units) or number comparison.
    Num(Cmp, i64),
    /// Day comparison against the inclusive range [start, end] of the literal.
    Date(Cmp, NaiveDate, NaiveDate),
}

/// A comparison; `:` has already become `Eq`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}
