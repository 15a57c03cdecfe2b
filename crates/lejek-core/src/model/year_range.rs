//! The bounds of the years lejek keeps (see `years`), below both `DateError`, whose message
//! names them, and `years::check`, which returns one.

use chrono::Datelike;

/// The first year accepted: before any customer record, after any typo of a 4-digit year.
pub const FIRST_YEAR: i32 = 1900;
/// The last year accepted: far past any plan, short of 5-digit years.
pub const LAST_YEAR: i32 = 2200;

/// True when lejek keeps dates of `d`'s year (a day, a day and time, a moment).
pub fn in_range(d: &impl Datelike) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
}
