//! Campaign commands (K1-K3). The name is the campaign's identity: unique, compared case-
//! and diacritic-insensitively.

use super::command::{CampaignDraft, CampaignPatch, DealDraft};
use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{Campaign, Change, EntityKind, EntityRef, Id};
use crate::store::{T, keys};
use crate::text::fold;

fn entity(id: Id) -> EntityRef {
    EntityRef {
        kind: EntityKind::Campaign,
        id,
    }
}

pub fn add(plan: &mut Plan, d: CampaignDraft) -> Result<Option<u64>> {
    let name = validate::required_line("col.name", &d.name)?;
    let key = fold(&name).into_bytes();
    if plan.exists(T::CampaignNames, &key)? {
        return Err(invalid("err.campaign_exists", &[&name]));
    }
    let c = Campaign {
        id: plan.next_id("campaign")?,
        name: name.clone(),
        goals: validate::optional_text("col.goals", d.goals.as_deref())?,
        rules: validate::optional_text("col.rules", d.rules.as_deref())?,
        description: validate::optional_text("col.description", d.description.as_deref())?,
        tags: validate::tags(&d.tags)?,
        created: plan.actor.at,
    };
    plan.put_raw_id(T::CampaignNames, key, c.id);
    plan.put(T::Campaigns, keys::id(c.id), &c);
    plan.event(entity(c.id), Change::Created { summary: name })?;
    Ok(Some(c.id))
}

pub fn update(plan: &mut Plan, id: Id, p: CampaignPatch) -> Result<Option<u64>> {
    let old: Campaign = plan
        .get(T::Campaigns, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_campaign", &[&id]))?;
    let mut c = old.clone();
    if let Some(n) = &p.name {
        c.name = validate::required_line("col.name", n)?;
        let (ok, nk) = (fold(&old.name), fold(&c.name));
        if ok != nk {
            if plan.exists(T::CampaignNames, nk.as_bytes())? {
                return Err(invalid("err.campaign_exists", &[&c.name]));
            }
            plan.remove(T::CampaignNames, ok.into_bytes());
            plan.put_raw_id(T::CampaignNames, nk.into_bytes(), id);
        }
    }
    if let Some(v) = &p.goals {
        c.goals = validate::optional_text("col.goals", v.as_deref())?;
    }
    if let Some(v) = &p.rules {
        c.rules = validate::optional_text("col.rules", v.as_deref())?;
    }
    if let Some(v) = &p.description {
        c.description = validate::optional_text("col.description", v.as_deref())?;
    }
    let add = validate::tags(&p.add_tags)?;
    let remove = validate::tags(&p.remove_tags)?;
    validate::apply_tags(&mut c.tags, add, &remove);
    let tags = |v: &[String]| {
        if v.is_empty() {
            None
        } else {
            Some(v.join(", "))
        }
    };
    let changes = [
        ("name", Some(old.name.clone()), Some(c.name.clone())),
        ("goals", old.goals.clone(), c.goals.clone()),
        ("rules", old.rules.clone(), c.rules.clone()),
        (
            "description",
            old.description.clone(),
            c.description.clone(),
        ),
        ("tags", tags(&old.tags), tags(&c.tags)),
    ];
    for (field, o, n) in changes {
        if o != n {
            plan.event(
                entity(id),
                Change::Field {
                    field: field.into(),
                    old: o,
                    new: n,
                },
            )?;
        }
    }
    plan.put(T::Campaigns, keys::id(id), &c);
    Ok(Some(id))
}

/// The campaign named `name`, or a new one made from `create`.
fn found_or_added(plan: &mut Plan, name: &str, create: CampaignDraft) -> Result<Id> {
    let name = validate::required_line("col.name", name)?;
    let found = plan.get_raw_id(T::CampaignNames, fold(&name).as_bytes())?;
    match found {
        Some(id) => Ok(id),
        None => {
            let draft = CampaignDraft { name, ..create };
            add(plan, draft)?.ok_or_else(|| invalid("err.no_campaign", &[&"?"]))
        }
    }
}

/// The ids of the campaign's members (contacts), from its index.
fn members(plan: &Plan, campaign: Id) -> Result<Vec<Id>> {
    let mut out = Vec::new();
    for item in plan
        .svc
        .store()
        .tree(T::CampaignMembers)
        .scan_prefix(keys::id(campaign))
    {
        let (k, _) = item?;
        out.extend(keys::u64_at(&k, 8));
    }
    Ok(out)
}

/// `add_deals` as a dry run over a contact filter answers it (B3, issue 17): counted from
/// the read model's row set, never listed. The members the filter matches are skipped; one
/// deal is planned in full for the first match, which checks the fields every deal shares
/// (the title, owner, stage, source, value), and the others are counted as the ids that
/// follow it.
pub fn count_deals(
    plan: &mut Plan,
    name: &str,
    create: CampaignDraft,
    q: &crate::service::query::ListQuery,
    deal: DealDraft,
) -> Result<Option<u64>> {
    let campaign = found_or_added(plan, name, create)?;
    let members = members(plan, campaign)?;
    let (count, first, skipped) = plan.svc.contact_selection(q, &members)?;
    let new = count.saturating_sub(skipped.len());
    plan.skipped.extend(skipped);
    let Some(first) = first else {
        return Ok(Some(campaign));
    };
    let draft = DealDraft {
        contact_id: first,
        campaign_id: Some(campaign),
        ..deal
    };
    if let Some(id) = super::apply_deal::add(plan, draft)?
        && new > 0
    {
        plan.created.extend(id..id + new as u64);
    }
    Ok(Some(campaign))
}

/// C6/B1: a campaign (found by its name, or created) and one deal per contact not yet in it.
pub fn add_deals(
    plan: &mut Plan,
    name: &str,
    create: CampaignDraft,
    contacts: Vec<Id>,
    deal: DealDraft,
) -> Result<Option<u64>> {
    let campaign = found_or_added(plan, name, create)?;
    if plan.dry_run && plan.untouched(&[T::Contacts, T::Deals, T::CampaignMembers]) {
        return dry_add_deals(plan, campaign, contacts, deal);
    }
    let mut seen = std::collections::HashSet::new();
    for contact in contacts {
        // The same contact twice in one selection is one deal.
        if !seen.insert(contact) {
            continue;
        }
        if plan.exists(T::CampaignMembers, &keys::pair(campaign, contact))? {
            plan.skipped.push(contact);
            continue;
        }
        let draft = DealDraft {
            contact_id: contact,
            campaign_id: Some(campaign),
            ..deal.clone()
        };
        if let Some(id) = super::apply_deal::add(plan, draft)? {
            plan.created.push(id);
        }
    }
    Ok(Some(campaign))
}

/// `add_deals` as a dry run answers it (B3), counted instead of built: the first new deal
/// is planned in full (that validates the title, owner, stage, source and value, the same
/// for every contact; with no new deal, a probe is), the others only need their contact to exist and not to be in the
/// campaign yet. 100,000 contacts cost one read of the campaign's members and a look-up
/// each in the read model, not 100,000 planned deals (issue 17).
fn dry_add_deals(
    plan: &mut Plan,
    campaign: Id,
    contacts: Vec<Id>,
    deal: DealDraft,
) -> Result<Option<u64>> {
    let mut members = std::collections::HashSet::new();
    for item in plan
        .svc
        .store()
        .tree(T::CampaignMembers)
        .scan_prefix(keys::id(campaign))
    {
        let (k, _) = item?;
        members.extend(keys::u64_at(&k, 8));
    }
    let known = plan.svc.with_model(|m| Ok(m.first_known(&contacts)))?;
    let probe = contacts
        .iter()
        .zip(&known)
        .find_map(|(c, (known, _))| known.then_some(*c));
    // A contact that is not there may be named twice: the first one is refused anyway.
    let mut next: Option<Id> = None;
    for (contact, (known, first)) in contacts.into_iter().zip(known) {
        if !first {
            continue;
        }
        if members.contains(&contact) {
            plan.skipped.push(contact);
            continue;
        }
        match next {
            Some(id) if known => {
                plan.created.push(id);
                next = Some(id + 1);
            }
            // The first, or a contact that is not there: planned in full (which says why).
            _ => {
                let draft = DealDraft {
                    contact_id: contact,
                    campaign_id: Some(campaign),
                    ..deal.clone()
                };
                if let Some(id) = super::apply_deal::add(plan, draft)? {
                    plan.created.push(id);
                    next = Some(id + 1);
                }
            }
        }
    }
    // Every contact already in the campaign: no deal was planned, so plan one for the first
    // contact to check the deal's fields all the same (an unknown owner is bad input either
    // way); its id is not an outcome.
    if next.is_none()
        && let Some(contact) = probe
    {
        let draft = DealDraft {
            contact_id: contact,
            campaign_id: Some(campaign),
            ..deal
        };
        super::apply_deal::add(plan, draft)?;
    }
    Ok(Some(campaign))
}
