//! The `--field NAME=VALUE` options of `deal add/set` and `contact add/set` (issue 20):
//! split here, checked against the field's kind by the service.

use super::bad;
use crate::service::Result;

/// `NAME=VALUE` pairs as `(name, value)`; `NAME=` clears. No `=` is bad input.
pub fn pairs(raw: &[String]) -> Result<Vec<(String, String)>> {
    raw.iter()
        .map(|r| match r.split_once('=') {
            Some((name, value)) if !name.trim().is_empty() => {
                Ok((name.trim().to_owned(), value.to_owned()))
            }
            _ => Err(bad("fields.err.pair", &[&r])),
        })
        .collect()
}
