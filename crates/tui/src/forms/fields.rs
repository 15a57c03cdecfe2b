//! What every entity's form shares: a labelled field, the dictionary choices offered from
//! the database, and the readers that turn a field's value into a draft's or a patch's
//! (optional text, cleared text, tags added and removed). Records (contacts, deals,
//! campaigns, users) are picked by name: `lookup.rs`.

use crate::app::App;
use crate::form::{Field, FieldKind, Form};
use crate::i18n::{Lang, tr};
use crate::model::DictKind;

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

/// An optional text for a draft: empty is none.
pub(super) fn own(s: Option<&str>) -> Option<String> {
    s.map(str::to_owned)
}

/// Optional field for a patch: empty clears.
pub(super) fn clear(s: Option<&str>) -> Option<Option<String>> {
    Some(own(s))
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
