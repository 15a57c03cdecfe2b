//! `lejek serve`: open the database and serve it over its socket (shared access, issue 6).

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::context::db_dir;
use crate::service::{Clock, Result, Service};

pub fn run(db: &Option<PathBuf>, idle_secs: u64) -> Result<i32> {
    let dir = db_dir(db);
    let svc = Arc::new(Service::open(&dir, false, Clock::from_env())?);
    let idle = (idle_secs > 0).then(|| Duration::from_secs(idle_secs));
    crate::server::serve::serve(svc, &dir, idle)?;
    Ok(0)
}
