//! Custom fields (issue 20 item 1): defining and retiring them (admins), and checking the
//! values a deal or contact command sets against their definitions.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::command::FieldDraft;
use super::plan::Plan;
use super::validate;
use super::views::{CONTACT_SCHEMA, DEAL_SCHEMA};
use super::{Result, invalid};
use crate::model::custom_field::{ValueError, valid_name};
use crate::model::{Change, CustomValue, EntityKind, EntityRef, FieldDef, FieldKind, FieldOn};
use crate::store::{T, keys};
use crate::text::fold;

/// Words lists and files already use beside the filter's fields: a custom field may not
/// take one, or `--sort`, `--columns` and import columns would mean two things.
const RESERVED: &[&str] = &[
    "id",
    "fields",
    "field",
    "currency",
    "description",
    "notes",
    "history",
    "days_in_stage",
    "stage_rank",
    "next_activity",
    "last_activity",
    "expected_close",
    "loss_reason",
    "company_id",
    "address",
    "email",
    "phone",
    "roles",
    "role",
    "ended",
    "end_reason",
    "none",
    "brak",
    "me",
    "ja",
    "and",
    "or",
    "not",
    "i",
    "lub",
    "nie",
];

pub fn add(plan: &mut Plan, d: FieldDraft) -> Result<Option<u64>> {
    let name = d.name.trim().to_lowercase();
    if !valid_name(&name) {
        return Err(invalid("fields.err.bad_name", &[&d.name.trim()]));
    }
    let schema = match d.on {
        FieldOn::Deal => &DEAL_SCHEMA,
        FieldOn::Contact => &CONTACT_SCHEMA,
    };
    if schema.field(&name).is_some() || RESERVED.contains(&name.as_str()) {
        return Err(invalid("fields.err.reserved", &[&name]));
    }
    let all = plan.svc.field_defs()?;
    if all.iter().any(|f| f.on == d.on && f.name == name) {
        return Err(invalid("fields.err.exists", &[&d.on.as_str(), &name]));
    }
    let mut values: Vec<String> = Vec::new();
    for v in &d.values {
        let v = validate::required_line("fields.col.values", v)?;
        if values.iter().any(|x| fold(x) == fold(&v)) {
            return Err(invalid("fields.err.value_twice", &[&v]));
        }
        values.push(v);
    }
    match (d.kind, values.is_empty()) {
        (FieldKind::Choice, true) => {
            return Err(invalid("fields.err.choice_needs_values", &[&name]));
        }
        (FieldKind::Choice, false) | (_, true) => {}
        (_, false) => return Err(invalid("fields.err.values_only_choice", &[&name])),
    }
    let def = FieldDef {
        id: plan.next_id("field")?,
        on: d.on,
        name: name.clone(),
        kind: d.kind,
        values,
        label_pl: validate::optional_line("fields.col.label", d.label_pl.as_deref())?,
        label_en: validate::optional_line("fields.col.label", d.label_en.as_deref())?,
        retired: false,
        created: plan.actor.at,
    };
    plan.put(T::Fields, keys::id(def.id).to_vec(), &def);
    plan.event(
        entity(def.id),
        Change::Created {
            summary: format!("{} {name} ({})", d.on.as_str(), d.kind.as_str()),
        },
    )?;
    Ok(Some(def.id))
}

pub fn retire(plan: &mut Plan, on: FieldOn, name: &str) -> Result<Option<u64>> {
    let mut def = find(&plan.svc.field_defs()?, on, name)?;
    if def.retired {
        return Ok(Some(def.id));
    }
    def.retired = true;
    plan.put(T::Fields, keys::id(def.id).to_vec(), &def);
    plan.event(
        entity(def.id),
        Change::Field {
            field: "retired".into(),
            old: Some("false".into()),
            new: Some("true".into()),
        },
    )?;
    Ok(Some(def.id))
}

fn entity(id: u64) -> EntityRef {
    EntityRef {
        kind: EntityKind::Field,
        id,
    }
}

/// The field of `on` called `name` (folded), retired or not.
fn find(all: &[FieldDef], on: FieldOn, name: &str) -> Result<FieldDef> {
    let wanted = fold(name.trim());
    all.iter()
        .find(|f| f.on == on && f.name == wanted)
        .cloned()
        .ok_or_else(|| invalid("fields.err.unknown", &[&on.as_str(), &name.trim()]))
}

/// One custom value a command changes: the field's name, the old and the new value.
pub type ValueChange = (String, Option<CustomValue>, Option<CustomValue>);

/// Check the `(name, text)` pairs a command sets on a record of `on` whose values are now
/// `current`: each names a field in use and its text suits the field's kind (blank text
/// clears). Nothing is changed; the changes are returned (unchanged values left out).
pub fn check(
    plan: &Plan,
    on: FieldOn,
    current: &BTreeMap<String, CustomValue>,
    typed: &[(String, String)],
) -> Result<Vec<ValueChange>> {
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    let defs = plan.svc.field_defs()?;
    let today = crate::model::local_date::local_date(plan.actor.at);
    let mut out: Vec<ValueChange> = Vec::new();
    for (name, text) in typed {
        let def = find(&defs, on, name)?;
        if def.retired {
            return Err(invalid("fields.err.retired", &[&def.name]));
        }
        let new = parse(&def, text, today)?;
        out.retain(|(n, _, _)| *n != def.name);
        let old = current.get(&def.name).cloned();
        if old != new {
            out.push((def.name, old, new));
        }
    }
    Ok(out)
}

/// `text` as a value of `def`, or the user's error naming the field and the text.
pub fn parse(def: &FieldDef, text: &str, today: NaiveDate) -> Result<Option<CustomValue>> {
    if text.chars().count() > crate::model::MAX_LINE {
        return Err(invalid(
            "err.too_long",
            &[&def.name, &crate::model::MAX_LINE],
        ));
    }
    CustomValue::parse(def, text, today).map_err(|ValueError::Bad(key)| {
        invalid(key, &[&def.name, &text.trim(), &def.values.join(", ")])
    })
}

/// Apply checked changes to a record's values; the history's change for each.
pub fn apply(values: &mut BTreeMap<String, CustomValue>, changes: Vec<ValueChange>) -> Vec<Change> {
    changes
        .into_iter()
        .map(|(name, old, new)| {
            match &new {
                Some(v) => values.insert(name.clone(), v.clone()),
                None => values.remove(&name),
            };
            Change::Field {
                field: name,
                old: old.map(|v| v.text()),
                new: new.map(|v| v.text()),
            }
        })
        .collect()
}
