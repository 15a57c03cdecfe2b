//! Custom field values in an imported file (issue 20): a CSV column named as a field, or a
//! JSON record's `fields` object (as `export` writes it). Values go to the service as text,
//! which checks them by the field's kind like `--field`.

use super::mapping::{Mapping, Target};
use super::table::RawRow;
use crate::backend::Backend;
use crate::model::FieldOn;
use crate::service::Result;

/// The names of the custom fields in use on what `target` imports.
pub fn names(svc: &Backend, target: Target) -> Result<Vec<String>> {
    let on = match target {
        Target::Contacts => FieldOn::Contact,
        Target::Deals => FieldOn::Deal,
    };
    Ok(svc
        .field_defs()?
        .into_iter()
        .filter(|d| d.on == on && !d.retired)
        .map(|d| d.name)
        .collect())
}

/// A row's custom values as `(name, text)`; empty cells set nothing.
pub fn values(map: &Mapping, raw: &RawRow) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (name, i) in &map.custom {
        if let Some(cell) = raw
            .cells
            .get(*i)
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            out.push((name.clone(), cell.to_owned()));
        }
    }
    if let Some(serde_json::Value::Object(fields)) = raw.json.as_ref().and_then(|j| j.get("fields"))
    {
        for (name, v) in fields {
            let text = match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::Bool(b) => (if *b { "yes" } else { "no" }).to_owned(),
                _ => continue,
            };
            let in_use = map.custom_names.contains(name);
            if in_use && !text.trim().is_empty() && !out.iter().any(|(n, _)| n == name) {
                out.push((name.clone(), text));
            }
        }
    }
    out
}
