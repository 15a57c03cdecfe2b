//! `lejek serve`: open the database and serve it over its socket (shared access, issue 6).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::context::db_dir;
use crate::server::start::EXIT_LOCKED;
use crate::service::database::OpenError;
use crate::service::{Clock, Error, Result, Service};

pub fn run(db: &Option<PathBuf>, idle_secs: u64) -> Result<i32> {
    let dir = db_dir(db);
    let svc = match Service::open(&dir, false, Clock::from_env()) {
        Ok(s) => {
            // A frozen clock (LEJEK_NOW) dates every write through us: only an admin's or
            // root's may (issue 15); a plain user who starts the server gets the real one.
            let own = crate::server::peer::own_login().unwrap_or_default();
            let root = super::context::system_uid() == 0;
            if s.frozen_clock_not_allowed(&own, root)? {
                eprintln!("lejek serve: LEJEK_NOW ignored: {own} is not a lejek admin");
                Arc::new(s.with_clock(Clock::system()))
            } else {
                Arc::new(s)
            }
        }
        Err(Error::Open(OpenError::Locked(p))) => {
            // A front end that started us reads this code: another server (or a
            // --no-server process) has the database.
            eprintln!("lejek serve: {} is in use by another process", p.display());
            return Ok(EXIT_LOCKED);
        }
        Err(e) => return Err(e),
    };
    let idle = (idle_secs > 0).then(|| Duration::from_secs(idle_secs));
    crate::server::serve::serve(svc, &dir, idle)?;
    Ok(0)
}
