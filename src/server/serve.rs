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
use crate::service::query::ListQuery;
use crate::service::{Error, Result, Service};

use super::frame::{FrameError, read_frame, write_frame};
use super::protocol::{
    Hello, ListArgs, PROTOCOL_VERSION, Query, RemoteError, Request, Response, Welcome, decode,
    encode,
};

/// How often the accept loop looks at the idle clock.
const POLL: Duration = Duration::from_millis(25);

/// Serve `svc` (opened on `db`) until no client has been connected for `idle`
/// (`None`: forever). The socket is `<db>/lejek.sock`, mode 0660.
pub fn serve(svc: Arc<Service>, db: &Path, idle: Option<Duration>) -> Result<()> {
    let path = super::socket_path(db);
    let io_err = |source: io::Error| Error::Io {
        path: path.display().to_string(),
        source,
    };
    // We hold the database's lock, so a socket file left here is from a server that died.
    if path.exists() {
        std::fs::remove_file(&path).map_err(io_err)?;
    }
    let listener = UnixListener::bind(&path).map_err(io_err)?;
    // Group members may connect, nobody else (a team shares the directory's group).
    // TODO(issue 6): bind under a umask so there is no window with the default mode.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o660)).map_err(io_err)?;
    listener.set_nonblocking(true).map_err(io_err)?;
    eprintln!("lejek serve: listening on {}", path.display());

    let active = Arc::new(AtomicUsize::new(0));
    let last_left = Arc::new(Mutex::new(Instant::now()));
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                active.fetch_add(1, Ordering::SeqCst);
                let svc = svc.clone();
                let active = active.clone();
                let last_left = last_left.clone();
                std::thread::spawn(move || {
                    if let Err(e) = connection(&svc, stream) {
                        eprintln!("lejek serve: connection ended: {e}");
                    }
                    if let Ok(mut t) = last_left.lock() {
                        *t = Instant::now();
                    }
                    active.fetch_sub(1, Ordering::SeqCst);
                });
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                if let Some(idle) = idle {
                    let quiet = last_left.lock().map(|t| t.elapsed()).unwrap_or_default();
                    if active.load(Ordering::SeqCst) == 0 && quiet >= idle {
                        break;
                    }
                }
                std::thread::sleep(POLL);
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => {
                // Out of file descriptors and the like: keep serving those connected.
                eprintln!("lejek serve: accept: {e}");
                std::thread::sleep(POLL);
            }
        }
    }
    eprintln!("lejek serve: idle, exiting");
    let _ = std::fs::remove_file(&path);
    Ok(())
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
fn connection(svc: &Service, stream: UnixStream) -> std::result::Result<(), ConnError> {
    stream.set_nonblocking(false).map_err(FrameError::Io)?;
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
    let refusal = if hello.version != PROTOCOL_VERSION {
        Some(RemoteError::new(
            "server.err.version",
            &[&hello.version, &PROTOCOL_VERSION],
            1,
        ))
    } else {
        match svc.user(&hello.login) {
            Ok(Some(_)) => None,
            Ok(None) => Some(RemoteError::new("err.actor_unknown", &[&hello.login], 2)),
            Err(e) => Some(RemoteError::from_service(&e, lang)),
        }
    };
    if let Some(r) = refusal {
        write_frame(&mut writer, &encode(&Welcome::Refused(r.clone()))?)?;
        return Err(ConnError::Refused(r));
    }
    write_frame(
        &mut writer,
        &encode(&Welcome::Ok {
            version: PROTOCOL_VERSION,
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
        let resp = answer(svc, &hello.login, lang, req);
        write_frame(&mut writer, &encode(&resp)?)?;
    }
}

/// Run one request on the service.
fn answer(svc: &Service, login: &str, lang: Lang, req: Request) -> Response {
    let result = match req {
        Request::Apply { cmd } => svc.apply(&svc.actor(login), cmd).map(Response::Done),
        Request::DryRun { cmd } => svc.dry_run(&svc.actor(login), cmd).map(Response::Done),
        Request::Query(q) => query(svc, login, q),
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
