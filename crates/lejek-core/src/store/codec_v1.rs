//! Record format 1's layouts of the two structs format 2 changed (issue 19), and the
//! contact format 3 changed (through `codec_v2`): a stored
//! version-1 `Deal` has no `expected_close`, a `DictEntry` no `probability` or `rot_days`.
//! bincode is not self-describing, so those bodies are read through the old structs here and
//! converted; every other version-1 body is the same in version 2 and decodes as it is.

use std::any::TypeId;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::codec_body::{CodecError, as_t, decode_body};
use crate::model::{Contact, Deal, DictEntry, DictKind, Id, Money, StageKind};

/// A version-1 body as `T`: the old layout converted for the changed structs, the body as it
/// is for the rest.
pub(super) fn decode<T: DeserializeOwned + 'static>(body: &[u8]) -> Result<T, CodecError> {
    let want = TypeId::of::<T>();
    if want == TypeId::of::<Deal>() {
        let old: DealV1 = decode_body(body)?;
        return as_t(Deal::from(old));
    }
    if want == TypeId::of::<DictEntry>() {
        let old: DictEntryV1 = decode_body(body)?;
        return as_t(DictEntry::from(old));
    }
    if want == TypeId::of::<Contact>() {
        // Format 3 (issue 20) added custom fields to contacts; formats 1 and 2 agree.
        return as_t(super::codec_v2::contact(body)?);
    }
    decode_body(body)
}

/// `Deal` as record format 1 stored it.
#[derive(Deserialize)]
struct DealV1 {
    id: Id,
    contact_id: Id,
    title: String,
    offer: Option<String>,
    description: Option<String>,
    owner: String,
    stage: u64,
    source: Option<u64>,
    value: Option<Money>,
    next_activity: Option<NaiveDate>,
    tags: Vec<String>,
    campaign_id: Option<Id>,
    loss_reason: Option<u64>,
    created: DateTime<Utc>,
    closed: Option<DateTime<Utc>>,
    last_activity: DateTime<Utc>,
}

impl From<DealV1> for Deal {
    fn from(d: DealV1) -> Deal {
        Deal {
            id: d.id,
            contact_id: d.contact_id,
            title: d.title,
            offer: d.offer,
            description: d.description,
            owner: d.owner,
            stage: d.stage,
            source: d.source,
            value: d.value,
            next_activity: d.next_activity,
            tags: d.tags,
            campaign_id: d.campaign_id,
            loss_reason: d.loss_reason,
            created: d.created,
            closed: d.closed,
            last_activity: d.last_activity,
            expected_close: None,
            fields: BTreeMap::new(),
        }
    }
}

/// `DictEntry` as record format 1 stored it.
#[derive(Deserialize)]
struct DictEntryV1 {
    id: u64,
    kind: DictKind,
    name: String,
    position: u32,
    stage_kind: Option<StageKind>,
    retired: bool,
}

impl From<DictEntryV1> for DictEntry {
    fn from(e: DictEntryV1) -> DictEntry {
        DictEntry {
            id: e.id,
            kind: e.kind,
            name: e.name,
            position: e.position,
            stage_kind: e.stage_kind,
            retired: e.retired,
            probability: None,
            rot_days: None,
        }
    }
}
