//! Why a text is not a date: the one error of every date that comes in (typed, in a form,
//! a filter, an import), with its message naming the input. Apart from `date_input` so that
//! `years` can refuse a date without importing the parser (issue 16 item 2).

use std::fmt;

use super::year_range::{FIRST_YEAR, LAST_YEAR};
use crate::i18n::{Lang, trf};

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
        match (self, lang) {
            (DateError::Empty, Lang::En) => "a date is required".into(),
            (DateError::Empty, Lang::Pl) => "data jest wymagana".into(),
            (DateError::Invalid(s), Lang::En) => {
                format!("not a date: '{s}' (use e.g. 2026-11-28, 28.11.2026, today, +3d, fri)")
            }
            (DateError::Invalid(s), Lang::Pl) => {
                format!("to nie jest data: '{s}' (np. 28.11.2026, 2026-11-28, dziś, +3d, pt)")
            }
            (DateError::NoSuchDay(s), Lang::En) => format!("no such day: '{s}'"),
            (DateError::NoSuchDay(s), Lang::Pl) => format!("nie ma takiego dnia: '{s}'"),
            (DateError::OutOfRange(s), _) => trf(
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
