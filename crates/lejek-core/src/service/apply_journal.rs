//! Notes, discussion comments and attached files on deals, campaigns and contacts (D10, K2, K3).

use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{Attachment, Change, Comment, EntityKind, EntityRef, Note};
use crate::store::{T, keys};

/// The record must exist; notes also go on contacts, comments and files on deals and
/// campaigns (contacts too: a signed contract belongs on the customer).
fn require_target(plan: &Plan, on: EntityRef) -> Result<()> {
    let (tree, key) = match on.kind {
        EntityKind::Deal => (T::Deals, "err.no_deal"),
        EntityKind::Campaign => (T::Campaigns, "err.no_campaign"),
        EntityKind::Contact => (T::Contacts, "err.no_contact"),
        _ => return Err(invalid("err.bad_target", &[&on.kind.as_str()])),
    };
    if !plan.exists(tree, &keys::id(on.id))? {
        return Err(invalid(key, &[&on.id]));
    }
    Ok(())
}

/// The event goes on the deal (bumping last activity, notifying the owner) or on the record.
pub(super) fn record(plan: &mut Plan, on: EntityRef, change: Change) -> Result<()> {
    if on.kind == EntityKind::Deal {
        plan.touch_deal(on.id, change)?;
    } else {
        plan.event(on, change)?;
    }
    Ok(())
}

pub fn note(plan: &mut Plan, on: EntityRef, text: String) -> Result<Option<u64>> {
    require_target(plan, on)?;
    let text = validate::required_text("col.text", &text)?;
    let n = Note {
        id: plan.next_id("note")?,
        on,
        author: plan.actor.login.clone(),
        text: text.clone(),
        created: plan.actor.at,
    };
    plan.put(T::Notes, keys::id(n.id), &n);
    record(
        plan,
        on,
        Change::NoteAdded {
            note_id: n.id,
            text,
        },
    )?;
    Ok(Some(n.id))
}

pub fn comment(plan: &mut Plan, on: EntityRef, text: String) -> Result<Option<u64>> {
    require_target(plan, on)?;
    let text = validate::required_text("col.text", &text)?;
    let c = Comment {
        id: plan.next_id("comment")?,
        on,
        author: plan.actor.login.clone(),
        text: text.clone(),
        created: plan.actor.at,
    };
    plan.put(T::Comments, keys::id(c.id), &c);
    record(
        plan,
        on,
        Change::CommentAdded {
            comment_id: c.id,
            text,
        },
    )?;
    Ok(Some(c.id))
}

pub fn attach(
    plan: &mut Plan,
    on: EntityRef,
    name: String,
    sha256: String,
    size: u64,
) -> Result<Option<u64>> {
    require_target(plan, on)?;
    let name = validate::required_line("col.name", &name)?;
    if !super::files::is_stored(&plan.svc.store().files_dir(), &sha256) {
        return Err(invalid("err.file_not_stored", &[&name]));
    }
    let a = Attachment {
        id: plan.next_id("attachment")?,
        on,
        name: name.clone(),
        sha256,
        size,
        added_by: plan.actor.login.clone(),
        created: plan.actor.at,
    };
    plan.put(T::Attachments, keys::id(a.id), &a);
    record(
        plan,
        on,
        Change::FileAttached {
            attachment_id: a.id,
            name,
        },
    )?;
    Ok(Some(a.id))
}
