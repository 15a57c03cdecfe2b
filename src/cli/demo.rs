//! `lejek init [--demo]` and `lejek demo`.

use std::path::PathBuf;

use super::args::DemoCmd;
use super::context::{Context, db_dir, user_login};
use crate::i18n::{Lang, trf};
use crate::service::{Command, Result};

/// Create a database: default dictionaries in the user's language and the current user as
/// its first admin; with `demo`, the demo data too.
pub fn init(db: &Option<PathBuf>, user: Option<String>, lang: Lang, demo: bool) -> Result<i32> {
    let ctx = Context::open(db, user.clone(), lang, true)?;
    if ctx.svc.is_initialised() {
        return Err(super::bad(
            "err.already_initialised",
            &[&db_dir(db).display()],
        ));
    }
    let login = user_login(user);
    let actor = ctx.svc.actor(&login);
    let mut cmds = vec![(
        actor.clone(),
        Command::AddUser {
            login: login.clone(),
            name: login.clone(),
            admin: true,
        },
    )];
    let dict_lang = if demo { Lang::Pl } else { lang };
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(dict_lang) {
        cmds.push((
            actor.clone(),
            Command::AddDictEntry {
                kind,
                name: name.to_owned(),
                stage_kind,
            },
        ));
    }
    ctx.svc.apply_batch(cmds)?;
    if demo {
        crate::demo::load(&ctx.svc, &login)?;
    }
    eprintln!("{}", trf(lang, "init.done", &[&db_dir(db).display()]));
    Ok(0)
}

pub fn demo(
    db: &Option<PathBuf>,
    user: Option<String>,
    lang: Lang,
    action: Option<DemoCmd>,
) -> Result<i32> {
    let _ = (db, user, lang, action);
    Ok(0)
}
