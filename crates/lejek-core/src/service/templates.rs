//! Reading templates and what was sent (D12).

use super::{Result, Service, invalid};
use crate::model::{Id, MessageTemplate, SendClaim};
use crate::store::{T, decode, keys};
use crate::text::fold;

impl Service {
    /// Every template, by name in Polish order.
    pub fn templates(&self) -> Result<Vec<MessageTemplate>> {
        let mut out = Vec::new();
        for item in self.store().tree(T::Templates).iter() {
            let (_, v) = item?;
            out.push(decode::<MessageTemplate>(&v)?);
        }
        out.sort_by(|a, b| crate::text::collate::polish_cmp(&a.name, &b.name));
        Ok(out)
    }

    /// A template by its name (case- and diacritic-insensitive) or id.
    pub fn template(&self, name_or_id: &str) -> Result<MessageTemplate> {
        let wanted = name_or_id.trim();
        let id = match self
            .store()
            .tree(T::TemplateNames)
            .get(fold(wanted).as_bytes())?
        {
            Some(v) => keys::u64_at(&v, 0),
            None => wanted.parse::<Id>().ok(),
        };
        let found = match id {
            Some(id) => self.store().tree(T::Templates).get(keys::id(id))?,
            None => None,
        };
        match found {
            Some(v) => Ok(decode(&v)?),
            None => Err(invalid("err.no_template", &[&wanted])),
        }
    }

    /// The campaign-send state of (template, deal): sent, being sent, or nothing.
    pub fn send_claim(&self, template_id: Id, deal_id: Id) -> Result<Option<SendClaim>> {
        match self
            .store()
            .tree(T::Sends)
            .get(keys::pair(template_id, deal_id))?
        {
            Some(v) => Ok(Some(decode(&v)?)),
            None => Ok(None),
        }
    }
}
