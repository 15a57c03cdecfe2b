//! A fast path for reading many records (the reports'): borrowed mirrors of the stored `Deal`, `Contact`
//! and `Event` (record format version 1) that bincode decodes without allocating strings,
//! and a timestamp parser for the one RFC 3339 shape chrono writes.
//!
//! Why: on 300,000 deals the full decode (owned strings, three RFC 3339 parses per deal)
//! costs more than the sled scan itself. The mirrors must list the same fields in the same
//! order as the model: the tests below encode real records and read them back through the
//! mirrors. A record of another version, or one a mirror cannot read, takes the full decode;
//! and `RECORD_VERSION` changing fails `mirrors_match_the_record_version` on purpose, so the
//! mirrors are updated with the model.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::Deserialize;

use crate::model::{ContactKind, CustomValue, EntityRef};

/// The record format version these mirrors describe. Older bodies are the same but for the
/// deal's and the contact's: read through [`DealRefV2`], [`DealRefV1`] and [`ContactRefV2`].
pub const MIRRORED_VERSION: u8 = 3;

#[derive(Debug, Deserialize)]
pub struct MoneyRef<'a> {
    pub minor: i64,
    pub currency: &'a str,
}

#[derive(Debug, Deserialize)]
pub struct DealRef<'a> {
    pub id: u64,
    pub contact_id: u64,
    pub title: &'a str,
    #[serde(borrow)]
    pub offer: Option<&'a str>,
    #[serde(borrow)]
    pub _description: Option<&'a str>,
    pub owner: &'a str,
    pub stage: u64,
    pub source: Option<u64>,
    #[serde(borrow)]
    pub value: Option<MoneyRef<'a>>,
    #[serde(borrow)]
    pub next_activity: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Vec<&'a str>,
    pub campaign_id: Option<u64>,
    pub loss_reason: Option<u64>,
    pub created: &'a str,
    #[serde(borrow)]
    pub closed: Option<&'a str>,
    pub last_activity: &'a str,
    #[serde(borrow)]
    pub expected_close: Option<&'a str>,
    /// Custom field values (record format 3); a map is stored as a list of pairs.
    #[serde(borrow)]
    pub fields: Vec<(&'a str, CustomValue)>,
}

/// A deal as record format 2 stored it: [`DealRef`] without custom `fields`.
#[derive(Debug, Deserialize)]
pub struct DealRefV2<'a> {
    pub id: u64,
    pub contact_id: u64,
    pub title: &'a str,
    #[serde(borrow)]
    pub offer: Option<&'a str>,
    #[serde(borrow)]
    pub _description: Option<&'a str>,
    pub owner: &'a str,
    pub stage: u64,
    pub source: Option<u64>,
    #[serde(borrow)]
    pub value: Option<MoneyRef<'a>>,
    #[serde(borrow)]
    pub next_activity: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Vec<&'a str>,
    pub campaign_id: Option<u64>,
    pub loss_reason: Option<u64>,
    pub created: &'a str,
    #[serde(borrow)]
    pub closed: Option<&'a str>,
    pub last_activity: &'a str,
    #[serde(borrow)]
    pub expected_close: Option<&'a str>,
}

/// A deal as record format 1 stored it: [`DealRef`] without `expected_close`.
#[derive(Debug, Deserialize)]
pub struct DealRefV1<'a> {
    pub id: u64,
    pub contact_id: u64,
    pub title: &'a str,
    #[serde(borrow)]
    pub offer: Option<&'a str>,
    #[serde(borrow)]
    pub _description: Option<&'a str>,
    pub owner: &'a str,
    pub stage: u64,
    pub source: Option<u64>,
    #[serde(borrow)]
    pub value: Option<MoneyRef<'a>>,
    #[serde(borrow)]
    pub next_activity: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Vec<&'a str>,
    pub campaign_id: Option<u64>,
    pub loss_reason: Option<u64>,
    pub created: &'a str,
    #[serde(borrow)]
    pub closed: Option<&'a str>,
    pub last_activity: &'a str,
}

impl<'a> From<DealRefV2<'a>> for DealRef<'a> {
    fn from(d: DealRefV2<'a>) -> DealRef<'a> {
        DealRef {
            id: d.id,
            contact_id: d.contact_id,
            title: d.title,
            offer: d.offer,
            _description: d._description,
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
            fields: Vec::new(),
        }
    }
}

impl<'a> From<DealRefV1<'a>> for DealRef<'a> {
    fn from(d: DealRefV1<'a>) -> DealRef<'a> {
        DealRef {
            id: d.id,
            contact_id: d.contact_id,
            title: d.title,
            offer: d.offer,
            _description: d._description,
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
            fields: Vec::new(),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct ContactRef<'a> {
    pub id: u64,
    pub kind: ContactKind,
    pub name: &'a str,
    pub company_id: Option<u64>,
    #[serde(borrow)]
    pub email: Option<&'a str>,
    #[serde(borrow)]
    pub phone: Option<&'a str>,
    #[serde(borrow)]
    pub city: Option<&'a str>,
    #[serde(borrow)]
    pub _address: Option<&'a str>,
    #[serde(borrow)]
    pub nip: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Vec<&'a str>,
    pub roles: Vec<u64>,
    pub status: Option<u64>,
    pub source: Option<u64>,
    pub end_reason: Option<u64>,
    #[serde(borrow)]
    pub ended: Option<&'a str>,
    pub created: &'a str,
    /// Custom field values (record format 3).
    #[serde(borrow)]
    pub fields: Vec<(&'a str, CustomValue)>,
}

/// A contact as record formats 1 and 2 stored it: [`ContactRef`] without `fields`.
#[derive(Debug, Deserialize)]
pub struct ContactRefV2<'a> {
    pub id: u64,
    pub kind: ContactKind,
    pub name: &'a str,
    pub company_id: Option<u64>,
    #[serde(borrow)]
    pub email: Option<&'a str>,
    #[serde(borrow)]
    pub phone: Option<&'a str>,
    #[serde(borrow)]
    pub city: Option<&'a str>,
    #[serde(borrow)]
    pub _address: Option<&'a str>,
    #[serde(borrow)]
    pub nip: Option<&'a str>,
    #[serde(borrow)]
    pub tags: Vec<&'a str>,
    pub roles: Vec<u64>,
    pub status: Option<u64>,
    pub source: Option<u64>,
    pub end_reason: Option<u64>,
    #[serde(borrow)]
    pub ended: Option<&'a str>,
    pub created: &'a str,
}

impl<'a> From<ContactRefV2<'a>> for ContactRef<'a> {
    fn from(c: ContactRefV2<'a>) -> ContactRef<'a> {
        ContactRef {
            id: c.id,
            kind: c.kind,
            name: c.name,
            company_id: c.company_id,
            email: c.email,
            phone: c.phone,
            city: c.city,
            _address: c._address,
            nip: c.nip,
            tags: c.tags,
            roles: c.roles,
            status: c.status,
            source: c.source,
            end_reason: c.end_reason,
            ended: c.ended,
            created: c.created,
            fields: Vec::new(),
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct EventRef<'a> {
    pub _seq: u64,
    pub at: &'a str,
    pub actor: &'a str,
    pub entity: EntityRef,
    #[serde(borrow)]
    pub change: ChangeRef<'a>,
}

/// `model::Change`, variant for variant up to `DealCreated`. The later ones (messages,
/// removals) are rare and carry nothing a report reads: an event holding one fails this
/// mirror and takes the full decode.
#[derive(Debug, Deserialize)]
pub enum ChangeRef<'a> {
    Created {
        _summary: &'a str,
    },
    Field {
        _field: &'a str,
        #[serde(borrow)]
        _old: Option<&'a str>,
        #[serde(borrow)]
        _new: Option<&'a str>,
    },
    DictField {
        field: &'a str,
        _old: Option<u64>,
        new: Option<u64>,
    },
    Stage {
        _from: Option<u64>,
        to: u64,
    },
    Value {
        #[serde(borrow)]
        _old: Option<MoneyRef<'a>>,
        #[serde(borrow)]
        new: Option<MoneyRef<'a>>,
    },
    NoteAdded {
        _note_id: u64,
        _text: &'a str,
    },
    CommentAdded {
        comment_id: u64,
        _text: &'a str,
    },
    FileAttached {
        _attachment_id: u64,
        _name: &'a str,
    },
    TaskAdded {
        _task_id: u64,
        _title: &'a str,
    },
    TaskDone {
        _task_id: u64,
        _title: &'a str,
    },
    Linked {
        _to: EntityRef,
    },
    DealCreated {
        _title: &'a str,
        stage: u64,
        #[serde(borrow)]
        value: Option<MoneyRef<'a>>,
    },
}

/// Decode a stored envelope through a mirror; None when the version or the bytes are not
/// what the mirror describes (the caller then takes the full decode). Versions 1 and 2
/// differ only in the deal, whose two layouts have a mirror each; a body of the other
/// layout fails the length check below.
pub(super) fn decode<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Option<T> {
    let (&version, body) = bytes.split_first()?;
    if !(1..=MIRRORED_VERSION).contains(&version) {
        return None;
    }
    let (value, used) =
        bincode::serde::borrow_decode_from_slice(body, bincode::config::standard()).ok()?;
    (used == body.len()).then_some(value)
}

/// Seconds since the epoch of a stored UTC time. chrono writes `YYYY-MM-DDTHH:MM:SS`, an
/// optional fraction, then `Z`; that shape is read by hand, anything else by chrono.
pub fn parse_utc(s: &str) -> Option<i64> {
    fast_utc(s.as_bytes()).or_else(|| {
        s.parse::<DateTime<FixedOffset>>()
            .ok()
            .map(|t| t.timestamp())
    })
}

fn fast_utc(b: &[u8]) -> Option<i64> {
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    if b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let mut n = 0i64;
        for &c in b.get(r)? {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + i64::from(c - b'0');
        }
        Some(n)
    };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
    let mut rest = &b[19..];
    if let Some(frac) = rest.strip_prefix(b".") {
        let digits = frac.iter().take_while(|c| c.is_ascii_digit()).count();
        rest = &frac[digits..];
    }
    if rest != b"Z" && rest != b"+00:00" {
        return None;
    }
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) || h > 23 || mi > 59 || s > 60 {
        return None;
    }
    Some(days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A stored date (`2026-11-28`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    s.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Change, Contact, Deal, EntityKind, Event, Money};
    use crate::store::encode;
    use chrono::{TimeZone, Utc};

    fn t(s: i64) -> chrono::DateTime<Utc> {
        Utc.timestamp_opt(s, 0).single().expect("time")
    }

    #[test]
    fn mirrors_match_the_record_version() {
        assert_eq!(
            crate::store::codec::RECORD_VERSION,
            MIRRORED_VERSION,
            "the record format changed: update the mirrors in store/read/mirror.rs"
        );
    }

    #[test]
    fn deal_mirror_reads_a_stored_deal() {
        let deal = Deal {
            id: 7,
            contact_id: 3,
            title: "Druk ulotek".into(),
            offer: Some("ulotki".into()),
            description: Some("opis".into()),
            owner: "anna".into(),
            stage: 42,
            source: Some(9),
            value: Some(Money::new(123_456, "EUR")),
            next_activity: NaiveDate::from_ymd_opt(2026, 12, 1),
            tags: vec!["xmas".into(), "vip".into()],
            campaign_id: Some(2),
            loss_reason: Some(11),
            created: t(1_700_000_000) + chrono::Duration::nanoseconds(123_456_789),
            closed: Some(t(1_750_000_000)),
            last_activity: t(1_760_000_000),
            expected_close: NaiveDate::from_ymd_opt(2027, 1, 31),
            fields: [
                ("branza".to_owned(), CustomValue::Choice("transport".into())),
                ("waga".to_owned(), CustomValue::Number(12_500_000)),
            ]
            .into(),
        };
        let bytes = encode(&deal);
        assert!(decode::<DealRefV1>(&bytes).is_none(), "a v3 body is not v1");
        assert!(decode::<DealRefV2>(&bytes).is_none(), "a v3 body is not v2");
        let m: DealRef = decode(&bytes).expect("mirror decodes");
        assert_eq!(
            m.fields,
            vec![
                ("branza", CustomValue::Choice("transport".into())),
                ("waga", CustomValue::Number(12_500_000))
            ]
        );
        assert_eq!(m.expected_close, Some("2027-01-31"));
        assert_eq!((m.id, m.contact_id, m.owner, m.stage), (7, 3, "anna", 42));
        assert_eq!((m.source, m.loss_reason), (Some(9), Some(11)));
        let v = m.value.expect("value");
        assert_eq!((v.minor, v.currency), (123_456, "EUR"));
        assert_eq!(m.tags, vec!["xmas", "vip"]);
        assert_eq!(parse_utc(m.created), Some(1_700_000_000));
        assert_eq!(m.closed.and_then(parse_utc), Some(1_750_000_000));
    }

    /// A deal stored by record format 1 (the bytes of `fixtures/compat/v1-records.hex`'s
    /// deal) reads through the v1 mirror, not the v2 one, with no expected close date.
    #[test]
    fn deal_v1_mirror_reads_a_format_1_deal() {
        let hex = "012a0709556c6f746b6920413501044472756b01194477696520776572736a650a6b6f6c6f7279737479637a6e6504616e6e611f012801fc80c4030003504c4e010a323032362d31322d303101046472756b01020014323032362d30312d30355431303a30303a30305a0014323032362d31312d32385431323a30303a30305a";
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .filter_map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
            .collect();
        assert!(decode::<DealRef>(&bytes).is_none(), "a v1 body is not v2");
        let m: DealRef = decode::<DealRefV1>(&bytes).expect("v1 mirror").into();
        assert_eq!((m.id, m.contact_id, m.title), (42, 7, "Ulotki A5"));
        assert_eq!(m.expected_close, None);
    }

    #[test]
    fn contact_mirror_reads_a_stored_contact() {
        let c = Contact {
            id: 5,
            kind: ContactKind::Person,
            name: "Jan".into(),
            company_id: Some(1),
            email: Some("jan@example.pl".into()),
            phone: None,
            city: Some("Łódź".into()),
            address: None,
            nip: None,
            tags: vec!["a".into()],
            roles: vec![4, 5],
            status: Some(2),
            source: Some(8),
            end_reason: Some(13),
            ended: NaiveDate::from_ymd_opt(2026, 3, 31),
            created: t(1_600_000_000),
            fields: [("vip".to_owned(), CustomValue::Bool(true))].into(),
        };
        let bytes = encode(&c);
        assert!(
            decode::<ContactRefV2>(&bytes).is_none(),
            "a v3 body is not v2"
        );
        let m: ContactRef = decode(&bytes).expect("mirror decodes");
        assert_eq!(m.fields, vec![("vip", CustomValue::Bool(true))]);
        assert_eq!(
            (m.id, m.kind, m.source, m.end_reason),
            (5, ContactKind::Person, Some(8), Some(13))
        );
        assert_eq!(m.roles, vec![4, 5]);
        assert_eq!(m.tags, vec!["a"]);
        assert_eq!(
            m.ended.and_then(parse_date),
            NaiveDate::from_ymd_opt(2026, 3, 31)
        );
        assert_eq!(parse_utc(m.created), Some(1_600_000_000));
    }

    #[test]
    fn event_mirror_reads_every_change() {
        let entity = EntityRef {
            kind: EntityKind::Deal,
            id: 9,
        };
        let changes = vec![
            Change::Created {
                summary: "x".into(),
            },
            Change::Field {
                field: "title".into(),
                old: Some("a".into()),
                new: None,
            },
            Change::DictField {
                field: "loss_reason".into(),
                old: None,
                new: Some(4),
            },
            Change::Stage {
                from: Some(1),
                to: 2,
            },
            Change::Value {
                old: None,
                new: Some(Money::new(500, "PLN")),
            },
            Change::NoteAdded {
                note_id: 1,
                text: "n".into(),
            },
            Change::CommentAdded {
                comment_id: 1,
                text: "c".into(),
            },
            Change::FileAttached {
                attachment_id: 1,
                name: "f".into(),
            },
            Change::TaskAdded {
                task_id: 1,
                title: "t".into(),
            },
            Change::TaskDone {
                task_id: 1,
                title: "t".into(),
            },
            Change::Linked { to: entity },
            Change::DealCreated {
                title: "d".into(),
                stage: 3,
                value: Some(Money::new(500, "PLN")),
            },
        ];
        for change in changes {
            let ev = Event {
                seq: 77,
                at: t(1_650_000_000),
                actor: "bartek".into(),
                entity,
                change: change.clone(),
            };
            let bytes = encode(&ev);
            let m: EventRef = decode(&bytes).unwrap_or_else(|| panic!("{change:?}"));
            assert_eq!((m.actor, m.entity), ("bartek", entity));
            assert_eq!(parse_utc(m.at), Some(1_650_000_000));
            let variant = |s: String| s.split([' ', '{', '(']).next().unwrap_or("").to_owned();
            assert_eq!(
                variant(format!("{change:?}")),
                variant(format!("{:?}", m.change)),
                "variants in the same order"
            );
            match (&change, m.change) {
                (Change::Stage { to, .. }, ChangeRef::Stage { to: mt, .. }) => assert_eq!(*to, mt),
                (Change::Value { .. }, ChangeRef::Value { new, .. }) => {
                    assert_eq!(new.map(|m| m.minor), Some(500))
                }
                (Change::DictField { .. }, ChangeRef::DictField { field, new, .. }) => {
                    assert_eq!((field, new), ("loss_reason", Some(4)))
                }
                (Change::DealCreated { .. }, ChangeRef::DealCreated { stage, value, .. }) => {
                    assert_eq!((stage, value.map(|m| m.minor)), (3, Some(500)))
                }
                _ => {}
            }
        }
    }

    #[test]
    fn timestamps_parse_like_chrono() {
        for s in [
            "2026-03-31T21:30:00Z",
            "2026-03-31T22:30:00.5Z",
            "1999-12-31T23:59:59+00:00",
            "2024-02-29T00:00:00Z",
            "2026-03-31T23:30:00+02:00",
        ] {
            let want = s
                .parse::<DateTime<FixedOffset>>()
                .expect("chrono")
                .timestamp();
            assert_eq!(parse_utc(s), Some(want), "{s}");
        }
        assert_eq!(parse_utc("nonsense"), None);
    }
}
