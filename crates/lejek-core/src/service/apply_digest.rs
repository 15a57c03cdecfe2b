//! What the daily digest keeps in the database (issue 19 item 7): a user's e-mail address
//! (the `User` record has none, and its stored layout stays as it is) and, per user and
//! day, that their digest was claimed or sent, so a second `digest --send` the same day,
//! from any machine, sends nothing.
//!
//! Kept in the meta tree like the write requests (`requests.rs`): no new tree, so backup,
//! restore, check and upgrades carry them already. `user_email:<login>` holds the address;
//! `digest:<login>\0<YYYY-MM-DD>` the claim.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::apply_template::CLAIM_STALE;
use super::plan::Plan;
use super::{Result, Service, invalid, validate};
use crate::model::{Change, EntityKind, EntityRef, User};
use crate::store::T;

const EMAIL_PREFIX: &str = "user_email:";
const DIGEST_PREFIX: &str = "digest:";

/// A day's digest of one user.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum DigestClaim {
    /// Being sent since then; a claim older than `CLAIM_STALE` is taken over (its sender
    /// died before it could say how the send ended).
    Pending {
        since: DateTime<Utc>,
    },
    Sent {
        at: DateTime<Utc>,
    },
}

fn email_key(login: &str) -> Vec<u8> {
    format!("{EMAIL_PREFIX}{login}").into_bytes()
}

fn digest_key(login: &str, day: NaiveDate) -> Vec<u8> {
    format!("{DIGEST_PREFIX}{login}\0{day}").into_bytes()
}

impl Service {
    /// The e-mail address the digest of `login` goes to, if one was set.
    pub fn user_email(&self, login: &str) -> Result<Option<String>> {
        match self.store().tree(T::Meta).get(email_key(login))? {
            Some(v) => Ok(Some(crate::store::decode(&v)?)),
            None => Ok(None),
        }
    }
}

/// `SetUserEmail`: set or clear (`None`, or an empty text) the address of user `login`.
pub fn set_email(plan: &mut Plan, login: &str, email: Option<String>) -> Result<Option<u64>> {
    if plan.get::<User>(T::Users, login.as_bytes())?.is_none() {
        return Err(invalid("err.actor_unknown", &[&login]));
    }
    let email = validate::email(email.as_deref())?;
    let old = plan.get::<String>(T::Meta, &email_key(login))?;
    if old == email {
        return Ok(None);
    }
    match &email {
        Some(e) => plan.put(T::Meta, email_key(login), e),
        None => plan.remove(T::Meta, email_key(login)),
    }
    // Users' changes are on the users' record of history, as name and admin changes are.
    let on = EntityRef {
        kind: EntityKind::User,
        id: 0,
    };
    plan.event(
        on,
        Change::Field {
            field: format!("email {login}"),
            old,
            new: email,
        },
    )?;
    Ok(None)
}

/// `ClaimDigest`: take the actor's digest of `day`. The outcome's id is 1 when taken; when
/// it was sent before, or another run is sending it, nothing is written and the id is None.
pub fn claim(plan: &mut Plan, day: NaiveDate) -> Result<Option<u64>> {
    let key = digest_key(&plan.actor.login, day);
    let taken = match plan.get::<DigestClaim>(T::Meta, &key)? {
        None => false,
        Some(DigestClaim::Sent { .. }) => true,
        Some(DigestClaim::Pending { since }) => plan.actor.at - since < CLAIM_STALE,
    };
    if taken {
        return Ok(None);
    }
    let since = plan.actor.at;
    plan.put(T::Meta, key, &DigestClaim::Pending { since });
    Ok(Some(1))
}

/// `SettleDigest`: after the send, the claim becomes sent, or is released when the send
/// failed so the next run tries again.
pub fn settle(plan: &mut Plan, day: NaiveDate, sent: bool) -> Result<Option<u64>> {
    let key = digest_key(&plan.actor.login, day);
    if sent {
        let at = plan.actor.at;
        plan.put(T::Meta, key, &DigestClaim::Sent { at });
    } else {
        plan.remove(T::Meta, key);
    }
    Ok(None)
}
