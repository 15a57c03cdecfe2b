//! The server loop: a Unix socket in the database directory, one thread per connection,
//! every request answered through the one shared `Service` (which serialises writers and
//! flushes before `apply` returns, so an acknowledged write survives a kill -9).
//!
//! No one request or peer can take the server down or hold it (issue 15 items 4 and 5): a
//! panic in a request is answered as an error and logged; a peer that has not said hello
//! may send only a small frame and must say it within `HELLO_WAIT`; a connection quiet for
//! `IDLE_WAIT` is closed (subscriptions excepted); at most `MAX_CONNECTIONS` are served.

use std::io::{self, Read};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::i18n::Lang;
use crate::service::access::Role;
use crate::service::query::{FilterOf, ListQuery, Page};
use crate::service::{Actor, Error, Result, Service};

use super::frame::{FrameError, MAX_HELLO, read_frame, read_frame_up_to, write_frame};
use super::hub::Hub;
use super::peer;
use super::protocol::{
    Hello, ListArgs, PROTOCOL_VERSION, PageRows, Query, RemoteError, Request, Response, Welcome,
    decode, encode, encode_response,
};

/// How often the accept loop looks at the idle clock.
const POLL: Duration = Duration::from_millis(25);

/// The least time between two progress frames of one request.
const PROGRESS_GAP: Duration = Duration::from_millis(200);

/// How often the server checks that its socket file is still its own.
const SOCKET_CHECK: Duration = Duration::from_secs(1);

/// The stack of each connection thread: as large as a main thread's usual 8 MiB, so a
/// request recurses as deep through the server as it does with `--no-server` (the parsers
/// limit their depth far below it; spawn's default of 2 MiB is smaller than the main
/// thread's, and overflowing a stack aborts the whole process, it is not a panic). Only the
/// pages a request touches take memory.
const CONNECTION_STACK: usize = 8 * 1024 * 1024;

/// At most this many connections at once; the next peer is refused with `wire.err.busy`
/// (each connection is a thread; a team of a few dozen people with a TUI each needs far
/// fewer).
pub const MAX_CONNECTIONS: usize = 256;

/// A peer must have said hello within this time after connecting, or it is disconnected.
pub const HELLO_WAIT: Duration = Duration::from_secs(30);

/// A connection that sends nothing (and is not waiting for an answer) for this long is
/// closed; a subscription (the TUI's live refresh) is exempt. The client reconnects by
/// itself when it needs the server again.
pub const IDLE_WAIT: Duration = Duration::from_secs(10 * 60);

/// Set by SIGTERM or SIGINT (`systemctl stop`, `kill`): the accept loop then stops.
static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

extern "C" fn on_stop_signal(_: libc::c_int) {
    // Only an atomic store: the one thing a signal handler may safely do here.
    STOP.store(true, Ordering::SeqCst);
}

/// Stop cleanly on SIGTERM and SIGINT: the socket file is removed, so the next front end
/// starts a new server at once instead of finding a dead socket. Writes need nothing:
/// each was flushed before it was acknowledged.
fn stop_on_signals() {
    let handler = on_stop_signal as extern "C" fn(libc::c_int) as libc::sighandler_t;
    // SAFETY: the handler is async-signal-safe (one atomic store).
    unsafe {
        libc::signal(libc::SIGTERM, handler);
        libc::signal(libc::SIGINT, handler);
    }
}

/// What every connection thread shares.
struct Shared {
    svc: Arc<Service>,
    hub: Hub,
    /// Where the server's errors are logged (its stderr when started by a front end).
    log: std::path::PathBuf,
    /// Set when a write failed in the store itself (a full disk): sled keeps such an error
    /// until the store is opened again, so the server stops after answering and the next
    /// front end starts a fresh one (whose writes work once there is room again).
    store_failed: AtomicBool,
}

/// Serve `svc` (opened on `db`) until no client has been connected for `idle`
/// (`None`: forever), or until its socket file is removed or replaced (the database
/// directory was deleted or another server took over). Socket mode 0660.
pub fn serve(svc: Arc<Service>, db: &Path, idle: Option<Duration>) -> Result<()> {
    let (listener, path) = bind(db)?;
    let io_err = |source: io::Error| Error::Io {
        path: path.display().to_string(),
        source,
    };
    listener.set_nonblocking(true).map_err(io_err)?;
    let ours = socket_identity(&path);
    stop_on_signals();
    eprintln!("lejek serve: listening on {}", path.display());

    // Build the read model now, not when the first list asks (a request meanwhile waits
    // for it); at 3M deals this is the few seconds of a start (issue 17).
    let warming = svc.clone();
    let _ = std::thread::Builder::new()
        .name("lejek-read-model".into())
        .spawn(move || {
            if let Err(e) = warming.warm_read_model() {
                eprintln!("lejek serve: read model not built: {e}");
            }
        });
    let shared = Arc::new(Shared {
        svc,
        hub: Hub::default(),
        log: db.join(super::start::LOG_NAME),
        store_failed: AtomicBool::new(false),
    });
    let active = Arc::new(AtomicUsize::new(0));
    let last_left = Arc::new(Mutex::new(Instant::now()));
    let mut checked = Instant::now();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                if active.load(Ordering::SeqCst) >= MAX_CONNECTIONS {
                    refuse_busy(stream);
                    continue;
                }
                active.fetch_add(1, Ordering::SeqCst);
                let shared = shared.clone();
                // Dropped when the thread ends however it ends (or when it cannot start).
                let leaving = Leaving {
                    active: active.clone(),
                    last_left: last_left.clone(),
                };
                let spawned = std::thread::Builder::new()
                    .name("lejek-connection".into())
                    .stack_size(CONNECTION_STACK)
                    .spawn(move || {
                        let _leaving = leaving;
                        match catch_unwind(AssertUnwindSafe(|| connection(&shared, stream))) {
                            Ok(Ok(())) => {}
                            Ok(Err(e)) => eprintln!("lejek serve: connection ended: {e}"),
                            Err(p) => eprintln!(
                                "lejek serve: a connection thread panicked: {}",
                                panic_text(p.as_ref())
                            ),
                        }
                    });
                if let Err(e) = spawned {
                    eprintln!("lejek serve: cannot start a connection thread: {e}");
                }
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if shared.store_failed.load(Ordering::SeqCst) {
                    eprintln!(
                        "lejek serve: a write failed in the store; stopping so that the next front end reopens it"
                    );
                    break;
                }
                if STOP.load(Ordering::SeqCst) {
                    eprintln!("lejek serve: stopped by a signal");
                    break;
                }
                if let Some(idle) = idle {
                    let quiet = last_left
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .elapsed();
                    if active.load(Ordering::SeqCst) == 0 && quiet >= idle {
                        eprintln!("lejek serve: idle, exiting");
                        break;
                    }
                }
                if checked.elapsed() >= SOCKET_CHECK {
                    checked = Instant::now();
                    if socket_identity(&path) != ours || !db.join("store").exists() {
                        // Nobody can reach us any more, or the database was deleted: exit
                        // rather than hold the lock.
                        eprintln!("lejek serve: socket {} is gone, exiting", path.display());
                        if socket_identity(&path) == ours {
                            let _ = std::fs::remove_file(&path);
                        }
                        return Ok(());
                    }
                }
                wait_for_client(&listener, POLL);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                // Out of file descriptors and the like: keep serving those connected.
                eprintln!("lejek serve: accept: {e}");
                std::thread::sleep(POLL);
            }
        }
    }
    let _ = std::fs::remove_file(&path);
    if !shared.store_failed.load(Ordering::SeqCst) {
        // Saved for the next start, after the socket is gone (no one waits on it).
        shared.svc.save_read_model();
    }
    Ok(())
}

/// Counts a connection out when its thread ends, even by a panic, so the idle clock and
/// the connection cap stay right.
struct Leaving {
    active: Arc<AtomicUsize>,
    last_left: Arc<Mutex<Instant>>,
}

impl Drop for Leaving {
    fn drop(&mut self) {
        *self
            .last_left
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = Instant::now();
        if self.active.fetch_sub(1, Ordering::SeqCst) == 1 {
            // Nobody connected: what the requests allocated goes back to the system.
            super::memory::give_back();
        }
    }
}

/// Turn a peer away when `MAX_CONNECTIONS` are served: a `Welcome::Refused` it reads in
/// place of the welcome (a small frame, written at once into the socket's buffer), then
/// the socket is closed. The accept loop does this itself, so no thread is spent on it.
fn refuse_busy(stream: UnixStream) {
    eprintln!("lejek serve: {MAX_CONNECTIONS} connections already, refusing one more");
    let refused = Welcome::Refused(RemoteError::new("wire.err.busy", &[&MAX_CONNECTIONS], 1));
    let _ = stream.set_write_timeout(Some(POLL));
    if let Ok(body) = encode(&refused) {
        let _ = write_frame(&mut &stream, &body);
    }
}

/// What a panic said, for the log.
fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_owned())
}

/// Sleep until a client connects or `timeout` passes, whichever is first: a connecting
/// client is accepted at once (a plain sleep made every connection wait up to 25 ms,
/// which was all of a CLI command's time through a server).
fn wait_for_client(listener: &UnixListener, timeout: Duration) {
    use std::os::fd::AsRawFd;
    let mut fd = libc::pollfd {
        fd: listener.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: one valid pollfd for the listener, which outlives the call.
    let _ = unsafe { libc::poll(&mut fd, 1, ms) };
}

/// Bind the socket: in the database directory, or in the runtime directory when the
/// database directory cannot hold one. The caller holds the database's lock, so a socket
/// file already there is from a server that died.
fn bind(db: &Path) -> Result<(UnixListener, std::path::PathBuf)> {
    let first = super::socket_path(db);
    match bind_at(&first) {
        Ok(l) => Ok((l, first)),
        Err(e) => {
            let fallback = super::runtime_socket_path(db);
            if fallback == first {
                return Err(e);
            }
            eprintln!(
                "lejek serve: cannot listen on {} ({}), using {}",
                first.display(),
                e.message(Lang::En),
                fallback.display()
            );
            Ok((bind_at(&fallback)?, fallback))
        }
    }
}

fn bind_at(path: &Path) -> Result<UnixListener> {
    let io_err = |source: io::Error| Error::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(parent) = path.parent()
        && !parent.exists()
    {
        // The runtime directory's `lejek/`: ours alone (the fallback is per user).
        std::fs::create_dir_all(parent).map_err(io_err)?;
        std::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o700)).map_err(io_err)?;
    }
    if path.exists() {
        std::fs::remove_file(path).map_err(io_err)?;
    }
    // The process umask (set when the store opened) already leaves others out; this makes
    // the mode exact: the group may connect, nobody else.
    let listener = UnixListener::bind(path).map_err(io_err)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o660)).map_err(io_err)?;
    Ok(listener)
}

/// The socket file's device and inode, to notice it being removed or replaced.
fn socket_identity(path: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| (m.dev(), m.ino()))
}

/// Why a connection was closed by the server.
#[derive(Debug, thiserror::Error)]
enum ConnError {
    #[error("{0}")]
    Frame(#[from] FrameError),
    #[error("{0}")]
    Codec(#[from] super::protocol::CodecError),
    #[error("refused: {0}")]
    Refused(RemoteError),
    #[error("bad frame: {0}")]
    Bad(String),
    #[error("closed after {0:?} without a request")]
    Quiet(Duration),
}

/// Whether a read failed because its timeout passed (`SO_RCVTIMEO` reports EAGAIN).
fn timed_out(e: &ConnError) -> bool {
    matches!(e, ConnError::Frame(FrameError::Io(io))
        if matches!(io.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut))
}

/// The connection's reading end. Before hello its reads fail once `deadline` has passed,
/// however slowly the bytes trickle in (a peer cannot keep a connection by sending a byte
/// a minute); after it, the socket's own timeout (`IDLE_WAIT`) applies to each read.
struct Timed {
    stream: UnixStream,
    deadline: Option<Instant>,
    /// Bytes read on this connection, to purge freed memory after a large one.
    total: u64,
}

impl Drop for Timed {
    fn drop(&mut self) {
        if self.total > super::memory::LARGE {
            super::memory::give_back();
        }
    }
}

impl Read for Timed {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(deadline) = self.deadline {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            self.stream.set_read_timeout(Some(left))?;
        }
        let n = self.stream.read(buf)?;
        self.total += n as u64;
        Ok(n)
    }
}

/// One client: the handshake, then requests until it hangs up or sends something bad.
fn connection(shared: &Shared, stream: UnixStream) -> std::result::Result<(), ConnError> {
    stream.set_nonblocking(false).map_err(FrameError::Io)?;
    stream
        .set_write_timeout(Some(IDLE_WAIT))
        .map_err(FrameError::Io)?;
    let svc = &shared.svc;
    let peer = peer::peer_uid(&stream).map_err(FrameError::Io)?;

    // Before hello: one small frame, within HELLO_WAIT (the buffer holds at most 8 KiB).
    let mut reader = io::BufReader::new(Timed {
        stream: stream.try_clone().map_err(FrameError::Io)?,
        deadline: Some(Instant::now() + HELLO_WAIT),
        total: 0,
    });
    let mut writer = io::BufWriter::new(stream);
    let hello = read_frame_up_to(&mut reader, MAX_HELLO);
    {
        use crate::service::failpoint::{Point, die, fires};
        if fires(Point::PanicInHello) {
            panic!("LEJEK_TEST_FAIL=panic-in-hello: a connection thread panics");
        }
        if hello.is_ok() && fires(Point::DieInHello) {
            die();
        }
    }
    reader.get_mut().deadline = None;
    reader
        .get_ref()
        .stream
        .set_read_timeout(Some(IDLE_WAIT))
        .map_err(FrameError::Io)?;
    let hello: Hello = match hello
        .map_err(ConnError::from)
        .and_then(|b| decode(&b).map_err(ConnError::from))
    {
        Ok(h) => h,
        Err(ConnError::Frame(FrameError::Closed)) => return Ok(()),
        Err(e) if timed_out(&e) => return Err(ConnError::Quiet(HELLO_WAIT)),
        Err(e) => {
            let refused = RemoteError::new("server.err.malformed", &[&e], 1);
            let _ = write_frame(&mut writer, &encode(&Welcome::Refused(refused))?);
            return Err(ConnError::Bad(e.to_string()));
        }
    };
    let lang = Lang::parse(&hello.lang).unwrap_or(Lang::En);
    let now = hello
        .now
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&chrono::Utc));
    // Reads see the client's day (reproducible reports, `--as-of`); writes are dated by
    // the server's clock (`Dating`).
    crate::service::clock::freeze_this_thread(now);
    let dating = Dating {
        client_now: now,
        system_root: peer::is_root(peer),
    };
    let login = match identify(svc, peer, &hello) {
        Ok(login) => login,
        Err(r) => {
            write_frame(&mut writer, &encode(&Welcome::Refused(r.clone()))?)?;
            return Err(ConnError::Refused(r));
        }
    };
    write_frame(
        &mut writer,
        &encode(&Welcome::Ok {
            version: PROTOCOL_VERSION,
            login: login.clone(),
        })?,
    )?;

    loop {
        let req: Request = match read_frame(&mut reader)
            .map_err(ConnError::from)
            .and_then(|b| decode(&b).map_err(ConnError::from))
        {
            Ok(r) => r,
            Err(ConnError::Frame(FrameError::Closed)) => return Ok(()),
            Err(e) if timed_out(&e) => return Err(ConnError::Quiet(IDLE_WAIT)),
            Err(e) => {
                // Answer, then close: after a bad frame the stream is out of step.
                let err = RemoteError::new("server.err.malformed", &[&e], 1);
                let _ = write_frame(&mut writer, &encode(&Response::Error(err))?);
                return Err(ConnError::Bad(e.to_string()));
            }
        };
        if let Request::Subscribe = req {
            // A subscriber only listens: it is never idle in the sense of IDLE_WAIT.
            reader
                .get_ref()
                .stream
                .set_read_timeout(None)
                .map_err(FrameError::Io)?;
            writer
                .get_ref()
                .set_write_timeout(None)
                .map_err(FrameError::Io)?;
            write_frame(&mut writer, &encode(&Response::Subscribed)?)?;
            return notices(shared, reader, writer);
        }
        let file = match &req {
            Request::Backup { .. } => match receive_file(&mut reader, &mut writer) {
                Ok(f) => Some(f),
                Err(e) => {
                    let err = RemoteError::new("server.err.malformed", &[&e], 1);
                    let _ = write_frame(&mut writer, &encode(&Response::Error(err))?);
                    return Err(ConnError::Bad(e.to_string()));
                }
            },
            _ => None,
        };
        let resp = {
            // A long request (backup, check) says how far it has got, a few times a second.
            // A progress frame that cannot be written is a client that went away: `gone`
            // stops the work (issue 15 item 7), which would otherwise run on for nobody.
            let gone = std::sync::atomic::AtomicBool::new(false);
            let mut last: Option<Instant> = None;
            let mut progress = |done: u64, total: u64| {
                if last.is_none_or(|t| t.elapsed() >= PROGRESS_GAP) || done == total {
                    last = Some(Instant::now());
                    if let Ok(body) = encode(&Response::Progress { done, total })
                        && write_frame(&mut writer, &body).is_err()
                    {
                        gone.store(true, Ordering::Relaxed);
                    }
                }
            };
            // A panic in one request (a bug) is that request's error, not the server's end.
            catch_unwind(AssertUnwindSafe(|| {
                let asker = Asker {
                    login: &login,
                    dating: &dating,
                    lang,
                };
                answer(shared, &asker, req, &mut progress, &gone, file)
            }))
            .unwrap_or_else(|p| {
                eprintln!(
                    "lejek serve: a request of {login} panicked: {}",
                    panic_text(p.as_ref())
                );
                Response::Error(RemoteError::new(
                    "wire.err.panic",
                    &[&shared.log.display()],
                    1,
                ))
            })
        };
        write_frame(&mut writer, &encode_response(&resp)?)?;
    }
}

/// The file a client opened for its backup: asked for, then taken off the socket. The
/// client sends nothing else meanwhile, so nothing is buffered ahead of it.
fn receive_file(
    reader: &mut io::BufReader<Timed>,
    writer: &mut io::BufWriter<UnixStream>,
) -> std::result::Result<std::fs::File, ConnError> {
    write_frame(writer, &encode(&Response::SendFile)?)?;
    if !reader.buffer().is_empty() {
        return Err(ConnError::Bad("bytes before the backup's file".into()));
    }
    let fd = super::fd_pass::recv_fd(&reader.get_ref().stream).map_err(FrameError::Io)?;
    Ok(std::fs::File::from(fd))
}

/// Who a connection acts as: the lejek user whose login is the peer's system login, or
/// with `--user` someone else when the peer is a lejek admin or the system's root.
fn identify(svc: &Service, uid: u32, hello: &Hello) -> std::result::Result<String, RemoteError> {
    if hello.version != PROTOCOL_VERSION {
        return Err(RemoteError::new(
            "server.err.version",
            &[&hello.version, &PROTOCOL_VERSION],
            1,
        ));
    }
    let Some(own) = peer::login_of(uid) else {
        return Err(RemoteError::new("server.err.no_login", &[&uid], 2));
    };
    svc.identify(&own, peer::is_root(uid), hello.act_as.as_deref())
        .map_err(|e| RemoteError::from_service(&e, Lang::En))
}

/// How a connection's writes are dated: by the server's clock. A client whose clock differs
/// (`LEJEK_NOW`) may write only as an admin (or as the system's root), and then each record
/// the write touches is marked as backdated with the server's time (issue 15).
struct Dating {
    client_now: Option<chrono::DateTime<chrono::Utc>>,
    system_root: bool,
}

impl Dating {
    fn actor(&self, svc: &Service, login: &str) -> Result<Actor> {
        let server = svc.own_clock();
        let Some(at) = self.client_now.filter(|t| server.frozen() != Some(*t)) else {
            return Ok(Actor {
                login: login.to_owned(),
                at: server.now(),
                recorded: None,
            });
        };
        if svc.role(login, self.system_root)? != Role::Admin {
            return Err(crate::service::invalid(
                "err.client_clock",
                &[&at.to_rfc3339(), &server.now().to_rfc3339()],
            ));
        }
        Ok(Actor {
            login: login.to_owned(),
            at,
            recorded: Some(server.now()),
        })
    }
}

/// A subscribed connection: forward notices until the client hangs up. A reader thread
/// notices the hang-up (the client sends nothing more) so the writer stops at once.
fn notices(
    shared: &Shared,
    mut reader: io::BufReader<Timed>,
    mut writer: io::BufWriter<UnixStream>,
) -> std::result::Result<(), ConnError> {
    let rx = shared.hub.subscribe();
    let closed = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = closed.clone();
    std::thread::spawn(move || {
        let _ = read_frame(&mut reader);
        flag.store(true, Ordering::SeqCst);
    });
    while !closed.load(Ordering::SeqCst) {
        match rx.recv_timeout(Duration::from_millis(250)) {
            Ok(n) => write_frame(&mut writer, &encode_response(&Response::Notice(n))?)?,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    Ok(())
}

/// Who asks on a connection: the lejek user, how their writes are dated, their language.
struct Asker<'a> {
    login: &'a str,
    dating: &'a Dating,
    lang: Lang,
}

/// Run one request on the service.
fn answer(
    shared: &Shared,
    asker: &Asker,
    req: Request,
    progress: &mut dyn FnMut(u64, u64),
    gone: &std::sync::atomic::AtomicBool,
    file: Option<std::fs::File>,
) -> Response {
    let Asker {
        login,
        dating,
        lang,
    } = *asker;
    let svc = &shared.svc;
    let writes = matches!(req, Request::Apply { .. } | Request::ApplyBatch { .. });
    let result = match req {
        Request::Apply { cmd, id } => dating.actor(svc, login).and_then(|actor| {
            svc.apply_batch_once(login, &id, vec![(actor, cmd)])
                .map(|mut outs| {
                    shared.hub.publish(svc, login, &outs);
                    Response::Done(outs.pop().unwrap_or_default())
                })
        }),
        Request::ApplyBatch { cmds, id } => dating.actor(svc, login).and_then(|actor| {
            let cmds = cmds.into_iter().map(|c| (actor.clone(), c)).collect();
            svc.apply_batch_once(login, &id, cmds).map(|outs| {
                shared.hub.publish(svc, login, &outs);
                Response::Outcomes(outs)
            })
        }),
        Request::DryRun { cmd } => dating
            .actor(svc, login)
            .and_then(|actor| svc.dry_run(&actor, cmd).map(Response::Done)),
        Request::DryRunCount { cmd } => dating.actor(svc, login).and_then(|actor| {
            svc.dry_run(&actor, cmd).map(|o| Response::Counted {
                id: o.id,
                created: o.created.len() as u64,
                skipped: o.skipped.len() as u64,
            })
        }),
        Request::Query(q) => query(svc, login, q),
        Request::Backup { shown } => match file {
            Some(file) => svc
                .backup_into(file, std::path::Path::new(&shown), progress, Some(gone))
                .map(Response::Backup),
            None => Err(Error::Server("no file to write the backup into".into())),
        },
        // Repairing rewrites indexes: for admins only.
        Request::Check { repair } => (if repair {
            svc.require_admin(login, "maint.err.admin_repair")
        } else {
            Ok(())
        })
        .and_then(|()| {
            svc.check_until(repair, progress, Some(gone))
                .map(Response::Check)
        }),
        // Handled by the connection loop before it gets here.
        Request::Subscribe => Ok(Response::Subscribed),
    };
    if writes && let Err(Error::Store(why)) = &result {
        eprintln!("lejek serve: a write failed in the store: {why}");
        shared.store_failed.store(true, Ordering::SeqCst);
    }
    result.unwrap_or_else(|e| Response::Error(RemoteError::from_service(&e, lang)))
}

fn query(svc: &Service, login: &str, q: Query) -> Result<Response> {
    let list = |a: ListArgs| ListQuery {
        filter: a.filter,
        sort: a.sort,
        me: login.to_owned(),
        limit: a.limit,
        offset: a.offset,
    };
    Ok(match q {
        Query::ListDeals(a) => Response::Deals(
            svc.list_deals(&list(a))?
                .into_iter()
                .map(|v| v.deal)
                .collect(),
        ),
        Query::Deal { id } => Response::Deal(svc.deal(id)?),
        Query::ListContacts(a) => Response::Contacts(
            svc.list_contacts(&list(a))?
                .into_iter()
                .map(|v| v.contact)
                .collect(),
        ),
        Query::Contact { id } => Response::Contact(svc.contact(id)?),
        Query::Inbox { unread_only } => Response::Inbox(svc.inbox(login, unread_only)?),
        Query::DealViews(a) => Response::DealViews(wires(svc.list_deals(&list(a))?)),
        Query::DealView { id } => Response::DealView(svc.deal_view(id)?.into()),
        Query::Page { of, args } => {
            // One answer builds at most MAX_PAGE_ROWS views: a client wanting more pages
            // on (the TUI's windows are a few hundred; long CLI lists and exports go by
            // ids), so no request makes the server hold 3M views at once.
            let mut q = list(args);
            q.limit = Some(q.limit.unwrap_or(MAX_PAGE_ROWS).min(MAX_PAGE_ROWS));
            page(svc, of, &q)?
        }
        Query::Ids { of, args } => Response::Ids(svc.ids(of, &list(args))?),
        Query::ContactViews(a) => Response::ContactViews(wires(svc.list_contacts(&list(a))?)),
        Query::ContactView { id } => Response::ContactView(svc.contact_view(id)?.into()),
        Query::CampaignViews(a) => Response::CampaignViews(wires(svc.list_campaigns(&list(a))?)),
        Query::CampaignView { id } => Response::CampaignView(svc.campaign_view(id)?.into()),
        Query::ListTasks(a) => Response::Tasks(
            svc.list_tasks(&list(a))?
                .into_iter()
                .map(|v| v.task)
                .collect(),
        ),
        Query::Task { id } => Response::Task(svc.task(id)?),
        Query::Campaign { id } => Response::Campaign(svc.campaign(id)?),
        Query::FindCampaign { id_or_name } => Response::Campaign(svc.find_campaign(&id_or_name)?),
        Query::Templates => Response::Templates(svc.templates()?),
        Query::Template { name } => Response::Template(Box::new(svc.template(&name)?)),
        Query::SendClaim {
            template_id,
            deal_id,
        } => Response::SendClaim(svc.send_claim(template_id, deal_id)?),
        Query::UserEmail => Response::UserEmail(svc.user_email(login)?),
        Query::Duplicates { min_score } => Response::Duplicates(svc.duplicate_pairs(min_score)?),
        Query::DuplicatesOf { id } => Response::DuplicatesOf(svc.duplicates_of(id)?),
        Query::PersonalData { id } => Response::PersonalData(svc.personal_data(login, id)?),
        Query::FieldDefs => Response::FieldDefs(svc.field_defs()?),
        Query::DealsOfContact { contact } => {
            Response::DealViews(wires(svc.deals_of_contact(contact)?))
        }
        Query::DealsOfCampaign { campaign } => {
            Response::DealViews(wires(svc.deals_of_campaign(campaign)?))
        }
        Query::PersonsOfCompany { company } => Response::Contacts(svc.persons_of_company(company)?),
        Query::History { entity } => Response::Events(svc.history(entity)?),
        Query::Notes { on } => Response::Notes(svc.notes(on)?),
        Query::Comments { on } => Response::Comments(svc.comments(on)?),
        Query::Attachments { on } => Response::Attachments(svc.attachments(on)?),
        Query::TasksOf { on } => Response::Tasks(svc.tasks_of(on)?),
        Query::Users => Response::Users(svc.users()?),
        Query::User { login } => Response::User(svc.user(&login)?),
        Query::Dict { kind } => Response::DictEntries(svc.dict(kind)?),
        Query::DictEntries => Response::DictEntries(svc.dict_entries()?.as_ref().clone()),
        Query::IsInitialised => Response::Flag(svc.is_initialised()),
        Query::Journal { on } => Response::Journal(Box::new(svc.journal(on)?)),
        Query::Journals { ons } => Response::Journals(svc.journals(&ons)?),
        Query::EntityName { entity } => Response::Name(svc.entity_name(entity)),
        Query::DealViewsOf { ids } => Response::DealViews(wires(svc.deal_views_of(few(&ids)?))),
        Query::ContactViewsOf { ids } => {
            Response::ContactViews(wires(svc.contact_views_of(few(&ids)?)))
        }
        Query::TasksOfIds { ids } => Response::Tasks(svc.tasks_of_ids(few(&ids)?)),
        Query::Report { name, mut params } => {
            params.me = login.to_owned();
            Response::Report(crate::report::run(svc, &name, &params)?)
        }
    })
}

/// The most records one answer builds views of (`Query::Page`, `Query::DealViewsOf` ...).
pub const MAX_PAGE_ROWS: usize = 10_000;

/// `ids`, if there are no more than one answer builds views of.
fn few(ids: &[crate::model::Id]) -> Result<&[crate::model::Id]> {
    if ids.len() > MAX_PAGE_ROWS {
        return Err(crate::service::invalid(
            "err.too_many_ids",
            &[&ids.len(), &MAX_PAGE_ROWS],
        ));
    }
    Ok(ids)
}

/// A window of a list as it crosses the socket.
fn page(svc: &Service, of: FilterOf, q: &ListQuery) -> Result<Response> {
    fn answer<V>(p: Page<V>, rows: impl FnOnce(Vec<V>) -> PageRows) -> Response {
        Response::Page {
            total: p.total,
            generation: p.generation,
            rows: rows(p.rows),
        }
    }
    Ok(match of {
        FilterOf::Deal => answer(svc.page_deals(q)?, |r| PageRows::Deals(wires(r))),
        FilterOf::Contact => answer(svc.page_contacts(q)?, |r| PageRows::Contacts(wires(r))),
        FilterOf::Campaign => answer(svc.page_campaigns(q)?, |r| PageRows::Campaigns(wires(r))),
        FilterOf::Task => answer(svc.page_tasks(q)?, |r| {
            PageRows::Tasks(r.into_iter().map(|v| v.task).collect())
        }),
    })
}

/// Views as they cross the socket.
fn wires<V, W: From<V>>(views: Vec<V>) -> Vec<W> {
    views.into_iter().map(W::from).collect()
}
