//! Users, dictionaries and the inbox: the administrative commands.

use super::plan::Plan;
use super::validate;
use super::{Result, invalid};
use crate::model::{
    Change, DictEntry, DictKind, EntityKind, EntityRef, Notification, StageKind, User,
};
use crate::store::{T, keys};
use crate::text::fold;

pub fn add_user(plan: &mut Plan, login: String, name: String, admin: bool) -> Result<Option<u64>> {
    let login = validate::login(&login)?;
    let name = validate::optional_line("col.name", Some(&name))?.unwrap_or_else(|| login.clone());
    if plan.exists(T::Users, login.as_bytes())? {
        return Err(invalid("err.user_exists", &[&login]));
    }
    let user = User {
        login: login.clone(),
        name,
        admin,
        created: plan.actor.at,
    };
    plan.put(T::Users, login.as_bytes().to_vec(), &user);
    plan.event(
        EntityRef {
            kind: EntityKind::User,
            id: 0,
        },
        Change::Created { summary: login },
    )?;
    Ok(None)
}

pub fn update_user(
    plan: &mut Plan,
    login: &str,
    name: Option<String>,
    admin: Option<bool>,
) -> Result<Option<u64>> {
    let Some(mut user) = plan.get::<User>(T::Users, login.as_bytes())? else {
        return Err(invalid("err.actor_unknown", &[&login]));
    };
    let on = EntityRef {
        kind: EntityKind::User,
        id: 0,
    };
    if let Some(name) = validate::optional_line("col.name", name.as_deref())?
        && name != user.name
    {
        let old = std::mem::replace(&mut user.name, name.clone());
        plan.event(on, field(&format!("name {login}"), old, name))?;
    }
    if let Some(admin) = admin
        && admin != user.admin
    {
        if !admin && admins(plan)? <= 1 {
            // Nobody could add users or change dictionaries any more.
            return Err(invalid("err.last_admin", &[&login]));
        }
        user.admin = admin;
        plan.event(
            on,
            field(
                &format!("admin {login}"),
                (!admin).to_string(),
                admin.to_string(),
            ),
        )?;
    }
    plan.put(T::Users, login.as_bytes().to_vec(), &user);
    Ok(None)
}

fn field(name: &str, old: String, new: String) -> Change {
    Change::Field {
        field: name.to_owned(),
        old: Some(old),
        new: Some(new),
    }
}

/// How many admins the database has.
fn admins(plan: &Plan) -> Result<usize> {
    let mut n = 0;
    for item in plan.svc.store().tree(T::Users).iter() {
        let (_, v) = item?;
        if crate::store::decode::<User>(&v)?.admin {
            n += 1;
        }
    }
    Ok(n)
}

fn entries(plan: &Plan, kind: DictKind) -> Result<Vec<DictEntry>> {
    plan.svc.dict(kind)
}

pub fn add_dict(
    plan: &mut Plan,
    kind: DictKind,
    name: String,
    stage_kind: Option<StageKind>,
) -> Result<Option<u64>> {
    let name = validate::required_line("col.name", &name)?;
    let existing = entries(plan, kind)?;
    if existing.iter().any(|e| fold(&e.name) == fold(&name)) {
        return Err(invalid("err.dict_exists", &[&kind.as_str(), &name]));
    }
    let stage_kind = match (kind, stage_kind) {
        (DictKind::DealStage, k) => Some(k.unwrap_or(StageKind::Open)),
        (_, Some(_)) => return Err(invalid("err.stage_kind_only_stages", &[])),
        (_, None) => None,
    };
    let id = plan.next_id("dict")?;
    let position = existing.iter().map(|e| e.position + 1).max().unwrap_or(0);
    let entry = DictEntry {
        id,
        kind,
        name: name.clone(),
        position,
        stage_kind,
        retired: false,
        probability: None,
        rot_days: None,
    };
    plan.put(T::Dicts, keys::dict(kind, id), &entry);
    plan.event(
        EntityRef {
            kind: EntityKind::Dict,
            id,
        },
        Change::Created { summary: name },
    )?;
    Ok(Some(id))
}

pub fn rename_dict(
    plan: &mut Plan,
    kind: DictKind,
    name: &str,
    new_name: String,
) -> Result<Option<u64>> {
    let all = entries(plan, kind)?;
    let mut entry = super::dicts::resolve_in(&all, kind, name)?;
    let new_name = validate::required_line("col.name", &new_name)?;
    if all
        .iter()
        .any(|e| e.id != entry.id && fold(&e.name) == fold(&new_name))
    {
        return Err(invalid("err.dict_exists", &[&kind.as_str(), &new_name]));
    }
    let old = std::mem::replace(&mut entry.name, new_name.clone());
    plan.put(T::Dicts, keys::dict(kind, entry.id), &entry);
    plan.event(
        EntityRef {
            kind: EntityKind::Dict,
            id: entry.id,
        },
        Change::Field {
            field: "name".into(),
            old: Some(old),
            new: Some(new_name),
        },
    )?;
    Ok(Some(entry.id))
}

pub fn retire_dict(plan: &mut Plan, kind: DictKind, name: &str) -> Result<Option<u64>> {
    let all = entries(plan, kind)?;
    let mut entry = super::dicts::resolve_in(&all, kind, name)?;
    if entry.retired {
        return Ok(Some(entry.id));
    }
    if kind == DictKind::DealStage {
        // A pipeline needs a stage of each kind left to move deals to.
        let same_kind_left = all
            .iter()
            .filter(|e| !e.retired && e.id != entry.id && e.stage_kind == entry.stage_kind)
            .count();
        if same_kind_left == 0 {
            return Err(invalid("err.last_stage_of_kind", &[&entry.name]));
        }
    }
    entry.retired = true;
    plan.put(T::Dicts, keys::dict(kind, entry.id), &entry);
    plan.event(
        EntityRef {
            kind: EntityKind::Dict,
            id: entry.id,
        },
        Change::Field {
            field: "retired".into(),
            old: Some("false".into()),
            new: Some("true".into()),
        },
    )?;
    Ok(Some(entry.id))
}

pub fn mark_read(plan: &mut Plan, seqs: Vec<u64>) -> Result<Option<u64>> {
    let login = plan.actor.login.clone();
    let targets: Vec<u64> = if seqs.is_empty() {
        let mut all = Vec::new();
        for item in plan
            .svc
            .store()
            .tree(T::Inbox)
            .scan_prefix(keys::inbox_prefix(&login))
        {
            let (k, _) = item?;
            if let Some(seq) = keys::u64_at(&k, k.len().saturating_sub(8)) {
                all.push(seq);
            }
        }
        all
    } else {
        seqs
    };
    for seq in targets {
        let key = keys::inbox(&login, seq);
        let found: Option<Notification> = plan.get(T::Inbox, &key)?;
        let Some(mut n) = found else {
            return Err(invalid("err.no_notification", &[&seq]));
        };
        if !n.read {
            n.read = true;
            plan.put(T::Inbox, key, &n);
        }
    }
    Ok(None)
}
