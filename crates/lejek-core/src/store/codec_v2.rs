//! Record format 2's layouts of the two structs format 3 changed (issue 20): a stored
//! version-2 `Deal` or `Contact` has no custom `fields`. bincode is not self-describing, so
//! those bodies are read through the old structs here and converted (with no custom
//! values); every other version-2 body is the same in version 3 and decodes as it is.

use std::any::TypeId;
use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::codec_body::{CodecError, as_t, decode_body};
use crate::model::{Contact, ContactKind, Deal, Id, Money};

/// A version-2 body as `T`: the old layout converted for the changed structs, the body as it
/// is for the rest.
pub(super) fn decode<T: DeserializeOwned + 'static>(body: &[u8]) -> Result<T, CodecError> {
    let want = TypeId::of::<T>();
    if want == TypeId::of::<Deal>() {
        let old: DealV2 = decode_body(body)?;
        return as_t(Deal::from(old));
    }
    if want == TypeId::of::<Contact>() {
        return as_t(contact(body)?);
    }
    decode_body(body)
}

/// A contact as formats 1 and 2 stored it (they did not differ).
pub(super) fn contact(body: &[u8]) -> Result<Contact, CodecError> {
    let old: ContactV2 = decode_body(body)?;
    Ok(Contact::from(old))
}

/// `Deal` as record format 2 stored it.
#[derive(Deserialize)]
pub(super) struct DealV2 {
    pub(super) id: Id,
    pub(super) contact_id: Id,
    pub(super) title: String,
    pub(super) offer: Option<String>,
    pub(super) description: Option<String>,
    pub(super) owner: String,
    pub(super) stage: u64,
    pub(super) source: Option<u64>,
    pub(super) value: Option<Money>,
    pub(super) next_activity: Option<NaiveDate>,
    pub(super) tags: Vec<String>,
    pub(super) campaign_id: Option<Id>,
    pub(super) loss_reason: Option<u64>,
    pub(super) created: DateTime<Utc>,
    pub(super) closed: Option<DateTime<Utc>>,
    pub(super) last_activity: DateTime<Utc>,
    pub(super) expected_close: Option<NaiveDate>,
}

impl From<DealV2> for Deal {
    fn from(d: DealV2) -> Deal {
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
            expected_close: d.expected_close,
            fields: BTreeMap::new(),
        }
    }
}

/// `Contact` as record formats 1 and 2 stored it.
#[derive(Deserialize)]
struct ContactV2 {
    id: Id,
    kind: ContactKind,
    name: String,
    company_id: Option<Id>,
    email: Option<String>,
    phone: Option<String>,
    city: Option<String>,
    address: Option<String>,
    nip: Option<String>,
    tags: Vec<String>,
    roles: Vec<u64>,
    status: Option<u64>,
    source: Option<u64>,
    end_reason: Option<u64>,
    ended: Option<NaiveDate>,
    created: DateTime<Utc>,
}

impl From<ContactV2> for Contact {
    fn from(c: ContactV2) -> Contact {
        Contact {
            id: c.id,
            kind: c.kind,
            name: c.name,
            company_id: c.company_id,
            email: c.email,
            phone: c.phone,
            city: c.city,
            address: c.address,
            nip: c.nip,
            tags: c.tags,
            roles: c.roles,
            status: c.status,
            source: c.source,
            end_reason: c.end_reason,
            ended: c.ended,
            created: c.created,
            fields: BTreeMap::new(),
        }
    }
}
