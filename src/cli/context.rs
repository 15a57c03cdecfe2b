//! What every handler needs: the service on the chosen database, the user, the language.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::i18n::{Lang, trf};
use crate::render::Format;
use crate::service::{Actor, Command, Error, Outcome, Result, Service};
use crate::store::OpenError;

/// How often `open_waiting` tries again while another process holds the database.
const LOCK_RETRY: Duration = Duration::from_millis(200);

pub struct Context {
    pub svc: Service,
    pub user: String,
    pub lang: Lang,
}

/// `--db`, then `LEJEK_DB` (clap reads both), then `$XDG_DATA_HOME/lejek`, then
/// `~/.local/share/lejek`.
pub fn db_dir(flag: &Option<PathBuf>) -> PathBuf {
    if let Some(p) = flag {
        return p.clone();
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME").filter(|v| !v.is_empty()) {
        return PathBuf::from(x).join("lejek");
    }
    match std::env::var_os("HOME") {
        Some(h) => Path::new(&h).join(".local/share/lejek"),
        None => PathBuf::from(".lejek"),
    }
}

/// `--user`, then `LEJEK_USER` (clap reads both), then the login name.
pub fn user_login(flag: Option<String>) -> String {
    flag.filter(|u| !u.trim().is_empty())
        .or_else(|| std::env::var("USER").ok().filter(|u| !u.is_empty()))
        .or_else(|| std::env::var("LOGNAME").ok().filter(|u| !u.is_empty()))
        .unwrap_or_else(|| "admin".to_owned())
}

impl Context {
    pub fn open(
        db: &Option<PathBuf>,
        user: Option<String>,
        lang: Lang,
        create: bool,
    ) -> Result<Context> {
        let dir = db_dir(db);
        let svc = Service::open(&dir, create, crate::service::Clock::from_env())?;
        Ok(Context {
            svc,
            user: user_login(user),
            lang,
        })
    }

    /// Like `open`, but while another lejek process holds the database (sled's lock), try
    /// again every 200 ms for up to `wait`: a cron batch waits for a short command or another
    /// job to finish instead of failing at once. Then exit 1 with a message saying so.
    pub fn open_waiting(
        db: &Option<PathBuf>,
        user: Option<String>,
        lang: Lang,
        wait: Duration,
    ) -> Result<Context> {
        let started = Instant::now();
        loop {
            match Context::open(db, user.clone(), lang, false) {
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

    /// Apply a command as the current user, who must be a lejek user (X1: every change is
    /// attributed to a real user).
    pub fn apply(&self, cmd: Command) -> Result<Outcome> {
        if self.svc.user(&self.user)?.is_none() {
            return Err(super::bad("err.actor_unknown", &[&self.user]));
        }
        self.svc.apply(&self.actor(), cmd)
    }

    /// Hand the database to the TUI; the user must be a lejek user.
    pub fn tui(self, keymap: Option<&str>) -> Result<i32> {
        if self.svc.user(&self.user)?.is_none() {
            return Err(super::bad("err.actor_unknown", &[&self.user]));
        }
        crate::tui::run(self.svc, self.user, self.lang, keymap.unwrap_or("default"))
    }

    pub fn actor(&self) -> Actor {
        self.svc.actor(&self.user)
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
