//! The client side: connect to a database's server, shake hands, ask.

use std::io::{BufReader, BufWriter};
use std::os::unix::net::UnixStream;
use std::path::Path;

use crate::i18n::Lang;

use super::frame::{FrameError, MAX_RESPONSE, read_frame_up_to, write_frame};
use super::protocol::{
    CodecError, Hello, Notice, PROTOCOL_VERSION, RemoteError, Request, Response, Welcome,
    decode_response, encode,
};

/// Why talking to the server failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("cannot connect to {path}: {source}")]
    Connect {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Frame(#[from] FrameError),
    #[error("{0}")]
    Codec(#[from] CodecError),
    /// The server turned the handshake down (wrong version, unknown user).
    #[error("{0}")]
    Refused(RemoteError),
    /// The server answered something other than what was asked for.
    #[error("unexpected answer from the server")]
    Unexpected,
}

impl ClientError {
    /// Whether the connection itself broke (reset, closed, cut inside a frame, timed out):
    /// the server died or went away, so a new connection (and, if none listens, a new
    /// server) may succeed where this one failed. Not a refusal or a garbled message.
    pub fn connection_lost(&self) -> bool {
        matches!(
            self,
            ClientError::Frame(
                FrameError::Closed | FrameError::Truncated { .. } | FrameError::Io(_)
            )
        )
    }
}

/// One connection to a server.
pub struct Client {
    reader: BufReader<UnixStream>,
    writer: BufWriter<UnixStream>,
    /// The lejek user the server says this connection acts as.
    login: String,
}

/// The handshake a front end sends: this version, `--user` if given, the language.
pub fn hello(act_as: Option<&str>, lang: Lang) -> Hello {
    Hello {
        version: PROTOCOL_VERSION,
        act_as: act_as.map(str::to_owned),
        lang: match lang {
            Lang::Pl => "pl",
            Lang::En => "en",
        }
        .to_owned(),
        now: crate::service::Clock::from_env()
            .frozen()
            .map(|t| t.to_rfc3339()),
    }
}

impl Client {
    /// Connect to the server of database directory `db`, acting as `act_as` (or as the
    /// user the socket's credentials name).
    pub fn connect(db: &Path, act_as: Option<&str>, lang: Lang) -> Result<Client, ClientError> {
        let hello = hello(act_as, lang);
        let first = super::socket_path(db);
        match Client::connect_with(&first, &hello) {
            Err(ClientError::Connect { path, source }) => {
                // A server whose database directory could not hold the socket listens in
                // the runtime directory instead.
                let fallback = super::runtime_socket_path(db);
                if fallback == first || !fallback.exists() {
                    return Err(ClientError::Connect { path, source });
                }
                Client::connect_with(&fallback, &hello)
            }
            other => other,
        }
    }

    /// Connect to a socket with an explicit handshake (tests send a wrong version).
    pub fn connect_with(socket: &Path, hello: &Hello) -> Result<Client, ClientError> {
        let stream = UnixStream::connect(socket).map_err(|source| ClientError::Connect {
            path: socket.display().to_string(),
            source,
        })?;
        let clone = stream.try_clone().map_err(FrameError::Io)?;
        let mut reader = BufReader::new(clone);
        let mut writer = BufWriter::new(stream);
        let sent = write_frame(&mut writer, &encode(hello)?);
        // A server that turns us away (too many connections) answers before reading our
        // hello and closes: its refusal is still there to read even when sending failed.
        let welcome = match (sent, read_frame_up_to(&mut reader, MAX_RESPONSE)) {
            (_, Ok(body)) => body,
            (Err(e), Err(_)) | (Ok(()), Err(e)) => return Err(e.into()),
        };
        match decode_response::<Welcome>(&welcome)? {
            Welcome::Ok { login, .. } => Ok(Client {
                reader,
                writer,
                login,
            }),
            Welcome::Refused(e) => Err(ClientError::Refused(e)),
        }
    }

    /// Who the server says we are.
    pub fn login(&self) -> &str {
        &self.login
    }

    /// Send one request and wait for its answer. A service error is `Response::Error`.
    pub fn request(&mut self, req: &Request) -> Result<Response, ClientError> {
        self.request_with(req, &mut |_, _| {})
    }

    /// Like `request`; `progress` hears the (done, total) a long request reports first.
    pub fn request_with(
        &mut self,
        req: &Request,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Response, ClientError> {
        self.exchange(req, None, progress)
    }

    /// `request_with` for a request the server answers first with `Response::SendFile`:
    /// then `file` goes over the socket, and the answer after it is returned.
    pub fn request_with_file(
        &mut self,
        req: &Request,
        file: &std::fs::File,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Response, ClientError> {
        self.exchange(req, Some(file), progress)
    }

    fn exchange(
        &mut self,
        req: &Request,
        file: Option<&std::fs::File>,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<Response, ClientError> {
        use std::os::fd::AsRawFd;
        write_frame(&mut self.writer, &encode(req)?)?;
        loop {
            let body = read_frame_up_to(&mut self.reader, MAX_RESPONSE)?;
            match (decode_response(&body)?, file) {
                (Response::Progress { done, total }, _) => progress(done, total),
                (Response::SendFile, Some(file)) => {
                    super::fd_pass::send_fd(self.writer.get_ref(), file.as_raw_fd())
                        .map_err(FrameError::Io)?;
                }
                (answer, _) => return Ok(answer),
            }
        }
    }

    /// Turn this connection into the stream of change notices.
    pub fn subscribe(mut self) -> Result<Notices, ClientError> {
        match self.request(&Request::Subscribe)? {
            Response::Subscribed => Ok(Notices { client: self }),
            _ => Err(ClientError::Unexpected),
        }
    }
}

/// Change notices from the server, one per committed write (blocking).
pub struct Notices {
    client: Client,
}

impl Notices {
    /// The next notice; an error when the server went away.
    pub fn next_notice(&mut self) -> Result<Notice, ClientError> {
        let body = read_frame_up_to(&mut self.client.reader, MAX_RESPONSE)?;
        match decode_response(&body)? {
            Response::Notice(n) => Ok(n),
            _ => Err(ClientError::Unexpected),
        }
    }
}
