//! The message template's add and edit forms (D12): their fields and the command each
//! becomes. As `lejek template add|edit`: what the service will check is checked (a dry run)
//! before a file is copied into the file store.

use std::path::PathBuf;

use super::Refresh;
use super::fields::{field, form, own, text};
use crate::app::App;
use crate::form::{FieldKind, Form};
use crate::i18n::{tr, trf};
use crate::model::{MessageKind, StoredFile};
use crate::send::kind_label;
use crate::service::{Command, Result, TemplateDraft, TemplatePatch, invalid};
use crate::templates::{by_id, escape_body, unescape_body};

/// The two kinds of message, as the kind field offers them.
fn message_kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "msg.kind.email").to_owned(),
        tr(app.lang, "msg.kind.sms").to_owned(),
    ]
}

/// A new template: e-mail or SMS, chosen here once.
pub(super) fn new_form(app: &App) -> Result<Form> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let fields = vec![
        f("kind", "col.kind", FieldKind::Choice(message_kinds(app)))
            .required()
            .value(tr(l, "msg.kind.email")),
        f("name", "col.name", FieldKind::Text).required(),
        f("subject", "tui.tpl.subject", FieldKind::Text),
        f("body", "tui.tpl.body", FieldKind::LongText).required(),
        f("attach", "tui.tpl.attach", FieldKind::Path),
    ];
    Ok(form(app, tr(l, "tui.tpl.new").to_owned(), fields))
}

/// The template with this id, filled with its current values; its kind stays, and only an
/// e-mail has a subject and attachments.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let tpl = by_id(app, id)?;
    let email = tpl.kind == MessageKind::Email;
    let mut fields = vec![
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(tpl.name.clone()),
    ];
    if email {
        fields.push(
            f("subject", "col.subject", FieldKind::Text)
                .required()
                .value(tpl.subject.clone().unwrap_or_default()),
        );
    }
    fields.push(
        f("body", "tui.tpl.body", FieldKind::LongText)
            .required()
            .value(escape_body(&tpl.body)),
    );
    if email {
        fields.push(f("attach", "tui.tpl.attach", FieldKind::Path));
        if !tpl.attachments.is_empty() {
            let names = tpl.attachments.iter().map(|a| a.name.clone()).collect();
            fields.push(f("detach", "tui.tpl.detach", FieldKind::Choice(names)));
        }
    }
    let title = trf(l, "tui.tpl.edit", &[&tpl.name, &kind_label(tpl.kind, l)]);
    Ok(form(app, title, fields))
}

/// A file to attach to a template, copied into the file store and named as on disk.
fn stored_file(app: &App, path: Option<PathBuf>) -> Result<Vec<StoredFile>> {
    let Some(path) = path else {
        return Ok(Vec::new());
    };
    let (sha256, size) = app.svc.store_file(&path)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| sha256.clone());
    Ok(vec![StoredFile { name, sha256, size }])
}

/// The add form's command, its attachment stored once the dry run passed.
pub(super) fn add(app: &App, form: &Form, refresh: &mut Refresh) -> Result<Vec<Command>> {
    refresh.templates = true;
    let body = unescape_body(form.text("body").unwrap_or_default());
    let kind = match form.choice("kind") {
        Some(k) if k == tr(app.lang, "msg.kind.sms") => MessageKind::Sms,
        _ => MessageKind::Email,
    };
    // The service's words name the CLI's flags; the form has fields.
    if kind == MessageKind::Sms && form.text("subject").is_some() {
        return Err(invalid("tui.tpl.err.sms_subject", &[]));
    }
    if kind == MessageKind::Sms && form.text("attach").is_some() {
        return Err(invalid("tui.tpl.err.sms_attachment", &[]));
    }
    let draft = TemplateDraft {
        kind,
        name: text(form, "name"),
        subject: own(form.text("subject")),
        body,
        attachments: Vec::new(),
    };
    app.svc.dry_run(Command::AddTemplate(draft.clone()))?;
    Ok(vec![Command::AddTemplate(TemplateDraft {
        attachments: stored_file(app, form.path("attach"))?,
        ..draft
    })])
}

/// The edit form's command: only what changed, its new attachment stored once the dry run
/// passed.
pub(super) fn update(
    app: &App,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    refresh.templates = true;
    let body = unescape_body(form.text("body").unwrap_or_default());
    let old = by_id(app, id)?;
    let name = text(form, "name");
    let subject = form.field("subject").map(|f| f.raw().trim().to_owned());
    let patch = TemplatePatch {
        name: (name != old.name).then_some(name),
        subject: subject.filter(|s| old.subject.as_ref() != Some(s)),
        body: (body != old.body).then_some(body),
        add_attachments: Vec::new(),
        remove_attachments: form.choice("detach").into_iter().collect(),
    };
    let cmd = |patch| Command::UpdateTemplate {
        name: old.name.clone(),
        patch,
    };
    app.svc.dry_run(cmd(patch.clone()))?;
    Ok(vec![cmd(TemplatePatch {
        add_attachments: stored_file(app, form.path("attach"))?,
        ..patch
    })])
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{app, commands, filled, ids, same};
    use super::super::{Purpose, Refresh};
    use crate::i18n::Lang;
    use crate::model::MessageKind;
    use crate::service::{Command, TemplateDraft, TemplatePatch};

    #[test]
    fn a_new_email_template_with_its_line_breaks_typed_as_escapes() {
        let (_db, app) = app();
        let purpose = Purpose::NewTemplate;
        let form = filled(
            &app,
            &purpose,
            &[
                ("name", "powitanie"),
                ("subject", "Witamy"),
                ("body", "Witam,\\nAnna"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = TemplateDraft {
            kind: MessageKind::Email,
            name: "powitanie".into(),
            subject: Some("Witamy".into()),
            body: "Witam,\nAnna".into(),
            attachments: Vec::new(),
        };
        same(&cmds, &vec![Command::AddTemplate(want)]);
        assert!(refresh.templates);
    }

    #[test]
    fn an_sms_template_with_a_subject_is_refused_in_the_forms_words() {
        let (_db, app) = app();
        let purpose = Purpose::NewTemplate;
        let form = filled(
            &app,
            &purpose,
            &[
                ("kind", "SMS"),
                ("name", "przypomnienie"),
                ("subject", "Termin"),
                ("body", "Jutro o 10"),
            ],
        );
        let err = super::add(&app, &form, &mut Refresh::default())
            .err()
            .map(|e| e.message(Lang::En));
        assert_eq!(
            err.as_deref(),
            Some("an SMS has no subject: leave the subject empty")
        );
    }

    #[test]
    fn an_edited_template_sends_only_what_changed() {
        let (_db, app) = app();
        let purpose = Purpose::EditTemplate(ids::TEMPLATE);
        let form = filled(&app, &purpose, &[("body", "Dzień dobry,\\nAnna")]);
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = Command::UpdateTemplate {
            name: "oferta".into(),
            patch: TemplatePatch {
                name: None,
                subject: None,
                body: Some("Dzień dobry,\nAnna".into()),
                add_attachments: Vec::new(),
                remove_attachments: Vec::new(),
            },
        };
        same(&cmds, &vec![want]);
        assert!(refresh.templates);
    }
}
