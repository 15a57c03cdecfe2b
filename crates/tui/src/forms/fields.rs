//! What every entity's form shares: a labelled field, the choices offered from the database
//! (dictionaries, users, campaigns), and the readers that turn a field's value into a draft's
//! or a patch's (optional text, cleared text, tags added and removed, a campaign by name).

use crate::app::App;
use crate::form::{Field, FieldKind, Form};
use crate::i18n::{Lang, tr};
use crate::model::DictKind;
use crate::service::Result;
use crate::service::query::ListQuery;

/// A field with its label from the catalogue.
pub(super) fn field(lang: Lang, id: &'static str, key: &'static str, kind: FieldKind) -> Field {
    Field::new(id, tr(lang, key), kind)
}

/// The finished form: its title over its fields, dates read against today.
pub(super) fn form(app: &App, title: String, fields: Vec<Field>) -> Form {
    Form::new(title, fields, app.today, app.lang)
}

/// The entries of a dictionary still in use, as a choice field offers them.
pub(super) fn dict_names(app: &App, kind: DictKind) -> Vec<String> {
    app.svc
        .dict(kind)
        .map(|d| {
            d.into_iter()
                .filter(|e| !e.retired)
                .map(|e| e.name)
                .collect()
        })
        .unwrap_or_default()
}

/// The users' logins (owners, assignees).
pub(super) fn logins(app: &App) -> Vec<String> {
    app.svc
        .users()
        .map(|u| u.into_iter().map(|u| u.login).collect())
        .unwrap_or_default()
}

/// The campaigns' names (the campaigns list holds only a window of them).
pub(super) fn campaign_names(app: &App) -> Vec<String> {
    app.svc
        .list_campaigns(&ListQuery::default())
        .map(|cs| cs.into_iter().map(|c| c.name).collect())
        .unwrap_or_default()
}

/// An optional text for a draft: empty is none.
pub(super) fn own(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned)
}

/// Optional field for a patch: empty clears.
pub(super) fn clear(s: Option<&str>) -> Option<Option<String>> {
    Some(own(s))
}

/// The campaign chosen by name, as its id.
pub(super) fn campaign_id(app: &App, name: Option<String>) -> Result<Option<u64>> {
    name.map(|n| app.svc.find_campaign(&n).map(|c| c.id))
        .transpose()
}

/// The items of `new` that `old` lacks (tags or roles to add; swapped, to remove).
pub(super) fn added(old: &[String], new: &[String]) -> Vec<String> {
    new.iter().filter(|t| !old.contains(t)).cloned().collect()
}

/// A comma-separated list (a contact's roles), trimmed, empty items dropped.
pub(super) fn split_commas(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A field's text, empty when blank (a draft's name or title, which the service requires).
pub(super) fn text(form: &Form, id: &str) -> String {
    form.text(id).unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_added_and_removed_are_the_two_differences() {
        let v = |s: &[&str]| s.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let old = v(&["vip", "druk"]);
        let new = v(&["druk", "nowy"]);
        assert_eq!(added(&old, &new), v(&["nowy"]));
        assert_eq!(added(&new, &old), v(&["vip"]));
    }

    #[test]
    fn roles_split_at_commas_and_lose_blanks() {
        assert_eq!(
            split_commas(" prezes, ,księgowa,"),
            vec!["prezes".to_owned(), "księgowa".to_owned()]
        );
        assert!(split_commas("").is_empty());
    }
}
