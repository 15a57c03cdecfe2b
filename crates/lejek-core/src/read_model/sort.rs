//! `--sort FIELD[:desc]` over any view: Polish alphabetical order for text (X3), numeric for
//! numbers and money, chronological for dates; missing values last either way.

use std::cmp::Ordering;

use crate::error::{Result, invalid};
use crate::filter::{FieldValue, Record, Schema};
use crate::text::sort_key;

/// A parsed sort order.
#[derive(Clone, Debug)]
pub struct SortSpec {
    pub field: &'static str,
    pub desc: bool,
}

/// Parse `name`, `name:desc` or `name:asc` against a schema (aliases allowed).
pub fn parse_sort(spec: &str, schema: &Schema) -> Result<SortSpec> {
    parse_sort_with(spec, schema, &[])
}

/// [`parse_sort`] where `custom` names the custom fields in use (issue 20) besides the
/// schema's.
pub fn parse_sort_with(spec: &str, schema: &Schema, custom: &[&'static str]) -> Result<SortSpec> {
    let (name, dir) = match spec.rsplit_once(':') {
        Some((n, d)) => (n.trim(), d.trim()),
        None => (spec.trim(), "asc"),
    };
    let desc = match dir {
        "asc" | "rosnaco" | "rosnąco" => false,
        "desc" | "malejaco" | "malejąco" => true,
        other => return Err(invalid("err.sort_direction", &[&other])),
    };
    let field = schema
        .fields
        .iter()
        .find(|f| f.name == name || f.aliases.contains(&name))
        .map(|f| f.name)
        .or_else(|| custom.iter().copied().find(|c| *c == name))
        .ok_or_else(|| {
            let mut names: Vec<&str> = schema.fields.iter().map(|f| f.name).collect();
            names.extend(custom.iter().copied());
            invalid("err.sort_field", &[&name, &names.join(", ")])
        })?;
    Ok(SortSpec { field, desc })
}

/// A comparable sort key of one field value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Key {
    Num(i64),
    Date(chrono::NaiveDate),
    Text(Vec<u32>),
}

/// The sort key of a value; None (missing) sorts last either way.
pub fn key(v: FieldValue<'_>) -> Option<Key> {
    match v {
        FieldValue::Text(t) => t.map(|s| Key::Text(sort_key(&s))),
        FieldValue::List(l) => l.first().map(|s| Key::Text(sort_key(s))),
        FieldValue::Money(m) | FieldValue::Number(m) => m.map(Key::Num),
        FieldValue::Date(d) => d.map(Key::Date),
    }
}

/// Stable sort of `rows` by `spec`; ties keep id order.
pub fn sort_rows<R: Record>(rows: &mut Vec<R>, spec: &SortSpec) {
    let mut keyed: Vec<(Option<Key>, R)> = rows
        .drain(..)
        .map(|r| (key(r.sort_value(spec.field)), r))
        .collect();
    keyed.sort_by(|(a, _), (b, _)| compare(a, b, spec.desc));
    rows.extend(keyed.into_iter().map(|(_, r)| r));
}

/// Order two keys: missing values last in both directions.
pub fn compare(a: &Option<Key>, b: &Option<Key>, desc: bool) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => {
            if desc {
                y.cmp(x)
            } else {
                x.cmp(y)
            }
        }
    }
}
