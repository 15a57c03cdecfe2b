//! What is added to any record: a note, a comment, a file. Their forms and the command each
//! becomes; a deal's detail shows them, so the deal is read again.

use super::Refresh;
use super::fields::{field, form, own, text};
use crate::i18n::tr;
use crate::model::{EntityKind, EntityRef};
use crate::service::{Command, Result};
use crate::tui::app::App;
use crate::tui::form::{FieldKind, Form};

/// A note on a record: one required text.
pub(super) fn note_form(app: &App) -> Form {
    text_form(app, "form.note")
}

/// A comment on a record: one required text.
pub(super) fn comment_form(app: &App) -> Form {
    text_form(app, "form.comment")
}

fn text_form(app: &App, title: &'static str) -> Form {
    let fields = vec![field(app.lang, "text", "col.text", FieldKind::LongText).required()];
    form(app, tr(app.lang, title).to_owned(), fields)
}

/// A file from disk, named as on disk unless a name is given.
pub(super) fn attach_form(app: &App) -> Form {
    let l = app.lang;
    let fields = vec![
        field(l, "path", "col.path", FieldKind::Path).required(),
        field(l, "name", "col.name", FieldKind::Text),
    ];
    form(app, tr(l, "form.attach").to_owned(), fields)
}

/// Read a deal again when something was added to it.
fn reload_deal(on: EntityRef, refresh: &mut Refresh) {
    if on.kind == EntityKind::Deal {
        refresh.deals.push(on.id);
    }
}

/// The note's command.
pub(super) fn note(on: EntityRef, form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    reload_deal(on, refresh);
    vec![Command::AddNote {
        on,
        text: text(form, "text"),
    }]
}

/// The comment's command.
pub(super) fn comment(on: EntityRef, form: &Form, refresh: &mut Refresh) -> Vec<Command> {
    reload_deal(on, refresh);
    vec![Command::AddComment {
        on,
        text: text(form, "text"),
    }]
}

/// The file's command, the file copied into the file store first.
pub(super) fn attach(
    app: &App,
    on: EntityRef,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    let path = form.path("path").unwrap_or_default();
    let (sha256, size) = app.svc.store_file(&path)?;
    let name = own(form.text("name")).unwrap_or_else(|| {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| sha256.clone())
    });
    reload_deal(on, refresh);
    Ok(vec![Command::AttachFile {
        on,
        name,
        sha256,
        size,
    }])
}
