//! The contact's add and edit forms: their fields (the edit form filled with the contact's
//! current values) and the command each becomes.

use super::Refresh;
use super::custom;
use super::fields::{added, clear, dict_names, field, form, own, split_commas, text};
use super::lookup::contact_pick;
use crate::app::App;
use crate::form::{Field, FieldKind, Form, Source};
use crate::i18n::{tr, trf};
use crate::model::{DictKind, FieldOn};
use crate::service::validate::contact_kind;
use crate::service::views::ContactView;
use crate::service::{Command, ContactDraft, ContactPatch, Result};

/// A new contact.
pub(super) fn new_form(app: &App) -> Result<Form> {
    let fields = contact_fields(app, None)?;
    Ok(form(
        app,
        tr(app.lang, "form.new_contact").to_owned(),
        fields,
    ))
}

/// The contact with this id, filled with its current values.
pub(super) fn edit_form(app: &App, id: u64) -> Result<Form> {
    let fields = contact_fields(app, Some(id))?;
    Ok(form(
        app,
        trf(app.lang, "form.edit_contact", &[&id]),
        fields,
    ))
}

/// The two kinds of contact, as the kind field offers them.
fn kinds(app: &App) -> Vec<String> {
    vec![
        tr(app.lang, "kind.company").to_owned(),
        tr(app.lang, "kind.person").to_owned(),
    ]
}

fn contact_fields(app: &App, id: Option<u64>) -> Result<Vec<Field>> {
    let l = app.lang;
    let f = |id, key, kind| field(l, id, key, kind);
    let c = id.map(|i| app.svc.contact_view(i)).transpose()?;
    let get =
        |pick: fn(&ContactView) -> Option<String>| c.as_ref().and_then(pick).unwrap_or_default();
    let kind = match c.as_ref().map(|c| c.kind) {
        Some("person") => tr(l, "kind.person"),
        _ => tr(l, "kind.company"),
    };
    let mut fields = vec![
        f("kind", "col.kind", FieldKind::Choice(kinds(app)))
            .required()
            .value(kind),
        f("name", "col.name", FieldKind::Text)
            .required()
            .value(get(|c| Some(c.name.clone()))),
        f("company", "col.company", FieldKind::Record(Source::Company)).picked(
            c.as_ref()
                .and_then(|c| c.company_id)
                .and_then(|x| contact_pick(app, x)),
        ),
        f("email", "col.email", FieldKind::Text).value(get(|c| c.email.clone())),
        f("phone", "col.phone", FieldKind::Text).value(get(|c| c.phone.clone())),
        f("city", "col.city", FieldKind::Text).value(get(|c| c.city.clone())),
        f("address", "col.address", FieldKind::Text).value(get(|c| c.address.clone())),
        f("nip", "col.nip", FieldKind::Text).value(get(|c| c.nip.clone())),
        f(
            "status",
            "col.status",
            FieldKind::Choice(dict_names(app, DictKind::ContactStatus)),
        )
        .value(get(|c| c.status.clone())),
        f(
            "source",
            "col.source",
            FieldKind::Choice(dict_names(app, DictKind::ContactSource)),
        )
        .value(get(|c| c.source.clone())),
        f("tags", "col.tags", FieldKind::Tags).value(get(|c| Some(c.tags.join(" ")))),
        f("roles", "col.roles", FieldKind::Tags).value(get(|c| Some(c.roles.join(", ")))),
    ];
    fields.extend(custom::fields(
        app,
        FieldOn::Contact,
        c.as_ref().map(|c| &c.contact.fields),
    ));
    Ok(fields)
}

/// The add form's command.
pub(super) fn add(app: &App, form: &Form) -> Result<Vec<Command>> {
    let draft = ContactDraft {
        kind: form
            .choice("kind")
            .as_deref()
            .map(contact_kind)
            .transpose()?,
        name: text(form, "name"),
        company_id: form.record("company"),
        email: own(form.text("email")),
        phone: own(form.text("phone")),
        city: own(form.text("city")),
        address: own(form.text("address")),
        nip: own(form.text("nip")),
        tags: form.tags("tags"),
        roles: form.text("roles").map(split_commas).unwrap_or_default(),
        status: form.choice("status"),
        source: form.choice("source"),
        fields: custom::values(app, FieldOn::Contact, form),
    };
    Ok(vec![Command::AddContact(draft)])
}

/// The edit form's command: every field as it stands, tags and roles as what was added and
/// removed.
pub(super) fn update(
    app: &App,
    id: u64,
    form: &Form,
    refresh: &mut Refresh,
) -> Result<Vec<Command>> {
    let old = app.svc.contact_view(id)?;
    let tags = form.tags("tags");
    let roles = form.text("roles").map(split_commas).unwrap_or_default();
    let patch = ContactPatch {
        kind: form
            .choice("kind")
            .as_deref()
            .map(contact_kind)
            .transpose()?,
        name: Some(text(form, "name")),
        company_id: Some(form.record("company")),
        email: clear(form.text("email")),
        phone: clear(form.text("phone")),
        city: clear(form.text("city")),
        address: clear(form.text("address")),
        nip: clear(form.text("nip")),
        add_tags: added(&old.tags, &tags),
        remove_tags: added(&tags, &old.tags),
        add_roles: added(&old.roles, &roles),
        remove_roles: added(&roles, &old.roles),
        status: clear(form.choice("status").as_deref()),
        source: clear(form.choice("source").as_deref()),
        clear_end: false,
        fields: custom::values(app, FieldOn::Contact, form),
    };
    refresh.contacts.push(id);
    Ok(vec![Command::UpdateContact { id, patch }])
}

#[cfg(test)]
mod tests {
    use super::super::Purpose;
    use super::super::fixture::{app, commands, filled, ids, same};
    use crate::model::ContactKind;
    use crate::service::{Command, ContactDraft, ContactPatch};

    #[test]
    fn a_new_person_at_a_company_with_roles() {
        let (_db, app) = app();
        let purpose = Purpose::NewContact;
        let form = filled(
            &app,
            &purpose,
            &[
                ("kind", "osoba"),
                ("name", "Jan Kowalski"),
                ("company", "1"),
                ("email", "jan@drukarnia.pl"),
                ("roles", "decydent, zakupy"),
                ("status", "aktualny"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = ContactDraft {
            kind: Some(ContactKind::Person),
            name: "Jan Kowalski".into(),
            company_id: Some(ids::COMPANY),
            email: Some("jan@drukarnia.pl".into()),
            phone: None,
            city: None,
            address: None,
            nip: None,
            tags: Vec::new(),
            roles: vec!["decydent".into(), "zakupy".into()],
            status: Some("aktualny".into()),
            source: None,
            fields: Vec::new(),
        };
        same(&cmds, &vec![Command::AddContact(want)]);
        // Its id is known only once applied (then the cursor goes to it).
        assert!(refresh.contacts.is_empty());
    }

    #[test]
    fn an_edited_contact_sends_every_field_and_the_tag_and_role_differences() {
        let (_db, app) = app();
        let purpose = Purpose::EditContact(ids::COMPANY);
        let form = filled(
            &app,
            &purpose,
            &[
                ("email", "biuro@drukarnia.pl"),
                ("tags", "vip"),
                ("roles", "decydent"),
            ],
        );
        let (cmds, refresh) = commands(&app, &purpose, &form);
        let want = ContactPatch {
            kind: Some(ContactKind::Company),
            name: Some("Drukarnia Nowak".into()),
            company_id: Some(None),
            email: Some(Some("biuro@drukarnia.pl".into())),
            phone: Some(None),
            city: Some(None),
            address: Some(None),
            nip: Some(None),
            add_tags: vec!["vip".into()],
            remove_tags: vec!["druk".into()],
            add_roles: vec!["decydent".into()],
            remove_roles: Vec::new(),
            status: Some(None),
            source: Some(None),
            clear_end: false,
            fields: Vec::new(),
        };
        let want = Command::UpdateContact {
            id: ids::COMPANY,
            patch: want,
        };
        same(&cmds, &vec![want]);
        assert_eq!(refresh.contacts, vec![ids::COMPANY]);
    }
}
