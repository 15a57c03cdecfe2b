//! The index trees: which entries each record implies (the keys the service's commands
//! write, src/service/apply_*.rs and plan.rs), and whether each entry present is implied by
//! the record it points to.

use serde::de::DeserializeOwned;

use super::problem::{entity_kind, label};
use super::{Findings, ProblemKind};
use crate::model::{Campaign, Contact, Deal, EntityKind, EntityRef, Event, MessageTemplate};
use crate::store::{Store, T, decode, keys};
use crate::text::fold;

/// The trees derived from records, which a repair rebuilds.
pub const INDEX_TREES: [T; 7] = [
    T::EventsByEntity,
    T::DealsByContact,
    T::DealsByCampaign,
    T::CampaignMembers,
    T::CampaignNames,
    T::PersonsByCompany,
    T::TemplateNames,
];

/// A deal is found by its contact and its campaign; its contact is a member of the
/// campaign. The member entry names the first deal that made the contact a member (batch
/// re-runs skip the contact), so any of the contact's deals in the campaign satisfies it,
/// and a repair writes the first (deals are walked in id order).
pub fn of_deal(f: &mut Findings, d: &Deal) -> sled::Result<()> {
    let me = label(EntityKind::Deal, d.id);
    f.expect(T::DealsByContact, &keys::pair(d.contact_id, d.id), &[], &me)?;
    if let Some(k) = d.campaign_id {
        f.expect(T::DealsByCampaign, &keys::pair(k, d.id), &[], &me)?;
        let member = keys::pair(k, d.contact_id);
        f.expect(T::CampaignMembers, &member, &keys::id(d.id), &me)?;
    }
    Ok(())
}

/// A person is found by their company.
pub fn of_contact(f: &mut Findings, c: &Contact) -> sled::Result<()> {
    if let Some(company) = c.company_id {
        let me = label(EntityKind::Contact, c.id);
        f.expect(T::PersonsByCompany, &keys::pair(company, c.id), &[], &me)?;
    }
    Ok(())
}

/// A campaign is found by its folded name (its identity).
pub fn of_campaign(f: &mut Findings, c: &Campaign) -> sled::Result<()> {
    let me = label(EntityKind::Campaign, c.id);
    f.expect(
        T::CampaignNames,
        fold(&c.name).as_bytes(),
        &keys::id(c.id),
        &me,
    )
}

/// A template is found by its folded name (unique, like a campaign's).
pub fn of_template(f: &mut Findings, t: &MessageTemplate) -> sled::Result<()> {
    let me = label(EntityKind::Template, t.id);
    f.expect(
        T::TemplateNames,
        fold(&t.name).as_bytes(),
        &keys::id(t.id),
        &me,
    )
}

/// An event is found from its record's history.
pub fn of_event(f: &mut Findings, e: &Event) -> sled::Result<()> {
    let key = keys::entity_event(e.entity, e.seq);
    f.expect(T::EventsByEntity, &key, &[], &format!("event {}", e.seq))
}

/// Every entry of every index tree must be implied by the record it points to.
pub fn entries(f: &mut Findings) -> sled::Result<()> {
    let store = f.store;
    for t in INDEX_TREES {
        for item in store.tree(t).iter() {
            let (key, value) = item?;
            f.report.records += 1;
            f.tick();
            match verdict(store, t, &key, &value)? {
                Verdict::Implied => {}
                Verdict::Stray(points_to) => {
                    f.stray(t, &key, ProblemKind::StrayIndex, points_to)?
                }
                Verdict::Malformed => f.stray(t, &key, ProblemKind::MalformedIndex, "")?,
            }
        }
    }
    Ok(())
}

enum Verdict {
    /// The record it points to implies it, or cannot be read (reported with the record).
    Implied,
    /// Nothing implies it; the record it points to.
    Stray(String),
    /// Not of its tree's shape.
    Malformed,
}

enum Found<R> {
    Yes(R),
    No,
    Unreadable,
}

fn find<R: DeserializeOwned>(store: &Store, t: T, id: u64) -> sled::Result<Found<R>> {
    Ok(match store.tree(t).get(keys::id(id))? {
        None => Found::No,
        Some(v) => decode(&v).map_or(Found::Unreadable, Found::Yes),
    })
}

/// Whether the found record satisfies `ok`.
fn judge<R>(found: Found<R>, points_to: String, ok: impl FnOnce(&R) -> bool) -> Verdict {
    match found {
        Found::Yes(r) if ok(&r) => Verdict::Implied,
        Found::Unreadable => Verdict::Implied,
        _ => Verdict::Stray(points_to),
    }
}

fn verdict(store: &Store, t: T, key: &[u8], value: &[u8]) -> sled::Result<Verdict> {
    let u = |at| keys::u64_at(key, at);
    let pair = (key.len() == 16).then(|| u(0).zip(u(8))).flatten();
    let value_id = (value.len() == 8).then(|| keys::u64_at(value, 0)).flatten();
    let marker = value.is_empty();
    let deal = |id| label(EntityKind::Deal, id);
    Ok(match t {
        T::EventsByEntity => {
            let parts = (key.len() == 17)
                .then(|| entity_kind(key[0]).zip(u(1)).zip(u(9)))
                .flatten();
            match parts {
                Some(((kind, id), seq)) if marker => {
                    let entity = EntityRef { kind, id };
                    let found = find::<Event>(store, T::Events, seq)?;
                    judge(found, format!("event {seq}"), |e| {
                        e.entity == entity && e.seq == seq
                    })
                }
                _ => Verdict::Malformed,
            }
        }
        T::DealsByContact => match pair {
            Some((contact, d)) if marker => {
                judge(find::<Deal>(store, T::Deals, d)?, deal(d), |x| {
                    x.contact_id == contact
                })
            }
            _ => Verdict::Malformed,
        },
        T::DealsByCampaign => match pair {
            Some((campaign, d)) if marker => {
                judge(find::<Deal>(store, T::Deals, d)?, deal(d), |x| {
                    x.campaign_id == Some(campaign)
                })
            }
            _ => Verdict::Malformed,
        },
        T::CampaignMembers => match (pair, value_id) {
            (Some((campaign, contact)), Some(d)) => {
                judge(find::<Deal>(store, T::Deals, d)?, deal(d), |x| {
                    x.campaign_id == Some(campaign) && x.contact_id == contact
                })
            }
            _ => Verdict::Malformed,
        },
        T::PersonsByCompany => match pair {
            Some((company, p)) if marker => {
                let found = find::<Contact>(store, T::Contacts, p)?;
                judge(found, label(EntityKind::Contact, p), |x| {
                    x.company_id == Some(company)
                })
            }
            _ => Verdict::Malformed,
        },
        T::CampaignNames => match value_id {
            Some(c) => {
                let found = find::<Campaign>(store, T::Campaigns, c)?;
                judge(found, label(EntityKind::Campaign, c), |x| {
                    fold(&x.name).as_bytes() == key
                })
            }
            None => Verdict::Malformed,
        },
        T::TemplateNames => match value_id {
            Some(id) => {
                let found = find::<MessageTemplate>(store, T::Templates, id)?;
                judge(found, label(EntityKind::Template, id), |x| {
                    fold(&x.name).as_bytes() == key
                })
            }
            None => Verdict::Malformed,
        },
        // Not an index tree.
        _ => Verdict::Implied,
    })
}
