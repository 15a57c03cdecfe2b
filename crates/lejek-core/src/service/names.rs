//! What a text about records needs to name them: a dictionary entry's name and a linked
//! record's name. The history timeline (the application's `render::history`) asks it; the
//! service answers it here and the application's `Backend` (local or through the server)
//! answers it too. A core trait, so the backend implements something below it rather than
//! something of the renderer above it (issue 16 item 3).

use super::Service;
use crate::model::EntityRef;

/// Names of dictionary entries and linked records.
pub trait Names {
    /// The display name of a dictionary entry ("?" only if the database is damaged).
    fn dict_name(&self, id: u64) -> String;
    /// The name or title of a record, for labels (None if it is gone).
    fn entity_name(&self, e: EntityRef) -> Option<String>;
}

impl Names for Service {
    fn dict_name(&self, id: u64) -> String {
        Service::dict_name(self, id)
    }

    fn entity_name(&self, e: EntityRef) -> Option<String> {
        Service::entity_name(self, e)
    }
}
