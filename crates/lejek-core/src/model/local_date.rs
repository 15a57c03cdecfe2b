//! The local calendar day of a moment: what date filters, lists and reports compare.

use chrono::{DateTime, Local, NaiveDate, Utc};

/// The local calendar day of a UTC instant.
pub fn local_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&Local).date_naive()
}
