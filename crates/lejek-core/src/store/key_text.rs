//! A stored key as people read it in `check`'s problems, a walk's damage and a restore's
//! refusal: `17`, `(3, 17)`, `(deal, 5, 42)`, or hex when it has no known shape. Below
//! `check`, `walk` and `backup`, which all name keys (issue 16 item 2: no circle among them).

use super::tree::T;
use super::{event_log, keys};
use crate::model::{DictKind, EntityKind};

/// A key as its tree lays it out (src/store/keys.rs).
pub fn describe_key(t: T, key: &[u8]) -> String {
    let u = |at| keys::u64_at(key, at);
    let shaped = match (t, key.len()) {
        (T::Meta | T::Users | T::CampaignNames | T::TemplateNames, _) => {
            std::str::from_utf8(key).ok().map(str::to_owned)
        }
        (
            T::Contacts
            | T::Deals
            | T::Campaigns
            | T::Tasks
            | T::Notes
            | T::Comments
            | T::Attachments
            | T::DealsByContact,
            8,
        ) => u(0).map(|id| id.to_string()),
        (T::EventLog, 8) => u(0).map(|n| {
            let per = event_log::EVENTS_PER_KEY;
            format!("{}..{}", n * per, n * per + per - 1)
        }),
        (T::DealsByContact | T::DealsByCampaign | T::CampaignMembers | T::PersonsByCompany, 16) => {
            u(0).zip(u(8)).map(|(a, b)| format!("({a}, {b})"))
        }
        (T::Events | T::EventLog, 17) => EntityKind::from_code(key[0])
            .zip(u(1).zip(u(9)))
            .map(|(k, (id, seq))| format!("({}, {id}, {seq})", k.as_str())),
        (T::Dicts, 9) => DictKind::ALL
            .into_iter()
            .find(|k| k.code() == key[0])
            .zip(u(1))
            .map(|(k, id)| format!("({}, {id})", k.as_str())),
        (T::Inbox, n) if n > 9 && key[n - 9] == 0 => {
            let login = String::from_utf8_lossy(&key[..n - 9]);
            u(n - 8).map(|seq| format!("({login}, {seq})"))
        }
        _ => None,
    };
    shaped.unwrap_or_else(|| {
        let hex: String = key.iter().map(|b| format!("{b:02x}")).collect();
        format!("0x{hex}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityRef;

    #[test]
    fn keys_read_as_their_tree_lays_them_out() {
        assert_eq!(describe_key(T::Deals, &keys::id(17)), "17");
        assert_eq!(
            describe_key(T::DealsByContact, &keys::pair(3, 17)),
            "(3, 17)"
        );
        let e = EntityRef {
            kind: EntityKind::Deal,
            id: 5,
        };
        assert_eq!(
            describe_key(T::Events, &keys::event(e, 42)),
            "(deal, 5, 42)"
        );
        assert_eq!(describe_key(T::EventLog, &keys::id(2)), "128..191");
        assert_eq!(describe_key(T::DealsByContact, &keys::id(3)), "3");
        assert_eq!(describe_key(T::Inbox, &keys::inbox("anna", 9)), "(anna, 9)");
        assert_eq!(
            describe_key(T::Dicts, &keys::dict(DictKind::DealStage, 4)),
            "(deal-stage, 4)"
        );
        assert_eq!(describe_key(T::Deals, &[1, 2]), "0x0102");
    }
}
