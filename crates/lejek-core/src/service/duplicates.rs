//! Likely duplicate contacts (issue 20 item 2), for `lejek contact duplicates` and the
//! contact card. Contacts are grouped by their normalised keys (`duplicate_keys`) in hash
//! maps, so the work grows with the number of contacts, not with the number of pairs; the
//! groups are built once per generation of the data and kept.
//!
//! - Only contacts of the same kind pair up (a company is never merged into a person).
//! - Ended contacts are still listed: an old record of a customer lost years ago is as
//!   much a duplicate. Merged contacts (redirects) are not: they are gone from lists.
//! - A key shared by more than `MAX_GROUP` contacts (a switchboard's number, an office's
//!   common e-mail) is evidence of nothing and makes no pairs.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::duplicate_keys::{email_key, name_key, phone_key};
use super::{Result, Service};
use crate::model::{ContactKind, Id};
use crate::read_model::ReadModel;

/// A key shared by more contacts than this makes no pairs.
pub const MAX_GROUP: usize = 20;

/// Why two contacts look like one: the key they share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DuplicateReason {
    Nip,
    Email,
    Phone,
    Name,
}

impl DuplicateReason {
    pub const ALL: [DuplicateReason; 4] = [
        DuplicateReason::Nip,
        DuplicateReason::Email,
        DuplicateReason::Phone,
        DuplicateReason::Name,
    ];

    /// The name in JSON and the catalogue's key suffix (`dupes.reason.nip`).
    pub fn as_str(self) -> &'static str {
        match self {
            DuplicateReason::Nip => "nip",
            DuplicateReason::Email => "email",
            DuplicateReason::Phone => "phone",
            DuplicateReason::Name => "name",
        }
    }

    /// How much the reason counts: a NIP is a firm's identity, a name alone a hint.
    pub fn weight(self) -> u32 {
        match self {
            DuplicateReason::Nip => 90,
            DuplicateReason::Email => 60,
            DuplicateReason::Phone => 50,
            DuplicateReason::Name => 40,
        }
    }
}

/// The score of a set of reasons: their weights added, at most 100.
pub fn score(reasons: &[DuplicateReason]) -> u32 {
    reasons.iter().map(|r| r.weight()).sum::<u32>().min(100)
}

/// A likely pair: `keep` is the lower id (the older record), `other` the higher.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicatePair {
    pub keep: Id,
    pub other: Id,
    pub keep_name: String,
    pub other_name: String,
    pub score: u32,
    /// In the order of `DuplicateReason::ALL`.
    pub reasons: Vec<DuplicateReason>,
}

/// A likely duplicate of one contact (its card's line).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicateCandidate {
    pub id: Id,
    pub name: String,
    pub score: u32,
    pub reasons: Vec<DuplicateReason>,
}

/// A key as grouped: its reason, whether the contact is a company (only one kind pairs
/// up), the normalised text.
type Key = (DuplicateReason, bool, String);

/// The live contacts grouped by each key, with each contact's own keys.
#[derive(Default)]
struct Groups {
    by: HashMap<Key, Vec<Id>>,
    keys: HashMap<Id, Vec<Key>>,
}

impl Groups {
    fn build(m: &ReadModel) -> Groups {
        let mut g = Groups::default();
        for c in &m.data.contacts {
            if m.is_merged(c.id) {
                continue;
            }
            let mut mine = Vec::new();
            let mut add = |r: DuplicateReason, k: Option<String>| {
                if let Some(k) = k {
                    mine.push((r, c.kind == ContactKind::Company, k));
                }
            };
            add(DuplicateReason::Nip, c.nip.as_deref().map(str::to_owned));
            add(
                DuplicateReason::Email,
                c.email.as_deref().and_then(email_key),
            );
            add(
                DuplicateReason::Phone,
                c.phone.as_deref().and_then(phone_key),
            );
            add(DuplicateReason::Name, name_key(&c.name));
            for k in &mine {
                g.by.entry(k.clone()).or_default().push(c.id);
            }
            g.keys.insert(c.id, mine);
        }
        g
    }

    /// The groups that make pairs: two or more, and not too many.
    fn groups(&self) -> impl Iterator<Item = (DuplicateReason, &Vec<Id>)> {
        self.by
            .iter()
            .filter(|(_, ids)| (2..=MAX_GROUP).contains(&ids.len()))
            .map(|((r, _, _), ids)| (*r, ids))
    }
}

fn sorted(mut reasons: Vec<DuplicateReason>) -> Vec<DuplicateReason> {
    reasons.sort();
    reasons.dedup();
    reasons
}

impl Service {
    fn duplicate_groups(&self, m: &ReadModel) -> Arc<Groups> {
        let generation = self.generation();
        if let Some(g) = self.cached::<Arc<Groups>>("duplicates", generation) {
            return g;
        }
        let g = Arc::new(Groups::build(m));
        self.keep("duplicates".into(), generation, g.clone());
        g
    }

    /// Every likely pair of duplicate contacts scoring at least `min_score`, best first
    /// (then by `keep`, then `other`), each pair once.
    pub fn duplicate_pairs(&self, min_score: u32) -> Result<Vec<DuplicatePair>> {
        self.with_model(|m| {
            let g = self.duplicate_groups(m);
            let mut pairs: BTreeMap<(Id, Id), Vec<DuplicateReason>> = BTreeMap::new();
            for (reason, ids) in g.groups() {
                for (i, a) in ids.iter().enumerate() {
                    for b in &ids[i + 1..] {
                        let key = ((*a).min(*b), (*a).max(*b));
                        pairs.entry(key).or_default().push(reason);
                    }
                }
            }
            let mut out: Vec<DuplicatePair> = pairs
                .into_iter()
                .map(|((keep, other), reasons)| {
                    let reasons = sorted(reasons);
                    DuplicatePair {
                        keep,
                        other,
                        keep_name: m.contact_name(keep).into_owned(),
                        other_name: m.contact_name(other).into_owned(),
                        score: score(&reasons),
                        reasons,
                    }
                })
                .filter(|p| p.score >= min_score)
                .collect();
            out.sort_by(|a, b| {
                b.score
                    .cmp(&a.score)
                    .then(a.keep.cmp(&b.keep))
                    .then(a.other.cmp(&b.other))
            });
            Ok(out)
        })
    }

    /// The likely duplicates of contact `id` (of the contact it was merged into), best
    /// first: a look-up of its own keys, not a search of all pairs.
    pub fn duplicates_of(&self, id: Id) -> Result<Vec<DuplicateCandidate>> {
        let id = self.live_contact(id)?;
        self.with_model(|m| {
            let g = self.duplicate_groups(m);
            let mut found: BTreeMap<Id, Vec<DuplicateReason>> = BTreeMap::new();
            for key in g.keys.get(&id).into_iter().flatten() {
                let Some(ids) = g.by.get(key) else { continue };
                if ids.len() > MAX_GROUP {
                    continue;
                }
                for other in ids.iter().filter(|o| **o != id) {
                    found.entry(*other).or_default().push(key.0);
                }
            }
            let mut out: Vec<DuplicateCandidate> = found
                .into_iter()
                .map(|(other, reasons)| {
                    let reasons = sorted(reasons);
                    DuplicateCandidate {
                        id: other,
                        name: m.contact_name(other).into_owned(),
                        score: score(&reasons),
                        reasons,
                    }
                })
                .collect();
            out.sort_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(&b.id)));
            Ok(out)
        })
    }
}
