//! Notes and comments changed or removed after they were written (issue 18 item 5): by
//! their author (an admin may remove too), with the old text in the record's history.

use super::access::Role;
use super::apply_journal::record;
use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{Change, Comment, Id, Note};
use crate::store::{T, keys};

/// Refuse anyone but the author; an admin may remove (a colleague's note that must go: a
/// wrong customer's data), never reword what someone else wrote.
fn may_change(plan: &Plan, author: &str, removing: bool) -> Result<()> {
    if author == plan.actor.login {
        return Ok(());
    }
    if removing && plan.svc.role(&plan.actor.login, false)? == Role::Admin {
        return Ok(());
    }
    let key = if removing {
        "err.not_your_text_remove"
    } else {
        "err.not_your_text_edit"
    };
    Err(invalid(key, &[&author]))
}

fn load_note(plan: &Plan, id: Id) -> Result<Note> {
    plan.get(T::Notes, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_note", &[&id]))
}

fn load_comment(plan: &Plan, id: Id) -> Result<Comment> {
    plan.get(T::Comments, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_comment", &[&id]))
}

pub fn edit_note(plan: &mut Plan, id: Id, text: String) -> Result<Option<u64>> {
    let mut n = load_note(plan, id)?;
    may_change(plan, &n.author, false)?;
    let text = validate::required_text("col.text", &text)?;
    if text == n.text {
        return Ok(Some(id));
    }
    let old = std::mem::replace(&mut n.text, text.clone());
    plan.put(T::Notes, keys::id(id), &n);
    let change = Change::NoteEdited {
        note_id: id,
        old,
        new: text,
    };
    record(plan, n.on, change)?;
    Ok(Some(id))
}

pub fn remove_note(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let n = load_note(plan, id)?;
    may_change(plan, &n.author, true)?;
    plan.remove(T::Notes, keys::id(id).to_vec());
    let change = Change::NoteRemoved {
        note_id: id,
        text: n.text,
    };
    record(plan, n.on, change)?;
    Ok(Some(id))
}

pub fn edit_comment(plan: &mut Plan, id: Id, text: String) -> Result<Option<u64>> {
    let mut c = load_comment(plan, id)?;
    may_change(plan, &c.author, false)?;
    let text = validate::required_text("col.text", &text)?;
    if text == c.text {
        return Ok(Some(id));
    }
    let old = std::mem::replace(&mut c.text, text.clone());
    plan.put(T::Comments, keys::id(id), &c);
    let change = Change::CommentEdited {
        comment_id: id,
        old,
        new: text,
    };
    record(plan, c.on, change)?;
    Ok(Some(id))
}

pub fn remove_comment(plan: &mut Plan, id: Id) -> Result<Option<u64>> {
    let c = load_comment(plan, id)?;
    may_change(plan, &c.author, true)?;
    plan.remove(T::Comments, keys::id(id).to_vec());
    let change = Change::CommentRemoved {
        comment_id: id,
        text: c.text,
    };
    record(plan, c.on, change)?;
    Ok(Some(id))
}
