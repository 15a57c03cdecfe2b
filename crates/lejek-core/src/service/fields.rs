//! Reading custom field definitions (issue 20 item 1): the few records of the
//! `custom_fields` tree, in id order.

use super::{Result, Service};
use crate::model::{FieldDef, FieldOn};
use crate::store::T;

impl Service {
    /// Every custom field definition, retired ones too, in the order they were made.
    pub fn field_defs(&self) -> Result<Vec<FieldDef>> {
        let mut out = Vec::new();
        for item in self.store().tree(T::Fields).iter() {
            let (_, v) = item?;
            out.push(crate::store::decode::<FieldDef>(&v)?);
        }
        Ok(out)
    }

    /// The fields in use (not retired) on records of `on`.
    pub fn active_fields(&self, on: FieldOn) -> Result<Vec<FieldDef>> {
        let mut defs = self.field_defs()?;
        defs.retain(|f| f.on == on && !f.retired);
        Ok(defs)
    }
}
