//! What is added to any record: a note, a comment, a file. Their forms and the command each
//! becomes; a deal they are added to is read again.

use super::Refresh;
use super::fields::{field, form, own, text};
use crate::app::App;
use crate::form::{FieldKind, Form};
use crate::i18n::tr;
use crate::model::{EntityKind, EntityRef};
use crate::service::{Command, Result};

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

#[cfg(test)]
mod tests {
    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::model::{EntityKind, EntityRef};
    use crate::service::Command;

    const DEAL: EntityRef = EntityRef {
        kind: EntityKind::Deal,
        id: ids::DEAL,
    };
    const COMPANY: EntityRef = EntityRef {
        kind: EntityKind::Contact,
        id: ids::COMPANY,
    };

    #[test]
    fn a_note_on_a_deal_reloads_the_deal_and_a_comment_on_a_contact_does_not() {
        let (_db, app) = app();
        let text = [("text", "Prosi o próbki")];
        let purpose = Purpose::Note(DEAL);
        let (cmds, refresh) = commands(&app, &purpose, &filled(&app, &purpose, &text));
        let want = Command::AddNote {
            on: DEAL,
            text: "Prosi o próbki".into(),
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.deals, vec![ids::DEAL]);

        let purpose = Purpose::Comment(COMPANY);
        let (cmds, refresh) = commands(&app, &purpose, &filled(&app, &purpose, &text));
        let want = Command::AddComment {
            on: COMPANY,
            text: "Prosi o próbki".into(),
        };
        same(&cmds, &vec![want]);
        assert!(refresh.deals.is_empty());
    }

    #[test]
    fn an_attached_file_is_stored_and_named_as_on_disk() {
        let (db, app) = app();
        let path = db.path().join("oferta.pdf");
        std::fs::write(&path, "abc").unwrap_or_else(|e| panic!("write: {e}"));
        let purpose = Purpose::Attach(DEAL);
        let path = path.to_string_lossy();
        let form = filled(&app, &purpose, &[("path", &path)]);
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = Command::AttachFile {
            on: DEAL,
            name: "oferta.pdf".into(),
            // SHA-256 of "abc" (FIPS 180-2, appendix B.1).
            sha256: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad".into(),
            size: 3,
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.deals, vec![ids::DEAL]);
    }
}
