//! Find the server of a database, or start one (X6): a front end connects to the running
//! server; when there is none it starts `lejek serve` detached in the background, logging to
//! `<db>/serve.log`, and connects to it. Two front ends starting at once both spawn a
//! server, but only one of them gets the database's lock; the other exits (code
//! `EXIT_LOCKED`) before touching the socket, and both front ends end up on the winner.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::Lang;

use super::client::{Client, ClientError};

/// `lejek serve` exits with this when another process holds the database (EX_TEMPFAIL).
pub const EXIT_LOCKED: i32 = 75;

/// The log of auto-started servers, inside the database directory.
pub const LOG_NAME: &str = "serve.log";

/// How long a front end waits for a server it started to listen: opening a database of
/// millions of deals takes seconds the first time (BENCHMARKS.md).
const START_WAIT: Duration = Duration::from_secs(60);

/// After our server lost the race for the lock, how long to wait for the winner to listen.
const WINNER_WAIT: Duration = Duration::from_secs(3);

const RETRY: Duration = Duration::from_millis(20);

/// Why no server could be reached.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Talking to a running server failed (refused handshake, broken frame).
    #[error("{0}")]
    Client(#[from] ClientError),
    /// Another lejek process holds the database without serving it (`--no-server`).
    #[error("database locked")]
    Locked(PathBuf),
    /// The server we started did not come up; the last line of its log says why.
    #[error("{0}")]
    Failed(String),
}

/// Connect to the server of `db`, starting one when none is running. `idle` is passed to
/// a started server (`--idle`, seconds).
pub fn connect_or_start(
    db: &Path,
    act_as: Option<&str>,
    lang: Lang,
    idle: u64,
) -> Result<Client, StartError> {
    match Client::connect(db, act_as, lang) {
        Err(ClientError::Connect { source, .. }) if absent(&source) => {}
        // Connected, but the connection broke during the handshake: the server was killed
        // (or was exiting) with us in its queue. Start one, as for a dead socket; if a
        // server does run, the one we start loses the race for the lock and we connect
        // to the running one.
        Err(e) if e.connection_lost() => {
            tracing::info!(db = %db.display(), error = %e, "the server hung up during the handshake");
        }
        other => {
            tracing::info!(db = %db.display(), ok = other.is_ok(), "connected to the running server");
            return Ok(other?);
        }
    }
    let mut child = spawn(db, idle)?;
    tracing::info!(
        db = %db.display(),
        pid = child.id(),
        log = %db.join(LOG_NAME).display(),
        "no server running: started one"
    );
    let started = Instant::now();
    let mut lost_race_at: Option<Instant> = None;
    let mut said_upgrading = false;
    loop {
        match Client::connect(db, act_as, lang) {
            Err(ClientError::Connect { source, .. }) if absent(&source) => {}
            Err(e) if e.connection_lost() => {}
            other => {
                let ms = started.elapsed().as_millis() as u64;
                tracing::info!(
                    ms,
                    ok = other.is_ok(),
                    "connected to the server after it started"
                );
                return Ok(other?);
            }
        }
        if lost_race_at.is_none()
            && let Ok(Some(status)) = child.try_wait()
        {
            if status.code() == Some(EXIT_LOCKED) {
                // Someone else has the database: a server starting at the same moment
                // (wait for it to listen) or a `--no-server` process (give up).
                tracing::debug!(
                    "our server lost the race for the database; waiting for the winner"
                );
                lost_race_at = Some(Instant::now());
            } else {
                tracing::warn!(?status, "the server we started exited");
                return Err(StartError::Failed(last_log_line(db)));
            }
        }
        if lost_race_at.is_some_and(|t| t.elapsed() >= WINNER_WAIT) {
            return Err(StartError::Locked(db.to_path_buf()));
        }
        // An upgrade of a big database (format 4, once) takes longer than a start: wait
        // for it as long as the server is at it.
        let upgrading = crate::service::database::upgrading(db);
        if upgrading && !said_upgrading {
            tracing::warn!(db = %db.display(), "the server is upgrading the database to format 4 (once); waiting");
            said_upgrading = true;
        }
        if started.elapsed() >= START_WAIT && !upgrading {
            return Err(StartError::Failed(last_log_line(db)));
        }
        std::thread::sleep(RETRY);
    }
}

/// Nobody listens there (no socket file, or a stale one left by a killed server, or a
/// listener that died while we connected).
fn absent(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::NotFound
            | ErrorKind::ConnectionRefused
            | ErrorKind::ConnectionReset
            | ErrorKind::BrokenPipe
            | ErrorKind::UnexpectedEof
    )
}

/// `lejek serve --db DIR --idle N`, detached: its own process group (a Ctrl-C in the
/// terminal that started it does not reach it), no terminal, output appended to the log.
fn spawn(db: &Path, idle: u64) -> Result<Child, StartError> {
    let failed = |e: std::io::Error| StartError::Failed(e.to_string());
    let exe = std::env::current_exe().map_err(failed)?;
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(db.join(LOG_NAME))
        .map_err(failed)?;
    let log2 = log.try_clone().map_err(failed)?;
    use std::os::unix::process::CommandExt;
    Command::new(exe)
        .arg("--db")
        .arg(db)
        .arg("serve")
        .arg("--idle")
        .arg(idle.to_string())
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log2)
        .process_group(0)
        .spawn()
        .map_err(failed)
}

/// The server log's last non-empty line, to say why a start failed.
fn last_log_line(db: &Path) -> String {
    std::fs::read_to_string(db.join(LOG_NAME))
        .ok()
        .and_then(|s| {
            s.lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .map(str::to_owned)
        })
        .unwrap_or_default()
}
