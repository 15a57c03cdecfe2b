//! Merged contacts as redirects (issue 20 item 2): the id of a contact merged into another
//! still finds the kept one, in look-ups (`Service::contact`, a card) and in every command
//! that names a contact (`deal add --contact OTHER` adds the deal to KEEP).

use super::command::{Command, Imported};
use super::plan::Plan;
use super::{Result, Service};
use crate::model::{EntityKind, EntityRef, Id};
use crate::store::{T, keys};

impl Service {
    /// The contact `id` was merged into, if it was (None for a live contact or no contact).
    pub fn contact_redirect(&self, id: Id) -> Result<Option<Id>> {
        Ok(self
            .store()
            .tree(T::ContactRedirects)
            .get(keys::id(id))?
            .and_then(|v| keys::u64_at(&v, 0)))
    }

    /// The contact a look-up of `id` finds: the kept one for a merged id, else `id`.
    pub fn live_contact(&self, id: Id) -> Result<Id> {
        Ok(self.contact_redirect(id)?.unwrap_or(id))
    }

    /// The contacts merged into `keep`, in id order.
    pub fn merged_into(&self, keep: Id) -> Result<Vec<Id>> {
        let mut out = Vec::new();
        for item in self.store().tree(T::ContactRedirects).iter() {
            let (k, v) = item?;
            if keys::u64_at(&v, 0) == Some(keep) {
                out.extend(keys::u64_at(&k, 0));
            }
        }
        Ok(out)
    }
}

/// Where a contact id leads, read through the plan (a merge earlier in the same batch).
fn follow_id(plan: &Plan, id: Id) -> Result<Id> {
    Ok(plan
        .get_raw_id(T::ContactRedirects, &keys::id(id))?
        .unwrap_or(id))
}

fn follow_ref(plan: &Plan, on: &mut EntityRef) -> Result<()> {
    if on.kind == EntityKind::Contact {
        on.id = follow_id(plan, on.id)?;
    }
    Ok(())
}

fn follow_opt(plan: &Plan, id: &mut Option<Id>) -> Result<()> {
    if let Some(i) = id {
        *i = follow_id(plan, *i)?;
    }
    Ok(())
}

/// `cmd` with every contact id it names led to the live contact. A merge itself is left
/// alone: it must name the records as they are, and refuses a redirect.
pub(super) fn follow(plan: &Plan, mut cmd: Command) -> Result<Command> {
    match &mut cmd {
        Command::AddContact(d) => follow_opt(plan, &mut d.company_id)?,
        Command::UpdateContact { id, patch } => {
            *id = follow_id(plan, *id)?;
            if let Some(c) = &mut patch.company_id {
                follow_opt(plan, c)?;
            }
        }
        Command::EndContact { id, .. } | Command::ReopenContact { id } => {
            *id = follow_id(plan, *id)?;
        }
        Command::AddDeal(d) => d.contact_id = follow_id(plan, d.contact_id)?,
        Command::UpdateDeal { patch, .. } => follow_opt(plan, &mut patch.contact_id)?,
        Command::AddNote { on, .. }
        | Command::AddComment { on, .. }
        | Command::AttachFile { on, .. } => follow_ref(plan, on)?,
        Command::AddDealsToCampaign { contacts, deal, .. } => {
            for c in contacts.iter_mut() {
                *c = follow_id(plan, *c)?;
            }
            deal.contact_id = follow_id(plan, deal.contact_id)?;
        }
        Command::Import(Imported::Deal(d)) => {
            d.deal.contact_id = follow_id(plan, d.deal.contact_id)?;
        }
        Command::Import(Imported::Contact(c)) => follow_opt(plan, &mut c.contact.company_id)?,
        Command::Import(Imported::At { cmd: inner, .. }) => {
            let taken = std::mem::replace(&mut **inner, Command::MarkRead { seqs: Vec::new() });
            **inner = follow(plan, taken)?;
        }
        _ => {}
    }
    Ok(cmd)
}
