//! The server loop: a Unix socket in the database directory, one thread per connection,
//! every request answered through the one shared `Service` (which serialises writers and
//! flushes before `apply` returns, so an acknowledged write survives a kill -9).

use std::io;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::i18n::Lang;
use crate::service::access::Role;
use crate::service::query::ListQuery;
use crate::service::{Actor, Error, Result, Service};

use super::frame::{FrameError, read_frame, write_frame};
use super::hub::Hub;
use super::peer;
use super::protocol::{
    Hello, ListArgs, PROTOCOL_VERSION, Query, RemoteError, Request, Response, Welcome, decode,
    encode, encode_response,
};

/// How often the accept loop looks at the idle clock.
const POLL: Duration = Duration::from_millis(25);

/// The least time between two progress frames of one request.
const PROGRESS_GAP: Duration = Duration::from_millis(200);

/// How often the server checks that its socket file is still its own.
const SOCKET_CHECK: Duration = Duration::from_secs(1);

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

    let shared = Arc::new(Shared {
        svc,
        hub: Hub::default(),
    });
    let active = Arc::new(AtomicUsize::new(0));
    let last_left = Arc::new(Mutex::new(Instant::now()));
    let mut checked = Instant::now();
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                active.fetch_add(1, Ordering::SeqCst);
                let shared = shared.clone();
                let active = active.clone();
                let last_left = last_left.clone();
                std::thread::spawn(move || {
                    if let Err(e) = connection(&shared, stream) {
                        eprintln!("lejek serve: connection ended: {e}");
                    }
                    if let Ok(mut t) = last_left.lock() {
                        *t = Instant::now();
                    }
                    active.fetch_sub(1, Ordering::SeqCst);
                });
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if STOP.load(Ordering::SeqCst) {
                    eprintln!("lejek serve: stopped by a signal");
                    break;
                }
                if let Some(idle) = idle {
                    let quiet = last_left.lock().map(|t| t.elapsed()).unwrap_or_default();
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
    Ok(())
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
}

/// One client: the handshake, then requests until it hangs up or sends something bad.
fn connection(shared: &Shared, stream: UnixStream) -> std::result::Result<(), ConnError> {
    stream.set_nonblocking(false).map_err(FrameError::Io)?;
    let svc = &shared.svc;
    let peer = peer::peer_uid(&stream).map_err(FrameError::Io)?;
    let mut reader = io::BufReader::new(stream.try_clone().map_err(FrameError::Io)?);
    let mut writer = io::BufWriter::new(stream);

    let hello: Hello = match read_frame(&mut reader)
        .map_err(ConnError::from)
        .and_then(|b| decode(&b).map_err(ConnError::from))
    {
        Ok(h) => h,
        Err(ConnError::Frame(FrameError::Closed)) => return Ok(()),
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
            Err(e) => {
                // Answer, then close: after a bad frame the stream is out of step.
                let err = RemoteError::new("server.err.malformed", &[&e], 1);
                let _ = write_frame(&mut writer, &encode(&Response::Error(err))?);
                return Err(ConnError::Bad(e.to_string()));
            }
        };
        if let Request::Subscribe = req {
            write_frame(&mut writer, &encode(&Response::Subscribed)?)?;
            return notices(shared, reader, writer);
        }
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
            answer(shared, &login, &dating, lang, req, &mut progress, &gone)
        };
        write_frame(&mut writer, &encode_response(&resp)?)?;
    }
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
    mut reader: io::BufReader<UnixStream>,
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

/// Run one request on the service.
fn answer(
    shared: &Shared,
    login: &str,
    dating: &Dating,
    lang: Lang,
    req: Request,
    progress: &mut dyn FnMut(u64, u64),
    gone: &std::sync::atomic::AtomicBool,
) -> Response {
    let svc = &shared.svc;
    let result = match req {
        Request::Apply { cmd } => dating.actor(svc, login).and_then(|actor| {
            svc.apply(&actor, cmd).map(|o| {
                shared.hub.publish(svc, login, std::slice::from_ref(&o));
                Response::Done(o)
            })
        }),
        Request::ApplyBatch { cmds } => dating.actor(svc, login).and_then(|actor| {
            let cmds = cmds.into_iter().map(|c| (actor.clone(), c)).collect();
            svc.apply_batch(cmds).map(|outs| {
                shared.hub.publish(svc, login, &outs);
                Response::Outcomes(outs)
            })
        }),
        Request::DryRun { cmd } => dating
            .actor(svc, login)
            .and_then(|actor| svc.dry_run(&actor, cmd).map(Response::Done)),
        Request::Query(q) => query(svc, login, q),
        Request::Backup { path } => svc
            .backup_until(std::path::Path::new(&path), progress, Some(gone))
            .map(Response::Backup),
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
    result.unwrap_or_else(|e| Response::Error(RemoteError::from_service(&e, lang)))
}

fn query(svc: &Service, login: &str, q: Query) -> Result<Response> {
    let list = |a: ListArgs| ListQuery {
        filter: a.filter,
        sort: a.sort,
        me: login.to_owned(),
        limit: a.limit,
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
        Query::DealViewsOf { ids } => Response::DealViews(wires(svc.deal_views_of(&ids))),
        Query::ContactViewsOf { ids } => Response::ContactViews(wires(svc.contact_views_of(&ids))),
        Query::TasksOfIds { ids } => Response::Tasks(svc.tasks_of_ids(&ids)),
        Query::Report { name, mut params } => {
            params.me = login.to_owned();
            Response::Report(crate::report::run(svc, &name, &params)?)
        }
    })
}

/// Views as they cross the socket.
fn wires<V, W: From<V>>(views: Vec<V>) -> Vec<W> {
    views.into_iter().map(W::from).collect()
}
