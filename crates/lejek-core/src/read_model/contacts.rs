//! Contact lists from the read model: each field a filter names, as a row set, and each
//! field's value for sorting (the values `ContactView` gives the filter).

use std::borrow::Cow;

use super::columns::id;
use super::dataset::ContactRow;
use super::{Bits, Decided, ReadModel, Table};
use crate::filter::FieldValue;
use crate::filter::ast::Test;

/// The contacts of a model, as a table.
pub(crate) struct Contacts<'a>(pub(crate) &'a ReadModel);

/// The contact text part of each text field.
fn part(field: &str) -> Option<usize> {
    ["name", "email", "phone", "nip", "city"]
        .iter()
        .position(|f| *f == field)
}

impl Table for Contacts<'_> {
    fn rows(&self) -> usize {
        self.0.data.contacts.len()
    }

    fn leaf(&self, field: &'static str, test: &Test) -> Bits {
        let m = self.0;
        let contacts = &m.data.contacts;
        let n = contacts.len();
        let dicts = || m.data.dicts.iter().map(|e| (e.id, e.name.as_str()));
        if let Some(k) = part(field) {
            return m.contact_text_leaf(k, test);
        }
        let cols = &m.contact_cols;
        if let Some(column) = cols.numeric(field) {
            return Bits::from_fn(n, |i| column.test(test, i));
        }
        let by_id = |d: Decided, col: &[u32]| Bits::from_fn(n, |i| d.get(id(col[i])));
        match field {
            "kind" => {
                let kinds = [(0, "company"), (1, "person")].into_iter();
                let d = Decided::new(test, kinds, "");
                Bits::from_fn(n, |i| d.get(Some(u64::from(cols.kind[i]))))
            }
            "status" => by_id(Decided::new(test, dicts(), ""), &cols.status),
            "source" => by_id(Decided::new(test, dicts(), ""), &cols.source),
            "reason" => by_id(Decided::new(test, dicts(), ""), &cols.reason),
            "company" => {
                let named = m.contacts_named(test);
                let none = test.eval(&FieldValue::Text(None));
                Bits::from_fn(n, |i| match cols.company[i] {
                    0 => none,
                    c => named.get(usize::try_from(c).unwrap_or(usize::MAX)),
                })
            }
            _ => Bits::from_fn(n, |i| test.eval(&value(m, &contacts[i], field))),
        }
    }

    /// A bare word: in the contact's name, e-mail, phone, NIP or city, or its company's
    /// name.
    fn search(&self, needle: &str) -> Bits {
        let m = self.0;
        let contacts = &m.data.contacts;
        let mut hits = Bits::none(contacts.len());
        let mut named = Bits::none(m.contact_ids());
        m.contact_text.find(needle, |r, part| {
            hits.set(r);
            if part == 0 {
                named.set(usize::try_from(contacts[r].id).unwrap_or(usize::MAX));
            }
        });
        let via = Bits::from_fn(contacts.len(), |i| {
            contacts[i]
                .company_id
                .is_some_and(|c| named.get(usize::try_from(c).unwrap_or(usize::MAX)))
        });
        hits.or(&via);
        hits
    }
}

fn opt(s: Option<&str>) -> FieldValue<'_> {
    FieldValue::Text(s.map(Cow::Borrowed))
}

fn num(n: u64) -> FieldValue<'static> {
    FieldValue::Number(i64::try_from(n).ok())
}

/// A contact's value for `field`, as `ContactView` hands it to the filter and the sort.
pub(crate) fn value<'a>(m: &'a ReadModel, c: &'a ContactRow, field: &str) -> FieldValue<'a> {
    let dict = |id: Option<u64>| opt(id.map(|s| m.dict_name(s)));
    match field {
        "name" => opt(Some(&c.name)),
        "kind" => opt(Some(c.kind.as_str())),
        "status" => dict(c.status),
        "source" => dict(c.source),
        "city" => opt(c.city.as_deref()),
        "nip" => opt(c.nip.as_deref()),
        "email" => opt(c.email.as_deref()),
        "phone" => opt(c.phone.as_deref()),
        "tag" => FieldValue::List(
            c.tags
                .iter()
                .filter_map(|t| m.data.tags.get(*t as usize))
                .map(|t| Cow::Borrowed(t.as_str()))
                .collect(),
        ),
        "role" => FieldValue::List(
            c.roles
                .iter()
                .map(|r| Cow::Borrowed(m.dict_name(*r)))
                .collect(),
        ),
        "reason" => dict(c.end_reason),
        "ended" => FieldValue::Date(c.ended),
        "created" => FieldValue::Date(Some(c.created_day)),
        "company" => FieldValue::Text(c.company_id.map(|id| m.contact_name(id))),
        "id" => num(c.id),
        "company_id" => FieldValue::Number(c.company_id.and_then(|c| i64::try_from(c).ok())),
        _ => super::deals::custom(&c.fields, field),
    }
}
