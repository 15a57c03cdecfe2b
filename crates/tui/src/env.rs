//! What helpers below the `App` may read from it: the service, the language and today. The
//! `App` implements it; a helper that takes `&impl Env` (a template by id, the report's
//! parameter form) works for the `App` without importing it, which keeps the panes' files
//! free of it.

use chrono::NaiveDate;

use crate::backend::Backend;
use crate::i18n::Lang;

/// The service and the user's settings, read-only.
pub trait Env {
    fn svc(&self) -> &Backend;
    fn lang(&self) -> Lang;
    fn today(&self) -> NaiveDate;
}
