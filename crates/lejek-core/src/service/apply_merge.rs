//! Merging a duplicate contact into the one kept (issue 20 item 2), in one transaction:
//! OTHER's deals (their tasks go with them), persons, notes, comments and files move to
//! KEEP; KEEP's empty fields are filled from OTHER, tags and roles united; both histories
//! record the merge; OTHER stays as a redirect (`T::ContactRedirects`). OTHER's record is
//! kept as it was: its history stays readable and the reports that counted it (new
//! contacts per source, end reasons) count it still, so a merge changes no report's totals.

use super::apply_contact::{dict_field, entity, field, join, load};
use super::plan::Plan;
use super::{Result, invalid};
use crate::model::{
    Attachment, Change, Comment, Contact, ContactKind, Deal, EntityKind, EntityRef, Id, Note,
};
use crate::store::{T, id_set, keys};

pub fn merge(plan: &mut Plan, keep: Id, other: Id) -> Result<Option<u64>> {
    let (mut k, o) = check(plan, keep, other)?;
    move_deals(plan, keep, other)?;
    move_persons(plan, keep, other)?;
    move_journal(plan, keep, other)?;
    let old = k.clone();
    fill(&mut k, &o);
    record_filled(plan, &old, &k)?;
    plan.put(T::Contacts, keys::id(keep), &k);
    redirect(plan, keep, other)?;
    plan.event(
        entity(other),
        Change::Field {
            field: "merged_into".into(),
            old: None,
            new: Some(keep.to_string()),
        },
    )?;
    plan.event(
        entity(keep),
        Change::Field {
            field: "merged_from".into(),
            old: None,
            new: Some(other.to_string()),
        },
    )?;
    Ok(Some(keep))
}

/// Both records, when the merge makes sense: two live contacts of the same kind.
fn check(plan: &Plan, keep: Id, other: Id) -> Result<(Contact, Contact)> {
    if keep == other {
        return Err(invalid("dupes.err.self", &[&keep]));
    }
    for id in [keep, other] {
        if let Some(to) = plan.get_raw_id(T::ContactRedirects, &keys::id(id))? {
            return Err(invalid("dupes.err.redirect", &[&id, &to]));
        }
    }
    let k = load(plan, keep)?;
    let o = load(plan, other)?;
    if k.kind != o.kind {
        return Err(invalid("dupes.err.kinds", &[&other, &keep]));
    }
    if k.company_id == Some(other) {
        // A person cannot be merged into... the same kind rule already holds; this is a
        // company that would become its own company's person: never for two companies.
        return Err(invalid("dupes.err.kinds", &[&other, &keep]));
    }
    Ok((k, o))
}

/// OTHER's deals become KEEP's, with their campaign memberships. A deal's history says
/// so and its owner hears of it; its last activity stays (a merge is no work with the
/// customer).
fn move_deals(plan: &mut Plan, keep: Id, other: Id) -> Result<()> {
    let set = plan
        .w
        .get_raw(plan.svc.store(), T::DealsByContact, &keys::id(other))?;
    let ids = set.and_then(|v| id_set::ids(&v)).unwrap_or_default();
    for id in ids {
        let Some(mut deal) = plan.get::<Deal>(T::Deals, &keys::id(id))? else {
            continue;
        };
        if let Some(camp) = deal.campaign_id {
            let was = keys::pair(camp, other);
            if plan.get_raw_id(T::CampaignMembers, &was)? == Some(id) {
                plan.remove(T::CampaignMembers, was.to_vec());
            }
            let now = keys::pair(camp, keep);
            if !plan.exists(T::CampaignMembers, &now)? {
                plan.put_raw_id(T::CampaignMembers, now.to_vec(), id);
            }
        }
        plan.deal_record(
            id,
            Change::Field {
                field: "contact_id".into(),
                old: Some(other.to_string()),
                new: Some(keep.to_string()),
            },
        )?;
        deal.contact_id = keep;
        plan.put(T::Deals, keys::id(id), &deal);
        plan.set_add(T::DealsByContact, keep, id)?;
    }
    plan.remove(T::DealsByContact, keys::id(other).to_vec());
    Ok(())
}

/// A company's persons belong to KEEP now.
fn move_persons(plan: &mut Plan, keep: Id, other: Id) -> Result<()> {
    let mut persons = Vec::new();
    for item in plan
        .svc
        .store()
        .tree(T::PersonsByCompany)
        .scan_prefix(keys::id(other))
    {
        let (k, _) = item?;
        persons.extend(keys::u64_at(&k, 8));
    }
    for p in persons {
        let mut person = load(plan, p)?;
        if person.company_id != Some(other) {
            continue;
        }
        person.company_id = Some(keep);
        plan.remove(T::PersonsByCompany, keys::pair(other, p).to_vec());
        plan.put_marker(T::PersonsByCompany, keys::pair(keep, p).to_vec());
        field(
            plan,
            p,
            "company_id",
            Some(other.to_string()),
            Some(keep.to_string()),
        )?;
        plan.put(T::Contacts, keys::id(p), &person);
    }
    Ok(())
}

/// OTHER's notes, comments and files are on KEEP now: each record points at KEEP and
/// KEEP's history names it, which is how a card finds them (`Service::journal`).
fn move_journal(plan: &mut Plan, keep: Id, other: Id) -> Result<()> {
    let to = EntityRef {
        kind: EntityKind::Contact,
        id: keep,
    };
    let j = plan.svc.journal(entity(other))?;
    for mut n in j.notes {
        n.on = to;
        plan.put::<Note>(T::Notes, keys::id(n.id), &n);
        let change = Change::NoteAdded {
            note_id: n.id,
            text: n.text,
        };
        plan.event(to, change)?;
    }
    for mut c in j.comments {
        c.on = to;
        plan.put::<Comment>(T::Comments, keys::id(c.id), &c);
        let change = Change::CommentAdded {
            comment_id: c.id,
            text: c.text,
        };
        plan.event(to, change)?;
    }
    for mut a in j.attachments {
        a.on = to;
        plan.put::<Attachment>(T::Attachments, keys::id(a.id), &a);
        let change = Change::FileAttached {
            attachment_id: a.id,
            name: a.name,
        };
        plan.event(to, change)?;
    }
    Ok(())
}

/// KEEP's empty fields take OTHER's values; tags and roles are united. The end of
/// cooperation is not taken: KEEP's standing as a customer is KEEP's.
fn fill(k: &mut Contact, o: &Contact) {
    fn take<V: Clone>(mine: &mut Option<V>, theirs: &Option<V>) {
        if mine.is_none() {
            mine.clone_from(theirs);
        }
    }
    take(&mut k.email, &o.email);
    take(&mut k.phone, &o.phone);
    take(&mut k.city, &o.city);
    take(&mut k.address, &o.address);
    take(&mut k.nip, &o.nip);
    take(&mut k.status, &o.status);
    take(&mut k.source, &o.source);
    if k.kind == ContactKind::Person {
        take(&mut k.company_id, &o.company_id);
    }
    for t in &o.tags {
        if !k.tags.contains(t) {
            k.tags.push(t.clone());
        }
    }
    for r in &o.roles {
        if !k.roles.contains(r) {
            k.roles.push(*r);
        }
    }
    // Custom fields (issue 20 item 1) as the built-in ones: KEEP's values stay.
    for (name, v) in &o.fields {
        k.fields.entry(name.clone()).or_insert_with(|| v.clone());
    }
}

/// Each field the merge filled, in KEEP's history as `contact set` records it.
fn record_filled(plan: &mut Plan, old: &Contact, k: &Contact) -> Result<()> {
    let id = k.id;
    field(plan, id, "email", old.email.clone(), k.email.clone())?;
    field(plan, id, "phone", old.phone.clone(), k.phone.clone())?;
    field(plan, id, "city", old.city.clone(), k.city.clone())?;
    field(plan, id, "address", old.address.clone(), k.address.clone())?;
    field(plan, id, "nip", old.nip.clone(), k.nip.clone())?;
    field(plan, id, "tags", join(&old.tags), join(&k.tags))?;
    for (name, v) in &k.fields {
        if !old.fields.contains_key(name) {
            field(plan, id, name, None, Some(v.text()))?;
        }
    }
    if old.roles != k.roles {
        let names = |ids: &[u64]| {
            let v: Vec<String> = ids.iter().map(|i| plan.svc.dict_name(*i)).collect();
            join(&v)
        };
        let (o, n) = (names(&old.roles), names(&k.roles));
        field(plan, id, "roles", o, n)?;
    }
    dict_field(plan, id, "status", old.status, k.status)?;
    dict_field(plan, id, "source", old.source, k.source)?;
    if old.company_id != k.company_id {
        if let Some(c) = k.company_id {
            plan.put_marker(T::PersonsByCompany, keys::pair(c, id).to_vec());
        }
        field(
            plan,
            id,
            "company_id",
            old.company_id.map(|x| x.to_string()),
            k.company_id.map(|x| x.to_string()),
        )?;
    }
    Ok(())
}

/// OTHER leads to KEEP, and so does every contact merged into OTHER before (no chains).
fn redirect(plan: &mut Plan, keep: Id, other: Id) -> Result<()> {
    for earlier in plan.svc.merged_into(other)? {
        plan.put_raw_id(T::ContactRedirects, keys::id(earlier).to_vec(), keep);
    }
    plan.put_raw_id(T::ContactRedirects, keys::id(other).to_vec(), keep);
    Ok(())
}
