//! Contact commands (C1-C4).

use chrono::NaiveDate;

use super::command::{ContactDraft, ContactPatch};
use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::nip::parse_nip;
use crate::model::{Change, Contact, ContactKind, DictKind, EntityKind, EntityRef, FieldOn, Id};
use crate::store::{T, keys};

pub(super) fn entity(id: Id) -> EntityRef {
    EntityRef {
        kind: EntityKind::Contact,
        id,
    }
}

pub(super) fn load(plan: &Plan, id: Id) -> Result<Contact> {
    plan.get(T::Contacts, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_contact", &[&id]))
}

fn dict_id(plan: &Plan, kind: DictKind, typed: Option<&str>) -> Result<Option<u64>> {
    match typed.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(plan.svc.resolve_dict(kind, t)?.id)),
    }
}

fn nip(typed: Option<&str>) -> Result<Option<String>> {
    match typed.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(parse_nip(t)?)),
    }
}

/// A person's company must exist and be a company.
fn company(plan: &Plan, kind: ContactKind, company_id: Option<Id>) -> Result<Option<Id>> {
    let Some(cid) = company_id else {
        return Ok(None);
    };
    if kind == ContactKind::Company {
        return Err(invalid("err.company_of_company", &[]));
    }
    let c = load(plan, cid)?;
    if c.kind != ContactKind::Company {
        return Err(invalid("err.not_a_company", &[&cid]));
    }
    Ok(Some(cid))
}

pub fn add(plan: &mut Plan, d: ContactDraft) -> Result<Option<u64>> {
    let kind = d.kind.unwrap_or(ContactKind::Company);
    let name = validate::required_line("col.name", &d.name)?;
    let company_id = company(plan, kind, d.company_id)?;
    let mut roles = Vec::new();
    for r in &d.roles {
        let id = plan.svc.resolve_dict(DictKind::ContactRole, r)?.id;
        if !roles.contains(&id) {
            roles.push(id);
        }
    }
    let custom =
        super::apply_fields::check(plan, FieldOn::Contact, &Default::default(), &d.fields)?;
    let mut contact = Contact {
        id: 0,
        kind,
        name: name.clone(),
        company_id,
        email: validate::email(d.email.as_deref())?,
        phone: validate::phone(d.phone.as_deref())?,
        city: validate::optional_line("col.city", d.city.as_deref())?,
        address: validate::optional_text("col.address", d.address.as_deref())?,
        nip: nip(d.nip.as_deref())?,
        tags: validate::tags(&d.tags)?,
        roles,
        status: dict_id(plan, DictKind::ContactStatus, d.status.as_deref())?,
        source: dict_id(plan, DictKind::ContactSource, d.source.as_deref())?,
        end_reason: None,
        ended: None,
        created: plan.actor.at,
        fields: Default::default(),
    };
    contact.id = plan.next_id("contact")?;
    let changes = super::apply_fields::apply(&mut contact.fields, custom);
    plan.put(T::Contacts, keys::id(contact.id), &contact);
    if let Some(cid) = company_id {
        plan.put_marker(T::PersonsByCompany, keys::pair(cid, contact.id).to_vec());
    }
    plan.event(entity(contact.id), Change::Created { summary: name })?;
    for change in changes {
        plan.event(entity(contact.id), change)?;
    }
    Ok(Some(contact.id))
}

/// Record a plain field change when the value really changed.
pub(super) fn field(
    plan: &mut Plan,
    id: Id,
    name: &str,
    old: Option<String>,
    new: Option<String>,
) -> Result<()> {
    if old != new {
        plan.event(
            entity(id),
            Change::Field {
                field: name.into(),
                old,
                new,
            },
        )?;
    }
    Ok(())
}

pub(super) fn dict_field(
    plan: &mut Plan,
    id: Id,
    name: &str,
    old: Option<u64>,
    new: Option<u64>,
) -> Result<()> {
    if old != new {
        plan.event(
            entity(id),
            Change::DictField {
                field: name.into(),
                old,
                new,
            },
        )?;
    }
    Ok(())
}

pub fn update(plan: &mut Plan, id: Id, p: ContactPatch) -> Result<Option<u64>> {
    let old = load(plan, id)?;
    let mut c = old.clone();
    if let Some(k) = p.kind {
        c.kind = k;
    }
    if let Some(n) = &p.name {
        c.name = validate::required_line("col.name", n)?;
    }
    if let Some(cid) = p.company_id {
        c.company_id = cid;
    }
    c.company_id = company(plan, c.kind, c.company_id)?;
    if let Some(v) = &p.email {
        c.email = validate::email(v.as_deref())?;
    }
    if let Some(v) = &p.phone {
        c.phone = validate::phone(v.as_deref())?;
    }
    if let Some(v) = &p.city {
        c.city = validate::optional_line("col.city", v.as_deref())?;
    }
    if let Some(v) = &p.address {
        c.address = validate::optional_text("col.address", v.as_deref())?;
    }
    if let Some(v) = &p.nip {
        c.nip = nip(v.as_deref())?;
    }
    let add = validate::tags(&p.add_tags)?;
    let remove = validate::tags(&p.remove_tags)?;
    validate::apply_tags(&mut c.tags, add, &remove);
    for r in &p.remove_roles {
        let rid = plan.svc.resolve_dict(DictKind::ContactRole, r)?.id;
        c.roles.retain(|x| *x != rid);
    }
    for r in &p.add_roles {
        let rid = plan.svc.resolve_dict(DictKind::ContactRole, r)?.id;
        if !c.roles.contains(&rid) {
            c.roles.push(rid);
        }
    }
    if let Some(v) = &p.status {
        c.status = dict_id(plan, DictKind::ContactStatus, v.as_deref())?;
    }
    if let Some(v) = &p.source {
        c.source = dict_id(plan, DictKind::ContactSource, v.as_deref())?;
    }
    if p.clear_end {
        c.end_reason = None;
        c.ended = None;
    }
    let custom = super::apply_fields::check(plan, FieldOn::Contact, &c.fields, &p.fields)?;
    let custom = super::apply_fields::apply(&mut c.fields, custom);

    field(
        plan,
        id,
        "kind",
        Some(old.kind.as_str().into()),
        Some(c.kind.as_str().into()),
    )?;
    field(
        plan,
        id,
        "name",
        Some(old.name.clone()),
        Some(c.name.clone()),
    )?;
    field(
        plan,
        id,
        "company_id",
        old.company_id.map(|x| x.to_string()),
        c.company_id.map(|x| x.to_string()),
    )?;
    field(plan, id, "email", old.email.clone(), c.email.clone())?;
    field(plan, id, "phone", old.phone.clone(), c.phone.clone())?;
    field(plan, id, "city", old.city.clone(), c.city.clone())?;
    field(plan, id, "address", old.address.clone(), c.address.clone())?;
    field(plan, id, "nip", old.nip.clone(), c.nip.clone())?;
    field(plan, id, "tags", join(&old.tags), join(&c.tags))?;
    if old.roles != c.roles {
        let names = |ids: &[u64]| {
            let v: Vec<String> = ids.iter().map(|i| plan.svc.dict_name(*i)).collect();
            join(&v)
        };
        let (o, n) = (names(&old.roles), names(&c.roles));
        field(plan, id, "roles", o, n)?;
    }
    dict_field(plan, id, "status", old.status, c.status)?;
    dict_field(plan, id, "source", old.source, c.source)?;
    dict_field(plan, id, "end_reason", old.end_reason, c.end_reason)?;
    field(
        plan,
        id,
        "ended",
        old.ended.map(|d| d.to_string()),
        c.ended.map(|d| d.to_string()),
    )?;

    for change in custom {
        plan.event(entity(id), change)?;
    }
    if old.company_id != c.company_id {
        if let Some(o) = old.company_id {
            plan.remove(T::PersonsByCompany, keys::pair(o, id).to_vec());
        }
        if let Some(n) = c.company_id {
            plan.put_marker(T::PersonsByCompany, keys::pair(n, id).to_vec());
        }
    }
    plan.put(T::Contacts, keys::id(id), &c);
    Ok(Some(id))
}

pub fn end(plan: &mut Plan, id: Id, reason: &str, date: NaiveDate) -> Result<Option<u64>> {
    let old = load(plan, id)?;
    if reason.trim().is_empty() {
        return Err(invalid("err.end_reason_required", &[]));
    }
    let reason = plan.svc.resolve_dict(DictKind::EndReason, reason)?.id;
    let date = validate::date(date)?;
    let mut c = old.clone();
    c.end_reason = Some(reason);
    c.ended = Some(date);
    dict_field(plan, id, "end_reason", old.end_reason, c.end_reason)?;
    field(
        plan,
        id,
        "ended",
        old.ended.map(|d| d.to_string()),
        c.ended.map(|d| d.to_string()),
    )?;
    plan.put(T::Contacts, keys::id(id), &c);
    Ok(Some(id))
}

/// An ended customer is one again (issue 18 item 6): the end reason and date cleared, each
/// change in the history with what it was, as `contact set --reopen` records it.
pub fn reopen(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let old = load(plan, id)?;
    if old.ended.is_none() && old.end_reason.is_none() {
        return Err(invalid("err.contact_not_ended", &[&id]));
    }
    let mut c = old.clone();
    c.end_reason = None;
    c.ended = None;
    dict_field(plan, id, "end_reason", old.end_reason, None)?;
    field(plan, id, "ended", old.ended.map(|d| d.to_string()), None)?;
    plan.put(T::Contacts, keys::id(id), &c);
    Ok(Some(id))
}

pub(super) fn join(v: &[String]) -> Option<String> {
    if v.is_empty() {
        None
    } else {
        Some(v.join(", "))
    }
}
