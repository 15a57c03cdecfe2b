//! The history timeline (D11) in words, in the user's language.

use crate::i18n::{Lang, tr, trf};
use crate::model::money::format_money;
use crate::model::{Change, Event};
use crate::service::clock::local_date;
use crate::service::names::Names;

/// One line describing what an event did, e.g. `stage: nowy -> oferta`.
pub fn describe(svc: &impl Names, ev: &Event, lang: Lang) -> String {
    let none = || tr(lang, "hist.none").to_owned();
    let name = |id: Option<u64>| id.map(|i| svc.dict_name(i)).unwrap_or_else(none);
    match &ev.change {
        Change::Created { summary } => trf(lang, "hist.created", &[summary]),
        // A merge (issue 20 item 2) reads as a sentence, not a field's old -> new.
        Change::Field { field, new, .. } if field == "merged_into" => {
            trf(lang, "hist.merged_into", &[&new.as_deref().unwrap_or("")])
        }
        Change::Field { field, new, .. } if field == "merged_from" => {
            trf(lang, "hist.merged_from", &[&new.as_deref().unwrap_or("")])
        }
        Change::Field { field, old, new } => trf(
            lang,
            "hist.field",
            &[
                &field_label(field, lang),
                &old.as_deref()
                    .map(|v| field_value(field, v, lang))
                    .unwrap_or_else(none),
                &new.as_deref()
                    .map(|v| field_value(field, v, lang))
                    .unwrap_or_else(none),
            ],
        ),
        Change::DictField { field, old, new } => trf(
            lang,
            "hist.field",
            &[&field_label(field, lang), &name(*old), &name(*new)],
        ),
        Change::Stage { from, to } => trf(lang, "hist.stage", &[&name(*from), &name(Some(*to))]),
        Change::Value { old, new } => {
            let m = |v: &Option<crate::model::Money>| {
                v.as_ref()
                    .map(|m| format_money(m, lang))
                    .unwrap_or_else(none)
            };
            trf(lang, "hist.value", &[&m(old), &m(new)])
        }
        Change::NoteAdded { text, .. } => trf(lang, "hist.note", &[&first_line(text)]),
        Change::CommentAdded { text, .. } => trf(lang, "hist.comment", &[&first_line(text)]),
        Change::FileAttached { name, .. } => trf(lang, "hist.file", &[name]),
        Change::TaskAdded { title, .. } => trf(lang, "hist.task_added", &[title]),
        Change::TaskDone { title, .. } => trf(lang, "hist.task_done", &[title]),
        Change::Linked { to } => trf(lang, "hist.linked", &[&entity_label(svc, *to, lang)]),
        Change::DealCreated {
            title,
            stage,
            value,
        } => match value {
            Some(m) => trf(
                lang,
                "hist.deal_created",
                &[title, &name(Some(*stage)), &format_money(m, lang)],
            ),
            None => trf(
                lang,
                "hist.deal_created_no_value",
                &[title, &name(Some(*stage))],
            ),
        },
        Change::MessageSent(m) => message_line(m, lang),
        Change::Removed { summary } => trf(lang, "hist.removed", &[summary]),
        Change::Backdated { recorded } => {
            trf(lang, "hist.backdated", &[&at_local(*recorded, lang)])
        }
        Change::NoteEdited { note_id, old, new } => trf(
            lang,
            "hist.note_edited",
            &[note_id, &first_line(old), &first_line(new)],
        ),
        Change::NoteRemoved { note_id, text } => {
            trf(lang, "hist.note_removed", &[note_id, &first_line(text)])
        }
        Change::CommentEdited {
            comment_id,
            old,
            new,
        } => trf(
            lang,
            "hist.comment_edited",
            &[comment_id, &first_line(old), &first_line(new)],
        ),
        Change::CommentRemoved { comment_id, text } => trf(
            lang,
            "hist.comment_removed",
            &[comment_id, &first_line(text)],
        ),
        Change::TaskReopened { title, .. } => trf(lang, "hist.task_reopened", &[title]),
        Change::TaskMoved { title, to, .. } => match to {
            Some(d) => trf(lang, "hist.task_moved", &[title, d]),
            None => trf(lang, "hist.task_detached", &[title]),
        },
    }
}

/// `e-mail to ewa@firma.pl „Oferta” sent (outbox)` or `SMS to +48… NOT sent: why`.
fn message_line(m: &crate::model::SentMessage, lang: Lang) -> String {
    use crate::model::{MessageKind, SendResult};
    let kind = match m.kind {
        MessageKind::Email => tr(lang, "msg.kind.email"),
        MessageKind::Sms => tr(lang, "msg.kind.sms"),
    };
    let what = match (&m.subject, m.kind) {
        (Some(s), MessageKind::Email) => s.clone(),
        _ => first_line(&m.body),
    };
    let to = if m.to.is_empty() {
        tr(lang, "hist.none").to_owned()
    } else {
        m.to.clone()
    };
    match &m.result {
        SendResult::Sent { .. } => trf(lang, "hist.msg_sent", &[&kind, &to, &what, &m.transport]),
        SendResult::Failed { error } => trf(lang, "hist.msg_failed", &[&kind, &to, &what, error]),
    }
}

/// The translated name of a field, falling back to its id.
pub fn field_label(field: &str, lang: Lang) -> String {
    let key: &'static str = match field {
        "title" => "col.title",
        "name" => "col.name",
        "owner" => "col.owner",
        "stage" => "col.stage",
        "source" => "col.source",
        "value" => "col.value",
        "next_activity" => "col.next",
        "expected_close" => "col.expected",
        "probability" => "col.probability",
        "rot_days" => "col.rot_days",
        "position" => "col.position",
        "tags" => "col.tags",
        "loss_reason" => "col.loss_reason",
        "end_reason" => "col.end_reason",
        "ended" => "col.ended",
        "status" => "col.status",
        "city" => "col.city",
        "email" => "col.email",
        "phone" => "col.phone",
        "nip" => "col.nip",
        "closed" => "col.closed",
        "campaign_id" => "col.campaign_id",
        "contact_id" => "col.contact_id",
        "done_at" => "col.done",
        "description" => "col.description",
        "offer" => "col.offer",
        "goals" => "col.goals",
        "deal_id" => "col.deal_id",
        "file" => "col.file",
        "company" => "col.company",
        "task" => "erase.field.task",
        "erased" => "erase.field.erased",
        _ => return field.to_owned(),
    };
    tr(lang, key).to_owned()
}

fn first_line(s: &str) -> String {
    first_line_within(s, 80)
}

/// The first line of `s`, cut to `max` characters with `…` as the last when longer.
pub fn first_line_within(s: &str, max: usize) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.chars().count() > max {
        let kept: String = line.chars().take(max.saturating_sub(1)).collect();
        format!("{kept}…")
    } else {
        line.to_owned()
    }
}

/// `2026-11-28 13:05` in local time (Polish: `28.11.2026 13:05`).
pub fn when(ev: &Event, lang: Lang) -> String {
    at_local(ev.at, lang)
}

/// An instant as `when` shows it.
fn at_local(at: chrono::DateTime<chrono::Utc>, lang: Lang) -> String {
    let local = at.with_timezone(&chrono::Local);
    format!(
        "{} {}",
        crate::model::date_format::format_date(local_date(at), lang),
        local.format("%H:%M")
    )
}

/// `interes #42 Ulotki A5` / `deal #42 Ulotki A5`.
pub fn entity_label(svc: &impl Names, e: crate::model::EntityRef, lang: Lang) -> String {
    use crate::model::EntityKind;
    let kind = tr(
        lang,
        match e.kind {
            EntityKind::Deal => "entity.deal",
            EntityKind::Contact => "entity.contact",
            EntityKind::Campaign => "entity.campaign",
            EntityKind::Task => "entity.task",
            EntityKind::User => "entity.user",
            EntityKind::Dict => "entity.dict",
            EntityKind::Template => "entity.template",
            EntityKind::Field => "entity.field",
        },
    );
    match svc.entity_name(e) {
        Some(n) => format!("{kind} #{} {n}", e.id),
        None => format!("{kind} #{}", e.id),
    }
}

/// Field values stored as text are shown in the user's format where they are dates.
fn field_value(field: &str, v: &str, lang: Lang) -> String {
    match field {
        "next_activity" | "ended" | "expected_close" => {
            chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map(|d| crate::model::date_format::format_date(d, lang))
                .unwrap_or_else(|_| v.to_owned())
        }
        "closed" | "done_at" => chrono::DateTime::parse_from_rfc3339(v)
            .map(|t| {
                let t = t.with_timezone(&chrono::Utc);
                let local = t.with_timezone(&chrono::Local);
                format!(
                    "{} {}",
                    crate::model::date_format::format_date(local_date(t), lang),
                    local.format("%H:%M")
                )
            })
            .unwrap_or_else(|_| v.to_owned()),
        _ => v.to_owned(),
    }
}
