//! Forms from opening to writing: open the form for a purpose, submit it (the report's
//! parameters recompute the report; the bulk operation first says what it will do and
//! asks; an edit someone else saved meanwhile is merged or shown), and write it through
//! `forms::submit`.

use super::reload::after_write;
use super::report;
use crate::action::{Action, Mode};
use crate::app::App;
use crate::confirm_pane::ConfirmPane;
use crate::event::Pending;
use crate::form::{FieldKind, Form};
use crate::form_pane::{self, FormPane};
use crate::forms::{self, Purpose};
use crate::i18n::{tr, trf};
use crate::model::{EntityKind, EntityRef};

/// Open the form for `purpose`, or say why it cannot open.
pub fn open_form(app: &mut App, purpose: Purpose) {
    match forms::build(app, &purpose) {
        Ok(mut form) => {
            let mut footer = form_pane::footer(&app.ctx());
            // A form with a long text says how to write it in the editor.
            if form.fields.iter().any(|f| f.kind == FieldKind::LongText) {
                let key = app.ctx().key(Mode::Form, Action::FormEditor);
                footer = trf(app.lang, "form.footer_editor", &[&footer, &key]);
            }
            form.set_footer(footer);
            app.open(FormPane { form, purpose });
        }
        Err(e) => app.complain(e.message(app.lang)),
    }
}

/// The form on top wants candidates for a record field (issue 18 item 2): the backend
/// answers at once (a bounded query of a few milliseconds), so the list is on the screen
/// with the key that asked for it.
pub fn lookup(app: &mut App) {
    let Some(mut pane) = app.pop::<FormPane>() else {
        return;
    };
    forms::answer_lookup(app, &mut pane.form);
    app.open(pane);
}

/// The form on top was submitted with every field valid.
pub fn submit(app: &mut App) {
    let Some(FormPane { form, purpose }) = app.pop::<FormPane>() else {
        return;
    };
    if purpose == Purpose::ReportParams {
        let (today, lang) = (app.today, app.lang);
        if let Some(p) = app.report.as_mut() {
            match crate::report_pane::params_from(&form, &p.params, today, lang) {
                Ok(params) => {
                    p.params = params;
                    p.scroll = 0;
                }
                // A day that is not one: the form stays open and says which and why.
                Err(e) => {
                    let mut form = form;
                    form.set_message(Some(e));
                    app.open(FormPane { form, purpose });
                    return;
                }
            }
        }
        report::recompute(app);
        return;
    }
    // The bulk operation first says how many deals it will create (C6), then asks.
    if let Purpose::Bulk(contacts) = &purpose {
        let cmd = forms::bulk_command(&form, contacts.clone());
        match app.svc.dry_run(cmd) {
            Ok(o) => {
                let campaign = form.text("campaign").unwrap_or_default().to_owned();
                let question = trf(
                    app.lang,
                    "confirm.bulk",
                    &[&o.created.len(), &o.skipped.len(), &campaign],
                );
                app.open(FormPane { form, purpose });
                app.open(ConfirmPane {
                    question,
                    pending: Pending::SubmitForm,
                });
            }
            Err(e) => {
                let mut form = form;
                form.set_message(Some(e.message(app.lang)));
                app.open(FormPane { form, purpose });
            }
        }
        return;
    }
    let mut form = form;
    if let Some(msg) = concurrent_edit(app, &purpose, &mut form) {
        // Nothing is written: the user sees what changed and decides.
        form.set_message(Some(msg));
        app.open(FormPane { form, purpose });
        return;
    }
    really_submit(app, form, purpose);
}

/// Someone else saved the record this form edits while it was open (X6): take their
/// changes into the fields the user left alone, and when both changed the same field,
/// say so (who, which fields, theirs and yours) instead of silently overwriting theirs.
/// Submitting again saves the user's values.
fn concurrent_edit(app: &App, purpose: &Purpose, form: &mut Form) -> Option<String> {
    let entity = match purpose {
        Purpose::EditDeal(id) => EntityRef {
            kind: EntityKind::Deal,
            id: *id,
        },
        Purpose::EditContact(id) => EntityRef {
            kind: EntityKind::Contact,
            id: *id,
        },
        Purpose::EditCampaign(id) => EntityRef {
            kind: EntityKind::Campaign,
            id: *id,
        },
        Purpose::EditTask(id) => EntityRef {
            kind: EntityKind::Task,
            id: *id,
        },
        _ => return None,
    };
    let current = forms::build(app, purpose).ok()?;
    let clashes = form.rebase(&current);
    if clashes.is_empty() {
        return None;
    }
    let who = app
        .svc
        .history(entity)
        .ok()
        .and_then(|h| h.last().map(|e| e.actor.clone()))
        .unwrap_or_default();
    let none = tr(app.lang, "hist.none");
    let shown = |v: &str| {
        if v.is_empty() {
            none.to_owned()
        } else {
            format!("'{v}'")
        }
    };
    let list: Vec<String> = clashes
        .iter()
        .map(|c| format!("{} {} → {}", c.label, shown(&c.theirs), shown(&c.yours)))
        .collect();
    Some(trf(app.lang, "form.conflict", &[&who, &list.join("; ")]))
}

/// Write the form through the service; on an error the form opens again with the reason.
pub fn really_submit(app: &mut App, mut form: Form, purpose: Purpose) {
    match forms::submit(app, &purpose, &form) {
        Ok((msg, refresh)) => {
            app.say(msg);
            after_write(app, refresh);
        }
        Err(e) => {
            // The form stays open with the service's reason in it; nothing was written.
            form.set_message(Some(e.message(app.lang)));
            app.open(FormPane { form, purpose });
        }
    }
}
