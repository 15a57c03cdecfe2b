//! Why a text is not a date: the one error of every date that comes in (typed, in a form,
//! a filter, an import), with its message naming the input. Apart from `date_input` so that
//! `years` can refuse a date without importing the parser (issue 16 item 2).

use std::fmt;

use super::year_range::{FIRST_YEAR, LAST_YEAR};
use crate::i18n::{Lang, tr, trf};

/// Why a text is not a date. Each variant carries the offending input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was given.
    Empty,
    /// Not a date in any accepted shape.
    Invalid(String),
    /// Well-formed but the day does not exist, e.g. `2026-02-30`.
    NoSuchDay(String),
    /// A date outside the years lejek keeps ([`super::years`]), e.g. `99999-01-01`,
    /// `0000-01-01` or `+999999d`.
    OutOfRange(String),
}

impl DateError {
    /// The error as one line for the user, naming the input.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            DateError::Empty => tr(lang, "date.err.empty").to_owned(),
            DateError::Invalid(s) => trf(lang, "date.err.invalid", &[s]),
            DateError::NoSuchDay(s) => trf(lang, "date.err.no_such_day", &[s]),
            DateError::OutOfRange(s) => trf(
                lang,
                "limits.date.out_of_range",
                &[s, &FIRST_YEAR, &LAST_YEAR],
            ),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for DateError {}
