//! What every handler needs: the service on the chosen database, the user, the language.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use std::sync::Arc;

use crate::backend::{Backend, Remote};
use crate::i18n::{Lang, Message, trf};
use crate::render::Format;
use crate::service::database::OpenError;
use crate::service::query::FilterOf;
use crate::service::{Command, Error, Outcome, Result, Service};

/// How often `front_waiting` tries again while another process holds the database.
const LOCK_RETRY: Duration = Duration::from_millis(200);

pub struct Context {
    pub svc: Backend,
    pub user: String,
    pub lang: Lang,
}

/// How a front end reaches the database: through its server (started when none runs), or
/// with `--no-server` by opening the store in this process.
#[derive(Clone, Copy, Debug)]
pub struct Access {
    pub no_server: bool,
    /// Seconds a server we start waits without clients before it exits.
    pub idle: u64,
}

/// `--db`, then `LEJEK_DB` (clap reads both), then the config file's `database`, then
/// `$XDG_DATA_HOME/lejek`, then `~/.local/share/lejek`.
pub fn db_dir(flag: &Option<PathBuf>) -> PathBuf {
    match flag {
        Some(p) => p.clone(),
        None => crate::config::current().database_unflagged.value.clone(),
    }
}

/// The data directory's database, whatever the config file says: where the demo database
/// goes beside it (the config file, like `LEJEK_DB`, names the user's real database).
pub fn default_db_dir() -> PathBuf {
    crate::config::default_database(&|name| std::env::var_os(name))
}

/// `--user`, then `LEJEK_USER` (clap reads both), then the system login: the same name a
/// server gets from the socket's peer credentials.
pub fn user_login(flag: Option<String>) -> String {
    flag.filter(|u| !u.trim().is_empty())
        .or_else(crate::server::peer::own_login)
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .or_else(|| std::env::var("LOGNAME").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "admin".to_owned())
}

/// The effective uid of this process.
pub fn system_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

impl Context {
    /// Open the store in this process (and with `create`, create it): `init`, the demo
    /// generator and `--no-server`.
    pub fn open(
        db: &Option<PathBuf>,
        user: Option<String>,
        lang: Lang,
        create: bool,
    ) -> Result<Context> {
        let dir = db_dir(db);
        let svc = Service::open(&dir, create, crate::service::Clock::from_env())?;
        let user = user_login(user);
        Ok(Context {
            svc: Backend::local(svc, user.clone()),
            user,
            lang,
        })
    }

    /// A front end's context: through the database's server unless `--no-server`.
    pub fn front(
        db: &Option<PathBuf>,
        user: Option<String>,
        lang: Lang,
        access: Access,
    ) -> Result<Context> {
        if access.no_server {
            // The same rule as the server's (issue 15): the system login acts as itself,
            // as someone else only when it is a lejek admin or root, and must be a user.
            // A frozen clock (LEJEK_NOW) may date writes only for an admin or root, as
            // through a server; a plain user's writes are refused, reads keep it.
            let dir = db_dir(db);
            let mut svc = Service::open(&dir, false, crate::service::Clock::from_env())?;
            let own = crate::server::peer::own_login()
                .ok_or_else(|| super::bad("server.err.no_login", &[&system_uid()]))?;
            let root = system_uid() == 0;
            let login = svc.identify(&own, root, user.as_deref())?;
            if svc.frozen_clock_not_allowed(&own, root)? {
                svc = svc.refuse_frozen_writes();
            }
            return Ok(Context {
                svc: Backend::local(svc, login.clone()),
                user: login,
                lang,
            });
        }
        let dir = db_dir(db);
        if !crate::service::database::present(&dir).map_err(Error::Open)? {
            return Err(Error::Open(OpenError::Missing(dir)));
        }
        let act_as = user.filter(|u| !u.trim().is_empty());
        let remote = Remote::connect(&dir, act_as.as_deref(), lang, access.idle)?;
        let user = remote.login().to_owned();
        Ok(Context {
            svc: Backend::Remote(Arc::new(remote)),
            user,
            lang,
        })
    }

    /// Like `front`, but in this process while another lejek process holds the database
    /// (sled's lock), try again every 200 ms for up to `wait`: a cron batch with
    /// `--no-server` waits for a short command or another job to finish instead of failing
    /// at once. Then exit 1 with a message saying so. Through a server nobody waits.
    pub fn front_waiting(
        db: &Option<PathBuf>,
        user: Option<String>,
        lang: Lang,
        access: Access,
        wait: Duration,
    ) -> Result<Context> {
        let started = Instant::now();
        loop {
            match Context::front(db, user.clone(), lang, access) {
                Err(Error::Open(OpenError::Locked(dir))) => {
                    let waited = started.elapsed();
                    if waited >= wait {
                        // Exit 1 (not bad input) with the reason in the user's language.
                        let why = trf(lang, "batch.err.still_locked", &[&wait.as_secs()]);
                        return Err(Error::Io {
                            path: dir.display().to_string(),
                            source: std::io::Error::other(why),
                        });
                    }
                    std::thread::sleep(LOCK_RETRY.min(wait - waited));
                }
                other => return other,
            }
        }
    }

    /// The filter a list runs with: `given`, or the list's default from the config file
    /// when none was given, with saved filters (`@name`) expanded. A filter that changed in
    /// expansion is checked here, so an error's column can be read against the text that
    /// was run.
    pub fn list_filter(&self, of: FilterOf, given: &str) -> Result<String> {
        let filters = crate::config::current().filters();
        let text = filters.for_list(of, given).map_err(Error::Invalid)?;
        if text != given
            && let Err(Error::Filter(e)) = self.svc.filter(of, &text, &self.user)
        {
            let msg = Message::new("config.err.in_filter")
                .arg(e.message(self.lang))
                .arg(&text);
            return Err(Error::Invalid(msg));
        }
        Ok(text)
    }

    /// Apply a command as the current user, who must be a lejek user (X1: every change is
    /// attributed to a real user; a server checked that when we connected).
    pub fn apply(&self, cmd: Command) -> Result<Outcome> {
        if !self.svc.is_remote() && self.svc.user(&self.user)?.is_none() {
            return Err(super::bad("err.actor_unknown", &[&self.user]));
        }
        self.svc.apply(cmd)
    }

    /// Hand the database to the TUI (`tui`, as `main` gave it); the user must be a lejek
    /// user.
    pub fn tui(self, keymap: Option<&str>, tui: super::Tui) -> Result<i32> {
        if !self.svc.is_remote() && self.svc.user(&self.user)?.is_none() {
            return Err(super::bad("err.actor_unknown", &[&self.user]));
        }
        let filters = crate::config::current().filters().clone();
        let keymap = keymap.unwrap_or("default");
        tui(self.svc, self.user, self.lang, keymap, filters)
    }

    /// The store in this process (init and the demo generator only open it locally).
    pub fn local(&self) -> Result<&Service> {
        self.svc
            .service()
            .ok_or_else(|| Error::Server("this command needs the database opened locally".into()))
    }

    pub fn today(&self) -> chrono::NaiveDate {
        self.svc.clock().today()
    }

    /// Print what an add/create made: the id, or with --format json the record.
    pub fn print_created(
        &self,
        id: u64,
        format: Format,
        json: impl FnOnce() -> Result<String>,
    ) -> Result<i32> {
        match format {
            Format::Json => println!("{}", json()?),
            _ => println!("{id}"),
        }
        Ok(0)
    }
}
