//! Template and send commands (D12). A template's placeholders are checked when it is
//! saved, so a send never meets an unknown one. Sends are recorded on the deal after the
//! transport answered; campaign sends claim (template, deal) first so a re-run, or a
//! second cron job at the same time, never sends twice.

use chrono::Duration;

use super::command::{TemplateDraft, TemplatePatch};
use super::plan::Plan;
use super::validate;
use super::{Error, Result, invalid};
use crate::i18n::Message;
use crate::model::{
    Change, EntityKind, EntityRef, Id, MAX_TEXT, MessageKind, MessageTemplate, SendClaim,
    SentMessage, StoredFile,
};
use crate::store::{T, keys};
use crate::template::{PLACEHOLDERS, Template, TemplateError};
use crate::text::fold;

/// A claim older than this belongs to a sender that died before recording its result; it
/// is taken over. Long enough for any SMTP conversation, short enough for an hourly cron.
pub const CLAIM_STALE: Duration = Duration::minutes(10);

/// Most default attachments a template may carry.
const MAX_ATTACHMENTS: usize = 20;

fn entity(id: Id) -> EntityRef {
    EntityRef {
        kind: EntityKind::Template,
        id,
    }
}

/// A placeholder mistake as the user's message: which field, where, and what is allowed.
fn placeholder_error(field: &'static str, e: TemplateError) -> Error {
    let m = match e {
        TemplateError::Unknown { name, line, column } => Message::new("err.template_unknown")
            .arg(field)
            .arg(line)
            .arg(column)
            .arg(name)
            .arg(PLACEHOLDERS.join(", ")),
        TemplateError::Unclosed { line, column } => Message::new("err.template_unclosed")
            .arg(field)
            .arg(line)
            .arg(column),
    };
    Error::Invalid(m)
}

pub(super) fn checked_body(body: &str) -> Result<String> {
    let body = validate::required_text("col.body", body)?;
    Template::parse(&body).map_err(|e| placeholder_error("col.body", e))?;
    Ok(body)
}

pub(super) fn checked_subject(kind: MessageKind, subject: Option<&str>) -> Result<Option<String>> {
    match kind {
        MessageKind::Sms => match subject.map(str::trim) {
            None | Some("") => Ok(None),
            Some(_) => Err(invalid("err.sms_subject", &[])),
        },
        MessageKind::Email => {
            let s = validate::required_line("col.subject", subject.unwrap_or(""))?;
            Template::parse(&s).map_err(|e| placeholder_error("col.subject", e))?;
            Ok(Some(s))
        }
    }
}

/// `files` must be in the file store already (copied there by `Service::store_file`).
fn checked_files(plan: &Plan, kind: MessageKind, files: &[StoredFile]) -> Result<()> {
    if kind == MessageKind::Sms && !files.is_empty() {
        return Err(invalid("err.sms_attachment", &[]));
    }
    if files.len() > MAX_ATTACHMENTS {
        return Err(invalid("err.too_many_attachments", &[&MAX_ATTACHMENTS]));
    }
    for (i, f) in files.iter().enumerate() {
        validate::required_line("col.file", &f.name)?;
        if files[..i].iter().any(|g| g.name == f.name) {
            return Err(invalid("err.attachment_twice", &[&f.name]));
        }
        if !super::files::is_stored(&plan.svc.store().files_dir(), &f.sha256) {
            return Err(invalid("err.file_not_stored", &[&f.name]));
        }
    }
    Ok(())
}

fn names(files: &[StoredFile]) -> Option<String> {
    if files.is_empty() {
        None
    } else {
        Some(
            files
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )
    }
}

fn find(plan: &Plan, name: &str) -> Result<MessageTemplate> {
    let id = plan
        .get_raw_id(T::TemplateNames, fold(name.trim()).as_bytes())?
        .ok_or_else(|| invalid("err.no_template", &[&name.trim()]))?;
    plan.get(T::Templates, &keys::id(id))?
        .ok_or_else(|| invalid("err.no_template", &[&name.trim()]))
}

pub fn add(plan: &mut Plan, d: TemplateDraft) -> Result<Option<u64>> {
    let name = validate::required_line("col.name", &d.name)?;
    let key = fold(&name).into_bytes();
    if plan.exists(T::TemplateNames, &key)? {
        return Err(invalid("err.template_exists", &[&name]));
    }
    let subject = checked_subject(d.kind, d.subject.as_deref())?;
    let body = checked_body(&d.body)?;
    checked_files(plan, d.kind, &d.attachments)?;
    let t = MessageTemplate {
        id: plan.next_id("template")?,
        name: name.clone(),
        kind: d.kind,
        subject,
        body,
        attachments: d.attachments,
        created: plan.actor.at,
        created_by: plan.actor.login.clone(),
    };
    plan.put_raw_id(T::TemplateNames, key, t.id);
    plan.put(T::Templates, keys::id(t.id), &t);
    plan.event(entity(t.id), Change::Created { summary: name })?;
    Ok(Some(t.id))
}

pub fn update(plan: &mut Plan, name: &str, p: TemplatePatch) -> Result<Option<u64>> {
    let old = find(plan, name)?;
    let mut t = old.clone();
    if let Some(n) = &p.name {
        t.name = validate::required_line("col.name", n)?;
        let (ok, nk) = (fold(&old.name), fold(&t.name));
        if ok != nk {
            if plan.exists(T::TemplateNames, nk.as_bytes())? {
                return Err(invalid("err.template_exists", &[&t.name]));
            }
            plan.remove(T::TemplateNames, ok.into_bytes());
            plan.put_raw_id(T::TemplateNames, nk.into_bytes(), t.id);
        }
    }
    if let Some(s) = &p.subject {
        t.subject = checked_subject(t.kind, Some(s))?;
    }
    if let Some(b) = &p.body {
        t.body = checked_body(b)?;
    }
    t.attachments
        .retain(|f| !p.remove_attachments.iter().any(|r| r.trim() == f.name));
    if let Some(missing) = p
        .remove_attachments
        .iter()
        .find(|r| !old.attachments.iter().any(|f| f.name == r.trim()))
    {
        return Err(invalid("err.no_attachment", &[&missing.trim()]));
    }
    // A file added under a name the template already has replaces it.
    for f in p.add_attachments {
        t.attachments.retain(|g| g.name != f.name);
        t.attachments.push(f);
    }
    checked_files(plan, t.kind, &t.attachments)?;
    let changes = [
        ("name", Some(old.name.clone()), Some(t.name.clone())),
        ("subject", old.subject.clone(), t.subject.clone()),
        ("body", Some(old.body.clone()), Some(t.body.clone())),
        (
            "attachments",
            names(&old.attachments),
            names(&t.attachments),
        ),
    ];
    for (field, o, n) in changes {
        if o != n {
            plan.event(
                entity(t.id),
                Change::Field {
                    field: field.into(),
                    old: o,
                    new: n,
                },
            )?;
        }
    }
    plan.put(T::Templates, keys::id(t.id), &t);
    Ok(Some(t.id))
}

/// Remove a template. What was sent with it stays in the deals' histories, in full.
pub fn remove(plan: &mut Plan, name: &str) -> Result<Option<u64>> {
    let t = find(plan, name)?;
    plan.remove(T::TemplateNames, fold(&t.name).into_bytes());
    plan.remove(T::Templates, keys::id(t.id).to_vec());
    plan.event(entity(t.id), Change::Removed { summary: t.name })?;
    Ok(Some(t.id))
}

pub fn claim(plan: &mut Plan, template_id: Id, deal_id: Id) -> Result<Option<u64>> {
    if !plan.exists(T::Deals, &keys::id(deal_id))? {
        return Err(invalid("err.no_deal", &[&deal_id]));
    }
    let key = keys::pair(template_id, deal_id);
    let taken = match plan.get::<SendClaim>(T::Sends, &key)? {
        None => false,
        Some(SendClaim::Sent { .. }) => true,
        Some(SendClaim::Pending { since, .. }) => plan.actor.at - since < CLAIM_STALE,
    };
    if taken {
        plan.skipped.push(deal_id);
        return Ok(None);
    }
    let claim = SendClaim::Pending {
        by: plan.actor.login.clone(),
        since: plan.actor.at,
    };
    plan.put(T::Sends, key.to_vec(), &claim);
    Ok(Some(deal_id))
}

pub fn record(
    plan: &mut Plan,
    deal_id: Id,
    message: Box<SentMessage>,
    claimed: bool,
) -> Result<Option<u64>> {
    // The body was rendered from a checked template; the bound keeps one history entry sane.
    if message.body.chars().count() > 4 * MAX_TEXT {
        return Err(invalid("err.too_long", &[&"col.body", &(4 * MAX_TEXT)]));
    }
    let sent = message.result.is_sent();
    let template_id = message.template_id;
    // A message that went out is activity with the customer (D8); one that did not is only
    // on record.
    let seq = if sent {
        plan.touch_deal(deal_id, Change::MessageSent(message))?
    } else {
        plan.deal_record(deal_id, Change::MessageSent(message))?
    };
    if claimed && let Some(t) = template_id {
        let key = keys::pair(t, deal_id);
        if sent {
            plan.put(T::Sends, key.to_vec(), &SendClaim::Sent { event_seq: seq });
        } else {
            plan.remove(T::Sends, key.to_vec());
        }
    }
    Ok(Some(deal_id))
}
