//! `lejek init [--demo]`, `lejek demo` and `lejek demo generate`.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::args::DemoCmd;
use super::context::{Access, Context, db_dir};
use super::progress::{self, Progress};
use crate::demo::{GenerateOptions, Generated};
use crate::i18n::{Lang, tr, trf};
use crate::service::database::OpenError;
use crate::service::{Command, Error, Result};

/// Commands per transaction for `demo generate`. Measured (BENCHMARKS.md): from 1,000 to
/// 10,000 the speed is the same, but sled's transaction memory grows with the batch (peak
/// RSS 0.3 GB at 1,000, 0.9 GB at 10,000, 2.8 GB at 50,000 for 150,000 deals).
const GENERATE_CHUNK: usize = 2_000;

/// Create a database: default dictionaries in the user's language and the current user as
/// its first admin; with `demo`, the demo data too.
pub fn init(db: &Option<PathBuf>, user: Option<String>, lang: Lang, demo: bool) -> Result<i32> {
    // The first admin is whoever runs init; naming someone else is root's alone (issue 15).
    if let (Some(wanted), Some(own)) = (
        user.as_deref().map(str::trim).filter(|u| !u.is_empty()),
        crate::server::peer::own_login(),
    ) && wanted != own
        && super::context::system_uid() != 0
    {
        return Err(super::bad("err.other_user_local", &[&own, &wanted]));
    }
    let ctx = Context::open(db, user, lang, true)?;
    if ctx.svc.is_initialised() {
        return Err(super::bad(
            "err.already_initialised",
            &[&db_dir(db).display()],
        ));
    }
    // The demo data is Polish, so its dictionaries are too.
    setup(&ctx, if demo { Lang::Pl } else { lang })?;
    if demo {
        crate::demo::load(ctx.local()?, &ctx.user)?;
    }
    notice(trf(lang, "init.done", &[&db_dir(db).display()]));
    Ok(0)
}

/// A line for the person at the keyboard, which `--quiet` silences. Without the `lejek:`
/// prefix of summaries: these lines have always been plain.
fn notice(line: String) {
    if !progress::quiet() {
        eprintln!("{line}");
    }
}

/// The first admin (the current user) and the default dictionaries, in one batch.
fn setup(ctx: &Context, dict_lang: Lang) -> Result<()> {
    let login = ctx.user.clone();
    let mut cmds = vec![Command::AddUser {
        login: login.clone(),
        name: login,
        admin: true,
    }];
    for (kind, name, stage_kind) in crate::service::seed::default_dicts(dict_lang) {
        cmds.push(Command::AddDictEntry {
            kind,
            name: name.to_owned(),
            stage_kind,
        });
    }
    ctx.svc.apply_batch(cmds)?;
    Ok(())
}

pub fn demo(
    db: &Option<PathBuf>,
    user: Option<String>,
    lang: Lang,
    access: Access,
    action: Option<DemoCmd>,
    keymap: Option<&str>,
    tui: super::Tui,
) -> Result<i32> {
    match action {
        None => show(db, user, lang, access, keymap, tui),
        Some(DemoCmd::Generate {
            contacts,
            deals,
            seed,
        }) => generate(db, user, lang, contacts, deals, seed),
    }
}

/// Where `lejek demo` keeps its database: `--db` when given, else `lejek-demo` in the data
/// directory. `LEJEK_DB` names the user's real database, so it is not used here (clap merges
/// it into `--db`; a `--db` equal to it is taken as coming from the environment).
fn demo_dir(db: &Option<PathBuf>) -> PathBuf {
    let from_env = std::env::var_os("LEJEK_DB").map(PathBuf::from);
    match db {
        Some(p) if from_env.as_deref() != Some(p.as_path()) => p.clone(),
        _ => {
            let data = super::context::default_db_dir();
            data.parent()
                .map(|p| p.join("lejek-demo"))
                .unwrap_or_else(|| PathBuf::from(".lejek-demo"))
        }
    }
}

/// The demo database, created on first use, in the TUI (on a terminal) or as the deal list
/// (in a pipe). The demo is a sandbox: whoever opens it becomes one of its users.
fn show(
    db: &Option<PathBuf>,
    user: Option<String>,
    lang: Lang,
    access: Access,
    keymap: Option<&str>,
    tui: super::Tui,
) -> Result<i32> {
    let dir = demo_dir(db);
    // Creating it, and making this user one of its users, happens in this process; when a
    // server already serves the demo database, that was done by whoever started it.
    match open_or_create(&dir, user.clone(), lang, true) {
        Ok(ctx) => {
            if ctx.svc.user(&ctx.user)?.is_none() {
                // Users are an admin's to add (issue 15): the demo's own admin lets in
                // whoever opens it (they can open its files anyway).
                let svc = ctx.local()?;
                let host = svc.users()?.into_iter().find(|u| u.admin);
                let host = host.map(|u| u.login).unwrap_or_else(|| ctx.user.clone());
                svc.apply(
                    &svc.actor(&host),
                    Command::AddUser {
                        login: ctx.user.clone(),
                        name: ctx.user.clone(),
                        admin: true,
                    },
                )?;
            }
        }
        Err(Error::Open(OpenError::Locked(_))) if !access.no_server => {}
        Err(e) => return Err(e),
    }
    let ctx = if access.no_server {
        open_or_create(&dir, user, lang, true)?
    } else {
        Context::front(&Some(dir.clone()), user, lang, access)?
    };
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
        return ctx.tui(keymap, tui);
    }
    let code = super::deal_list::list_default(&ctx)?;
    notice(trf(lang, "demo.hint", &[&dir.display()]));
    Ok(code)
}

/// Open `dir`, initialising it (and with `demo`, loading the demo story) when it is new.
fn open_or_create(dir: &Path, user: Option<String>, lang: Lang, demo: bool) -> Result<Context> {
    let ctx = Context::open(&Some(dir.to_path_buf()), user, lang, true)?;
    if !ctx.svc.is_initialised() {
        setup(&ctx, Lang::Pl)?;
        if demo {
            crate::demo::load(ctx.local()?, &ctx.user)?;
        }
        notice(trf(lang, "init.done", &[&dir.display()]));
    }
    Ok(ctx)
}

/// `lejek demo generate`: a large deterministic database in `--db`.
fn generate(
    db: &Option<PathBuf>,
    user: Option<String>,
    lang: Lang,
    contacts: u64,
    deals: u64,
    seed: u64,
) -> Result<i32> {
    let dir = db_dir(db);
    let ctx = open_or_create(&dir, user, lang, false)?;
    // Generated records are attributed to the salespeople; the current user adds them.
    if ctx.svc.user(&ctx.user)?.is_none() {
        return Err(super::bad("err.actor_unknown", &[&ctx.user]));
    }
    let started = Instant::now();
    // Contacts, then deals: one bar over both, counted in records.
    let bar = Progress::bar(lang, tr(lang, "progress.records"), contacts + deals);
    let mut progress = |g: &Generated| bar.set(g.contacts + g.deals);
    let opts = GenerateOptions {
        contacts,
        deals,
        seed,
        chunk: GENERATE_CHUNK,
    };
    tracing::info!(contacts, deals, seed, db = %dir.display(), "demo generate: starting");
    let done = crate::demo::generate(ctx.local()?, &ctx.user, &opts, &mut progress)?;
    drop(bar);
    // Close it and let sled fold what was written into its snapshot now, so the first
    // server or command after us opens it as fast as any later one.
    drop(ctx);
    crate::service::database::settle(&dir).map_err(crate::service::Error::Open)?;
    let secs = format!("{:.1}", started.elapsed().as_secs_f64());
    let args: [&dyn std::fmt::Display; 4] = [&done.contacts, &done.deals, &done.commands, &secs];
    notice(trf(lang, "demo.generated", &args));
    Ok(0)
}
