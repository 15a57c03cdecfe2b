//! `--create-missing`: the dictionary values, users and campaigns a file names and the
//! database lacks are added, in one transaction, before any row is written (rows refer
//! to them by name). On a dry run each is only planned, which still tells a user who may
//! not add them (dictionaries are for admins, X2) before anything else happens.

use super::Importer;
use super::names::{Kind, Names, login_for};
use crate::model::{DictKind, StageKind};
use crate::service::{CampaignDraft, Command, Result, validate};

/// Add what `names` found missing; then `names` knows it.
pub fn add(imp: &Importer, names: &mut Names) -> Result<()> {
    if !names.create_missing {
        return Ok(());
    }
    let mut cmds = Vec::new();
    for kind in DictKind::ALL {
        for name in names.to_create(Kind::Dict(kind)) {
            let stage_kind = (kind == DictKind::DealStage).then(|| names.stage_kind(&name));
            cmds.push(Command::AddDictEntry {
                kind,
                name,
                stage_kind,
            });
        }
    }
    for name in names.to_create(Kind::User) {
        if names.login_of(&name).is_some() {
            continue;
        }
        // A login as it is; a full name becomes `first.last`, and keeps the name.
        let login = match validate::login(&name) {
            Ok(l) => l,
            Err(_) => login_for(&name),
        };
        cmds.push(Command::AddUser {
            login,
            name,
            admin: false,
        });
    }
    let campaigns = names.to_create(Kind::Campaign);
    for name in &campaigns {
        if names.campaign_id(name).is_none() {
            cmds.push(Command::AddCampaign(CampaignDraft {
                name: name.clone(),
                ..CampaignDraft::default()
            }));
        }
    }
    if cmds.is_empty() {
        return Ok(());
    }
    if imp.opts.dry_run {
        // Each alone: later ones cannot see earlier ones, but none depends on another.
        for c in cmds {
            imp.svc.dry_run(c)?;
        }
        return Ok(());
    }
    let outs = imp.svc.apply_batch(cmds.clone())?;
    for (c, o) in cmds.iter().zip(outs) {
        if let (Command::AddCampaign(d), Some(id)) = (c, o.id) {
            names.add_campaign(&d.name, id);
        }
    }
    names.reload(imp.svc)
}

/// The kind a new stage gets from a row: lost when it gives a loss reason, won when it is
/// closed, else open (a `stage_kind` column says it outright).
pub fn stage_kind(given: Option<&str>, loss_reason: bool, closed: bool) -> StageKind {
    if let Some(k) = given.and_then(|k| StageKind::parse(k.trim())) {
        return k;
    }
    match (loss_reason, closed) {
        (true, _) => StageKind::Lost,
        (false, true) => StageKind::Won,
        _ => StageKind::Open,
    }
}
