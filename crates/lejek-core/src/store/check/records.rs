//! The record trees: every value decodes as its tree's record and sits under its own key,
//! and the index entries it implies exist. Also the highest id of each kind, for the
//! counters.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use super::{Findings, ProblemKind, indexes};
use crate::model::{
    Attachment, Campaign, Comment, Contact, Deal, DictEntry, FieldDef, MessageTemplate, Note,
    SendClaim, Task, User,
};
use crate::store::key_text::describe_key;
use crate::store::{T, decode, keys};

/// Highest id in use per counter name (`keys::counter`).
pub type Highest = BTreeMap<&'static str, u64>;

/// Decode every value of `t` as `R`; report those that do not decode and give the rest to
/// `visit`.
pub fn each<R: DeserializeOwned + 'static>(
    f: &mut Findings,
    t: T,
    mut visit: impl FnMut(&mut Findings, &[u8], R) -> sled::Result<()>,
) -> sled::Result<()> {
    for item in f.walk(t) {
        let (key, value) = item?;
        f.report.records += 1;
        f.tick();
        match decode::<R>(&value) {
            Ok(r) => visit(f, &key, r)?,
            Err(e) => f.problem(ProblemKind::Undecodable, t, &key, e.to_string()),
        }
    }
    Ok(())
}

/// A record whose key is not `own`.
pub fn own_key(f: &mut Findings, t: T, key: &[u8], own: &[u8]) {
    if key != own {
        let own = describe_key(t, own);
        f.problem(ProblemKind::Misplaced, t, key, own);
    }
}

/// Check a tree of records keyed by id; `then` sees each that decodes.
fn by_id<R: DeserializeOwned + 'static>(
    f: &mut Findings,
    highest: &mut Highest,
    t: T,
    counter: &'static str,
    id: impl Fn(&R) -> u64,
    mut then: impl FnMut(&mut Findings, &R) -> sled::Result<()>,
) -> sled::Result<()> {
    let top = highest.entry(counter).or_default();
    each::<R>(f, t, |f, key, r| {
        let rid = id(&r);
        own_key(f, t, key, &keys::id(rid));
        *top = (*top).max(rid);
        then(f, &r)
    })
}

pub fn walk(f: &mut Findings) -> sled::Result<Highest> {
    let mut highest = Highest::new();
    each::<User>(f, T::Users, |f, key, u| {
        own_key(f, T::Users, key, u.login.as_bytes());
        Ok(())
    })?;
    let dicts = highest.entry("dict").or_default();
    each::<DictEntry>(f, T::Dicts, |f, key, e| {
        own_key(f, T::Dicts, key, &keys::dict(e.kind, e.id));
        *dicts = (*dicts).max(e.id);
        Ok(())
    })?;
    let h = &mut highest;
    by_id::<Contact>(f, h, T::Contacts, "contact", |c| c.id, indexes::of_contact)?;
    by_id::<Deal>(f, h, T::Deals, "deal", |d| d.id, indexes::of_deal)?;
    by_id::<Campaign>(
        f,
        h,
        T::Campaigns,
        "campaign",
        |c| c.id,
        indexes::of_campaign,
    )?;
    by_id::<Task>(f, h, T::Tasks, "task", |t| t.id, nothing)?;
    by_id::<Note>(f, h, T::Notes, "note", |n| n.id, nothing)?;
    by_id::<Comment>(f, h, T::Comments, "comment", |c| c.id, nothing)?;
    by_id::<Attachment>(f, h, T::Attachments, "attachment", |a| a.id, nothing)?;
    by_id::<MessageTemplate>(
        f,
        h,
        T::Templates,
        "template",
        |t| t.id,
        indexes::of_template,
    )?;
    // Custom field definitions (issue 20): keyed by id, counted by `field`.
    by_id::<FieldDef>(f, h, T::Fields, "field", |d| d.id, nothing)?;
    // A send claim is keyed (template, deal); it must decode, and its shape is all there is.
    each::<SendClaim>(f, T::Sends, |f, key, _| {
        if key.len() != 16 {
            f.problem(ProblemKind::MalformedIndex, T::Sends, key, "");
        }
        Ok(())
    })?;
    Ok(highest)
}

/// Records that imply no index entry.
fn nothing<R>(_: &mut Findings, _: &R) -> sled::Result<()> {
    Ok(())
}
