//! What the read model reads its tables from: the store, and what the service keeps at hand
//! (dictionaries and users, cached; the database's folder for the saved copy). `Service`
//! is one; the model names no service, so the service can hold the model.

use std::path::Path;
use std::sync::Arc;

use crate::error::Result;
use crate::model::{DictEntry, User};
use crate::store::Store;

pub trait Source {
    fn store(&self) -> &Store;
    /// The database's folder (`<db>/cache/` is in it).
    fn dir(&self) -> &Path;
    /// Every dictionary entry, in dictionary order.
    fn dict_entries(&self) -> Result<Arc<Vec<DictEntry>>>;
    fn users(&self) -> Result<Vec<User>>;
}
