//! Removing records (issue 20 item 3): deals and contacts by an admin, tasks by their
//! assignee or an admin, attached files by who attached them or an admin. A removal is an
//! event: the record leaves its tree and every index, its history stays and ends with
//! `Change::Removed` (who and when are the event's), which `show` reads back. No record
//! format changes: the events are ones format 6 already has.

use super::access::Role;
use super::apply_deal::unlink_campaign;
use super::plan::Plan;
use super::{Result, invalid};
use crate::model::{
    Attachment, Change, Contact, ContactKind, Deal, EntityKind, EntityRef, Id, Task,
};
use crate::store::{T, id_set, keys};

fn on(kind: EntityKind, id: Id) -> EntityRef {
    EntityRef { kind, id }
}

fn is_admin(plan: &Plan) -> Result<bool> {
    Ok(plan.svc.role(&plan.actor.login, false)? == Role::Admin)
}

/// What hangs on a record through its history: notes, comments, files and tasks (the
/// history names each when it is added, so no index is needed).
#[derive(Default)]
pub(super) struct Hanging {
    pub notes: Vec<Id>,
    pub comments: Vec<Id>,
    pub files: Vec<Id>,
    pub tasks: Vec<Id>,
}

pub(super) fn hanging(plan: &Plan, entity: EntityRef) -> Result<Hanging> {
    let mut h = Hanging::default();
    for ev in plan.svc.history(entity)? {
        match ev.change {
            Change::NoteAdded { note_id, .. } => h.notes.push(note_id),
            Change::CommentAdded { comment_id, .. } => h.comments.push(comment_id),
            Change::FileAttached { attachment_id, .. } => h.files.push(attachment_id),
            Change::TaskAdded { task_id, .. } if !h.tasks.contains(&task_id) => {
                h.tasks.push(task_id)
            }
            _ => {}
        }
    }
    Ok(h)
}

/// Take the notes, comments and files of a record away with it (their texts and names stay
/// in its history), and the tasks still on it.
fn remove_hanging(plan: &mut Plan, entity: EntityRef) -> Result<()> {
    let h = hanging(plan, entity)?;
    for id in h.notes {
        plan.remove(T::Notes, keys::id(id).to_vec());
    }
    for id in h.comments {
        plan.remove(T::Comments, keys::id(id).to_vec());
    }
    for id in h.files {
        if let Some(a) = plan.get::<Attachment>(T::Attachments, &keys::id(id))? {
            plan.dropped_files.push(a.sha256);
            plan.remove(T::Attachments, keys::id(id).to_vec());
        }
    }
    for id in h.tasks {
        let Some(t) = plan.get::<Task>(T::Tasks, &keys::id(id))? else {
            continue;
        };
        let still_here = match entity.kind {
            EntityKind::Deal => t.deal_id == Some(entity.id),
            EntityKind::Campaign => t.campaign_id == Some(entity.id),
            _ => false,
        };
        if still_here {
            drop_task(plan, t)?;
        }
    }
    Ok(())
}

fn drop_task(plan: &mut Plan, t: Task) -> Result<()> {
    plan.remove(T::Tasks, keys::id(t.id).to_vec());
    plan.event(
        on(EntityKind::Task, t.id),
        Change::Removed { summary: t.title },
    )?;
    Ok(())
}

/// Remove a deal: the caller's access was checked (admins only, `access.rs`).
pub fn remove_deal(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let deal: Deal = plan
        .get(T::Deals, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_deal", &[&id]))?;
    if let Some(c) = deal.campaign_id {
        unlink_campaign(plan, &deal, c)?;
    }
    plan.set_remove(T::DealsByContact, deal.contact_id, id)?;
    // A campaign send's claims on the deal: nothing will be sent to a deal that is gone.
    for item in plan.svc.store().tree(T::Sends).iter() {
        let (k, _) = item?;
        if keys::u64_at(&k, 8) == Some(id) && k.len() == 16 {
            plan.remove(T::Sends, k.to_vec());
        }
    }
    let entity = on(EntityKind::Deal, id);
    remove_hanging(plan, entity)?;
    plan.remove(T::Deals, keys::id(id).to_vec());
    plan.event(
        entity,
        Change::Removed {
            summary: deal.title,
        },
    )?;
    Ok(Some(id))
}

/// The deals of a contact, read through this batch's writes.
fn deals_of(plan: &Plan, contact: Id) -> Result<Vec<Id>> {
    let raw = plan
        .w
        .get_raw(plan.svc.store(), T::DealsByContact, &keys::id(contact))?;
    Ok(raw.and_then(|v| id_set::ids(&v)).unwrap_or_default())
}

/// The persons of a company (the index as stored, each re-read through the plan).
fn persons_of(plan: &Plan, company: Id) -> Result<Vec<Contact>> {
    let mut out = Vec::new();
    for item in plan
        .svc
        .store()
        .tree(T::PersonsByCompany)
        .scan_prefix(keys::id(company))
    {
        let (k, _) = item?;
        let Some(p) = keys::u64_at(&k, 8) else {
            continue;
        };
        if let Some(c) = plan.get::<Contact>(T::Contacts, &keys::id(p))?
            && c.company_id == Some(company)
        {
            out.push(c);
        }
    }
    Ok(out)
}

/// Remove a contact (admins only). Deals and persons are never taken along silently.
pub fn remove_contact(
    plan: &mut Plan,
    id: Id,
    with_deals: bool,
    detach_persons: bool,
) -> Result<Option<u64>> {
    let c: Contact = plan
        .get(T::Contacts, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_contact", &[&id]))?;
    let deals = deals_of(plan, id)?;
    if !deals.is_empty() && !with_deals {
        return Err(invalid("erase.err.contact_has_deals", &[&id, &deals.len()]));
    }
    let persons = if c.kind == ContactKind::Company {
        persons_of(plan, id)?
    } else {
        Vec::new()
    };
    if !persons.is_empty() && !detach_persons {
        return Err(invalid(
            "erase.err.company_has_persons",
            &[&id, &persons.len()],
        ));
    }
    for d in deals {
        remove_deal(plan, d)?;
    }
    for mut p in persons {
        // The person stays a contact; its history says the company went.
        plan.remove(T::PersonsByCompany, keys::pair(id, p.id).to_vec());
        p.company_id = None;
        plan.put(T::Contacts, keys::id(p.id), &p);
        plan.event(
            on(EntityKind::Contact, p.id),
            Change::Field {
                field: "company".into(),
                old: Some(format!("#{id} {}", c.name)),
                new: None,
            },
        )?;
    }
    if let Some(company) = c.company_id {
        plan.remove(T::PersonsByCompany, keys::pair(company, id).to_vec());
    }
    let entity = on(EntityKind::Contact, id);
    remove_hanging(plan, entity)?;
    plan.remove(T::Contacts, keys::id(id).to_vec());
    plan.event(entity, Change::Removed { summary: c.name })?;
    Ok(Some(id))
}

/// Remove a task or meeting: its assignee, or an admin.
pub fn remove_task(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let t: Task = plan
        .get(T::Tasks, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_task", &[&id]))?;
    if t.assignee != plan.actor.login && !is_admin(plan)? {
        return Err(invalid("erase.err.not_your_task", &[&id, &t.assignee]));
    }
    // The record it was on says it went (its history named it when it was added).
    let parent = match (t.deal_id, t.campaign_id) {
        (Some(d), _) => Some(on(EntityKind::Deal, d)),
        (None, Some(c)) => Some(on(EntityKind::Campaign, c)),
        _ => None,
    };
    if let Some(p) = parent {
        let exists = match p.kind {
            EntityKind::Deal => plan.exists(T::Deals, &keys::id(p.id))?,
            _ => plan.exists(T::Campaigns, &keys::id(p.id))?,
        };
        if exists {
            plan.event(
                p,
                Change::Field {
                    field: "task".into(),
                    old: Some(t.title.clone()),
                    new: None,
                },
            )?;
        }
    }
    drop_task(plan, t)?;
    Ok(Some(id))
}

/// Remove an attached file: who attached it, or an admin.
pub fn remove_file(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let a: Attachment = plan
        .get(T::Attachments, &keys::id(id))?
        .ok_or_else(|| invalid("erase.err.no_file", &[&id]))?;
    if a.added_by != plan.actor.login && !is_admin(plan)? {
        return Err(invalid("erase.err.not_your_file", &[&id, &a.added_by]));
    }
    plan.remove(T::Attachments, keys::id(id).to_vec());
    plan.dropped_files.push(a.sha256.clone());
    plan.event(
        a.on,
        Change::Field {
            field: "file".into(),
            old: Some(a.name),
            new: None,
        },
    )?;
    Ok(Some(id))
}
