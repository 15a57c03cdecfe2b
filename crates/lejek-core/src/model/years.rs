//! The years a date may have anywhere in lejek (issue 15 item 10): 1900 to 2200. Every date
//! that comes in (typed, in a form, a filter, an import or a request to the server) is held
//! to this one rule, so whatever is stored exports as a plain `YYYY-MM-DD` and imports back.
//! chrono alone allows ±262,143 and writes `+99999-01-01`, which nothing reads back.

use chrono::Datelike;

use super::date_error::DateError;

pub use super::year_range::{FIRST_YEAR, LAST_YEAR, in_range};

/// `d` if its year is one lejek keeps, else [`DateError::OutOfRange`] naming `input` (the
/// text as given, or the date itself when it came as a value).
pub fn check<D: Datelike>(d: D, input: &str) -> Result<D, DateError> {
    if in_range(&d) {
        Ok(d)
    } else {
        Err(DateError::OutOfRange(input.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone, Utc};

    fn day(y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or_default()
    }

    #[test]
    fn the_bounds_are_inclusive() {
        assert!(in_range(&day(1900)));
        assert!(in_range(&day(2200)));
        assert!(!in_range(&day(1899)));
        assert!(!in_range(&day(2201)));
        assert!(!in_range(&day(0)));
        assert!(!in_range(&day(99999)));
        let last = NaiveDate::from_ymd_opt(2200, 12, 31).unwrap_or_default();
        assert_eq!(check(last, "x"), Ok(last));
        assert_eq!(
            check(day(99999), "+99999-01-01"),
            Err(DateError::OutOfRange("+99999-01-01".into()))
        );
        let t = Utc.with_ymd_and_hms(2201, 1, 1, 0, 0, 0).single();
        assert!(t.is_some_and(|t| check(t, "t").is_err()));
    }
}
