//! The index trees: which entries each record implies (the keys the service's commands
//! write, src/service/apply_*.rs and plan.rs), and whether each entry present is implied by
//! the record it points to.

use serde::de::DeserializeOwned;

use super::problem::label;
use super::{Findings, ProblemKind};
use crate::model::{Campaign, Contact, Deal, EntityKind, EntityRef, Event, MessageTemplate};
use crate::store::key_text::describe_key;
use crate::store::{Store, T, decode, event_log, id_set, keys};
use crate::text::fold;

/// The trees derived from records with one key per entry, which a repair rebuilds.
pub const INDEX_TREES: [T; 5] = [
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
    f.expect_in(
        T::DealsByContact,
        &keys::id(d.contact_id),
        Member::Id(d.id),
        &me,
    )?;
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

/// An event has its place in the order of all events.
pub fn of_event(f: &mut Findings, e: &Event) -> sled::Result<()> {
    let member = Member::Event(e.seq, e.entity);
    f.expect_in(
        T::EventLog,
        &event_log::key(e.seq),
        member,
        &format!("event {}", e.seq),
    )
}

/// Every member of every packed index value (`event_log`, `contact_deals`) must be implied
/// by the record it points to; a value that is not of its tree's shape is malformed whole.
pub fn packed_entries(f: &mut Findings) -> sled::Result<()> {
    let store = f.store;
    for t in [T::EventLog, T::DealsByContact] {
        for item in f.walk(t) {
            let (key, value) = item?;
            f.report.records += 1;
            f.tick();
            let members = match t {
                T::EventLog => event_log::entries(&value)
                    .filter(|es| es.iter().all(|(seq, _)| event_log::key(*seq) == *key))
                    .map(|es| es.into_iter().map(|(s, on)| Member::Event(s, on)).collect()),
                _ => id_set::ids(&value)
                    .filter(|ids| !ids.is_empty())
                    .map(|ids| ids.into_iter().map(Member::Id).collect::<Vec<_>>()),
            };
            let (Some(members), Some(parent)) = (members, keys::u64_at(&key, 0)) else {
                f.stray(t, &key, ProblemKind::MalformedIndex, "")?;
                continue;
            };
            let mut kept = Vec::with_capacity(members.len());
            for m in members {
                match member_verdict(store, parent, m)? {
                    Verdict::Stray(points_to) => f.stray_member(t, &key, m, points_to),
                    // A member has no shape of its own to get wrong: the value was checked.
                    Verdict::Implied | Verdict::Malformed => kept.push(m),
                }
            }
            f.keep_members(t, &key, &kept)?;
        }
    }
    Ok(())
}

/// One entry of a packed index value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Member {
    /// An event's place in the log: (seq, record).
    Event(u64, EntityRef),
    /// An id in a set (a contact's deal).
    Id(u64),
}

impl Member {
    /// Whether the stored value holds this member (a damaged value holds none).
    pub fn is_in(self, value: &[u8]) -> bool {
        match self {
            Member::Event(seq, on) => {
                event_log::entries(value).is_some_and(|es| es.contains(&(seq, on)))
            }
            Member::Id(id) => id_set::ids(value).is_some_and(|ids| ids.contains(&id)),
        }
    }

    /// The value with this member added.
    pub fn add_to(self, value: Option<&[u8]>) -> Vec<u8> {
        match self {
            Member::Event(seq, on) => {
                // A damaged value is replaced (`packed_entries` reported it).
                let old = value.filter(|v| event_log::entries(v).is_some());
                event_log::with_entry(old, seq, on)
            }
            Member::Id(id) => id_set::with(value, id),
        }
    }

    /// The packed value of these members.
    pub fn value_of(t: T, members: &[Member]) -> Vec<u8> {
        match t {
            T::EventLog => {
                let run: Vec<(u64, EntityRef)> = members
                    .iter()
                    .filter_map(|m| match m {
                        Member::Event(s, on) => Some((*s, *on)),
                        Member::Id(_) => None,
                    })
                    .collect();
                event_log::value_of(&run)
            }
            _ => {
                let ids: Vec<u64> = members
                    .iter()
                    .filter_map(|m| match m {
                        Member::Id(id) => Some(*id),
                        Member::Event(..) => None,
                    })
                    .collect();
                id_set::value_of(&ids)
            }
        }
    }

    /// How a problem names it: the event's key, or the (contact, deal) pair.
    pub fn shown(self, t: T, parent_key: &[u8]) -> String {
        match self {
            Member::Event(seq, on) => describe_key(t, &keys::event(on, seq)),
            Member::Id(id) => {
                let parent = keys::u64_at(parent_key, 0).unwrap_or_default();
                format!("({parent}, {id})")
            }
        }
    }
}

/// Whether the record a packed member points to implies it.
fn member_verdict(store: &Store, parent: u64, m: Member) -> sled::Result<Verdict> {
    Ok(match m {
        Member::Event(seq, on) => judge(
            find_at::<Event>(store, T::Events, &keys::event(on, seq))?,
            format!("event {seq}"),
            |e| e.seq == seq && e.entity == on,
        ),
        Member::Id(d) => judge(
            find::<Deal>(store, T::Deals, d)?,
            label(EntityKind::Deal, d),
            |x| x.contact_id == parent,
        ),
    })
}

/// Every entry of every index tree must be implied by the record it points to.
pub fn entries(f: &mut Findings) -> sled::Result<()> {
    let store = f.store;
    for t in INDEX_TREES {
        for item in f.walk(t) {
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

fn find<R: DeserializeOwned + 'static>(store: &Store, t: T, id: u64) -> sled::Result<Found<R>> {
    find_at(store, t, &keys::id(id))
}

fn find_at<R: DeserializeOwned + 'static>(
    store: &Store,
    t: T,
    key: &[u8],
) -> sled::Result<Found<R>> {
    Ok(match store.tree(t).get(key)? {
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
