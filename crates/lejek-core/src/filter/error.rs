//! Filter parse errors: a 1-based column and what was expected, in English or Polish.

use std::fmt;

use crate::i18n::{Lang, tr, trf};
use crate::model::date_input::DateError;

/// A filter that could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilterError {
    /// 1-based column (in characters) where the problem is.
    pub col: usize,
    /// What went wrong.
    pub kind: FilterErrorKind,
}

/// What went wrong while parsing a filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FilterErrorKind {
    /// A `"` without its closing `"`.
    UnterminatedQuote,
    /// A term was needed (after `or`, `-`, `(`, … or at the start) but something else came.
    ExpectedTerm {
        /// The token before, if any (`or`, `(`, `not`).
        after: Option<String>,
        /// What came instead.
        found: Found,
    },
    /// `()`.
    EmptyParens,
    /// A `(` that is never closed; the column is the `(`.
    UnclosedParen,
    /// A `)` with no `(` before it.
    UnmatchedParen,
    /// An operator with no field name before it, e.g. `:vip`.
    MissingFieldName {
        /// The operator.
        op: String,
    },
    /// A field the schema does not know.
    UnknownField {
        /// As typed.
        name: String,
        /// The canonical names the schema does know.
        known: Vec<&'static str>,
    },
    /// A value of the field's type was needed after the operator.
    ExpectedValue {
        /// The kind of value.
        expected: Expected,
        /// The operator before it.
        op: String,
        /// What came instead.
        found: Found,
    },
    /// An operator the field's type does not support, e.g. `<` on text.
    OperatorNotAllowed {
        /// The operator.
        op: String,
        /// The canonical field name.
        field: &'static str,
        /// The operators that do work.
        allowed: &'static [&'static str],
    },
    /// A dictionary or enum value that matches nothing.
    UnknownValue {
        /// The canonical field name.
        field: &'static str,
        /// As typed.
        value: String,
        /// All valid values.
        valid: Vec<String>,
    },
    /// A prefix that matches several dictionary or enum values.
    AmbiguousValue {
        /// The canonical field name.
        field: &'static str,
        /// As typed.
        value: String,
        /// The values it could mean.
        candidates: Vec<String>,
    },
    /// Longer than [`super::MAX_CHARS`]; the column is the first character past the limit.
    TooLong {
        /// The limit, in characters.
        limit: usize,
    },
    /// A date outside the years lejek keeps (`next<99999-01-01`).
    DateOutOfRange {
        /// As typed.
        text: String,
    },
    /// Parentheses and negations nested deeper than [`super::MAX_NESTING`]; the column is
    /// the first `(` or `-` past the limit.
    TooDeep {
        /// The limit, in levels.
        limit: usize,
    },
}

/// What the parser found where it wanted something else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// The input ended.
    End,
    /// This text.
    Text(String),
}

/// The kind of value a field needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A day or period.
    Date,
    /// An amount of money.
    Amount,
    /// A whole number.
    Number,
    /// Any text.
    Value,
}

/// At most this many valid values are listed in an error, so it stays one line.
const MAX_LISTED: usize = 20;

fn list(items: &[impl AsRef<str>]) -> String {
    let mut out: Vec<&str> = items.iter().take(MAX_LISTED).map(AsRef::as_ref).collect();
    if items.len() > MAX_LISTED {
        out.push("…");
    }
    out.join(", ")
}

impl Found {
    fn describe(&self, lang: Lang) -> String {
        match self {
            Found::End => tr(lang, "filter.found.end").to_owned(),
            Found::Text(t) => format!("'{t}'"),
        }
    }
}

impl Expected {
    fn describe(self, lang: Lang) -> &'static str {
        let key = match self {
            Expected::Date => "filter.expected.date",
            Expected::Amount => "filter.expected.amount",
            Expected::Number => "filter.expected.number",
            Expected::Value => "filter.expected.value",
        };
        tr(lang, key)
    }
}

impl FilterErrorKind {
    /// The message without the `filter: col N:` prefix.
    pub fn describe(&self, lang: Lang) -> String {
        use FilterErrorKind::*;
        match self {
            TooLong { limit } => trf(lang, "limits.filter.too_long", &[limit]),
            TooDeep { limit } => trf(lang, "limits.filter.too_deep", &[limit]),
            DateOutOfRange { text } => DateError::OutOfRange(text.clone()).message(lang),
            UnterminatedQuote => tr(lang, "filter.err.unterminated_quote").to_owned(),
            ExpectedTerm { after, found } => {
                let found = found.describe(lang);
                match after {
                    Some(a) => trf(lang, "filter.err.expected_term_after", &[a, &found]),
                    None => trf(lang, "filter.err.expected_term", &[&found]),
                }
            }
            EmptyParens => tr(lang, "filter.err.empty_parens").to_owned(),
            UnclosedParen => tr(lang, "filter.err.unclosed_paren").to_owned(),
            UnmatchedParen => tr(lang, "filter.err.unmatched_paren").to_owned(),
            MissingFieldName { op } => trf(lang, "filter.err.missing_field", &[op]),
            UnknownField { name, known } => {
                trf(lang, "filter.err.unknown_field", &[name, &list(known)])
            }
            ExpectedValue {
                expected,
                op,
                found,
            } => trf(
                lang,
                "filter.err.expected_value",
                &[&expected.describe(lang), op, &found.describe(lang)],
            ),
            OperatorNotAllowed { op, field, allowed } => trf(
                lang,
                "filter.err.operator",
                &[op, field, &quoted_list(allowed, tr(lang, "filter.or"))],
            ),
            UnknownValue {
                field,
                value,
                valid,
            } => trf(
                lang,
                "filter.err.unknown_value",
                &[value, field, &list(valid)],
            ),
            AmbiguousValue {
                field,
                value,
                candidates,
            } => trf(
                lang,
                "filter.err.ambiguous_value",
                &[value, field, &list(candidates)],
            ),
        }
    }
}

/// `':', '=' or '!='`.
fn quoted_list(items: &[&str], conj: &str) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("'{s}'")).collect();
    match q.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {conj} {last}", rest.join(", ")),
        _ => q.join(""),
    }
}

impl FilterError {
    /// One line for the user: `filter: col 14: expected a date after '<', found 'tomorow'`.
    pub fn message(&self, lang: Lang) -> String {
        trf(lang, "filter.err", &[&self.col, &self.kind.describe(lang)])
    }
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FilterError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_in_both_languages() {
        let e = FilterError {
            col: 14,
            kind: FilterErrorKind::ExpectedValue {
                expected: Expected::Date,
                op: "<".into(),
                found: Found::Text("tomorow".into()),
            },
        };
        assert_eq!(
            e.message(Lang::En),
            "filter: col 14: expected a date after '<', found 'tomorow'"
        );
        assert_eq!(
            e.message(Lang::Pl),
            "filtr: kol. 14: oczekiwano daty po '<', znaleziono 'tomorow'"
        );
        let e = FilterError {
            col: 3,
            kind: FilterErrorKind::OperatorNotAllowed {
                op: "<".into(),
                field: "name",
                allowed: &[":", "=", "!="],
            },
        };
        assert_eq!(
            e.message(Lang::En),
            "filter: col 3: '<' cannot be used with 'name' (use ':', '=' or '!=')"
        );
        assert_eq!(
            e.message(Lang::Pl),
            "filtr: kol. 3: '<' nie działa z polem 'name' (użyj ':', '=' lub '!=')"
        );
    }

    #[test]
    fn long_lists_are_cut() {
        let valid: Vec<String> = (0..30).map(|i| i.to_string()).collect();
        let kind = FilterErrorKind::UnknownValue {
            field: "stage",
            value: "x".into(),
            valid,
        };
        assert!(kind.describe(Lang::En).ends_with("19, …)"));
    }
}
