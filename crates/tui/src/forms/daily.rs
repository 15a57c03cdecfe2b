//! Forms of a working day on records already there (issue 18 items 5, 6, 7): the end of
//! cooperation with a contact (C4: reason and date), a note or comment edited by its
//! author, and an attached file saved under a path of the user's choice.

use std::path::Path;

use super::Refresh;
use super::fields::{dict_names, field, form, text};
use crate::app::App;
use crate::form::{FieldKind, Form, date_text};
use crate::i18n::{tr, trf};
use crate::model::{DictKind, EntityRef};
use crate::service::{Command, Result, files, invalid};

/// C4: why and when the cooperation ended (today unless changed).
pub(super) fn end_contact_form(app: &App, id: u64) -> Form {
    let l = app.lang;
    let fields = vec![
        field(
            l,
            "reason",
            "form.end.reason",
            FieldKind::Choice(dict_names(app, DictKind::EndReason)),
        )
        .required(),
        field(l, "date", "form.end.date", FieldKind::Date)
            .required()
            .value(date_text(app.today, l)),
    ];
    form(app, trf(l, "form.end_contact", &[&id]), fields)
}

pub(super) fn end_contact(id: u64, form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    refresh.contacts.push(id);
    let date = form
        .date("date")
        .ok_or_else(|| invalid("err.raw", &[&tr(form.lang(), "form.end.date")]))?;
    Ok(vec![Command::EndContact {
        id,
        reason: text(form, "reason"),
        date,
    }])
}

/// A note's or comment's text, to change (its author's).
pub(super) fn edit_text_form(app: &App, comment: bool, id: u64, text: &str) -> Form {
    let l = app.lang;
    let fields = vec![
        field(l, "text", "col.text", FieldKind::LongText)
            .required()
            .value(text),
    ];
    let title = if comment {
        "form.edit_comment"
    } else {
        "form.edit_note"
    };
    form(app, trf(l, title, &[&id]), fields)
}

pub(super) fn edit_text(
    on: EntityRef,
    comment: bool,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Vec<Command> {
    if on.kind == crate::model::EntityKind::Deal {
        refresh.deals.push(on.id);
    }
    let text = text(form, "text");
    vec![if comment {
        Command::EditComment { id, text }
    } else {
        Command::EditNote { id, text }
    }]
}

/// Where to save an attached file: the working directory, under its own name.
pub(super) fn save_file_form(app: &App, name: &str) -> Form {
    let l = app.lang;
    let fields = vec![
        field(l, "path", "col.path", FieldKind::NewPath)
            .required()
            .value(crate::outside::safe_name(name)),
    ];
    form(app, trf(l, "form.save_file", &[&name]), fields)
}

/// Copy the attached file to the path given, checked against its SHA-256 on the way out;
/// an existing file is never overwritten. Nothing is written to the database.
pub(super) fn save_file(app: &App, on: EntityRef, id: u64, form: &Form) -> Result<Vec<Command>> {
    let to = form.path("path").unwrap_or_default();
    let (a, stored) = app.svc.attachment(on, &format!("#{id}"))?;
    write_new(&to, |out| {
        files::copy_verified(&stored, &a.sha256, &a.name, out)
    })?;
    Ok(Vec::new())
}

/// Create `to` (never over an existing file) and fill it with `fill`; a failure removes
/// what was begun.
fn write_new(to: &Path, fill: impl FnOnce(&mut dyn std::io::Write) -> Result<u64>) -> Result<()> {
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(to)
        .map_err(|e| invalid("err.save_file", &[&to.display(), &e]))?;
    match fill(&mut out) {
        Ok(_) => Ok(()),
        Err(e) => {
            drop(out);
            let _ = std::fs::remove_file(to);
            Err(e)
        }
    }
}
