//! The pipeline's dictionary commands (issue 19): move an entry in its dictionary's order,
//! set a stage's win probability and rot days, bring a retired entry back.

use super::dicts::resolve_in;
use super::plan::Plan;
use super::{Result, invalid};
use crate::model::{Change, DictEntry, DictKind, EntityKind, EntityRef, StageKind};
use crate::store::{T, keys};

/// The most rot days a stage may have: a century, far beyond any sales cycle.
const MAX_ROT_DAYS: u32 = 36_500;

fn on(entry: &DictEntry) -> EntityRef {
    EntityRef {
        kind: EntityKind::Dict,
        id: entry.id,
    }
}

fn changed(field: &str, old: Option<String>, new: Option<String>) -> Change {
    Change::Field {
        field: field.to_owned(),
        old,
        new,
    }
}

/// Put `name` just before or just after `before`/`after` in the dictionary's order and
/// number the dictionary 0, 1, 2... again (only entries whose number changes are written).
pub fn move_entry(
    plan: &mut Plan,
    kind: DictKind,
    name: &str,
    before: Option<String>,
    after: Option<String>,
) -> Result<Option<u64>> {
    // `dict_entries` hands them out in order (open stages, then won, then lost).
    let all = plan.svc.dict(kind)?;
    let entry = resolve_in(&all, kind, name)?;
    let (other, after) = match (before, after) {
        (Some(b), None) => (b, false),
        (None, Some(a)) => (a, true),
        _ => return Err(invalid("err.move_before_or_after", &[])),
    };
    let other = resolve_in(&all, kind, &other)?;
    if other.id == entry.id {
        return Err(invalid("err.move_itself", &[&entry.name]));
    }
    if entry.stage_kind != other.stage_kind {
        // Open stages come first, then won, then lost: the pipeline keeps that shape.
        return Err(invalid(
            "err.move_other_kind",
            &[
                &entry.name,
                &stage_kind_of(&entry),
                &other.name,
                &stage_kind_of(&other),
            ],
        ));
    }
    let mut order: Vec<DictEntry> = all.into_iter().filter(|e| e.id != entry.id).collect();
    let at = order
        .iter()
        .position(|e| e.id == other.id)
        .map_or(order.len(), |i| if after { i + 1 } else { i });
    order.insert(at, entry.clone());
    let old_rank = entry.position;
    let mut new_rank = old_rank;
    let mut moved = false;
    for (i, mut e) in order.into_iter().enumerate() {
        let position = u32::try_from(i).unwrap_or(u32::MAX);
        if e.id == entry.id {
            new_rank = position;
        }
        if e.position == position {
            continue;
        }
        moved = true;
        e.position = position;
        plan.put(T::Dicts, keys::dict(kind, e.id), &e);
    }
    if moved {
        plan.event(
            on(&entry),
            changed(
                "position",
                Some(old_rank.to_string()),
                Some(new_rank.to_string()),
            ),
        )?;
    }
    Ok(Some(entry.id))
}

fn stage_kind_of(e: &DictEntry) -> String {
    e.stage_kind.unwrap_or(StageKind::Open).as_str().to_owned()
}

/// Set (or with `Some(None)` clear) a stage's probability and rot days. Won stages are won
/// (100%) and lost ones lost (0%), and neither rots: both are refused there.
pub fn set_stage(
    plan: &mut Plan,
    name: &str,
    probability: Option<Option<u8>>,
    rot_days: Option<Option<u32>>,
) -> Result<Option<u64>> {
    let all = plan.svc.dict(DictKind::DealStage)?;
    let mut entry = resolve_in(&all, DictKind::DealStage, name)?;
    if probability.is_none() && rot_days.is_none() {
        return Err(invalid("err.stage_set_nothing", &[]));
    }
    if entry.stage_kind.is_some_and(|k| k != StageKind::Open) {
        return Err(invalid(
            "err.stage_closed_fixed",
            &[&entry.name, &stage_kind_of(&entry)],
        ));
    }
    if let Some(Some(p)) = probability
        && p > 100
    {
        return Err(invalid("err.probability_range", &[&p]));
    }
    if let Some(Some(d)) = rot_days
        && !(1..=MAX_ROT_DAYS).contains(&d)
    {
        return Err(invalid("err.rot_days_range", &[&d, &MAX_ROT_DAYS]));
    }
    let text = |v: Option<u32>| v.map(|n| n.to_string());
    if let Some(p) = probability
        && p != entry.probability
    {
        let old = std::mem::replace(&mut entry.probability, p);
        let change = changed(
            "probability",
            text(old.map(u32::from)),
            text(p.map(u32::from)),
        );
        plan.event(on(&entry), change)?;
    }
    if let Some(d) = rot_days
        && d != entry.rot_days
    {
        let old = std::mem::replace(&mut entry.rot_days, d);
        plan.event(on(&entry), changed("rot_days", text(old), text(d)))?;
    }
    plan.put(T::Dicts, keys::dict(DictKind::DealStage, entry.id), &entry);
    Ok(Some(entry.id))
}

/// A retired entry may be chosen again; one that is not retired is left as it is.
pub fn unretire(plan: &mut Plan, kind: DictKind, name: &str) -> Result<Option<u64>> {
    let all = plan.svc.dict(kind)?;
    let mut entry = resolve_in(&all, kind, name)?;
    if !entry.retired {
        return Ok(Some(entry.id));
    }
    entry.retired = false;
    plan.put(T::Dicts, keys::dict(kind, entry.id), &entry);
    plan.event(
        on(&entry),
        changed("retired", Some("true".into()), Some("false".into())),
    )?;
    Ok(Some(entry.id))
}
