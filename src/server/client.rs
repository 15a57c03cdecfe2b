//! The client side: connect to a database's server, shake hands, ask.

use std::io::{BufReader, BufWriter};
use std::os::unix::net::UnixStream;
use std::path::Path;

use crate::i18n::Lang;

use super::frame::{FrameError, read_frame, write_frame};
use super::protocol::{
    CodecError, Hello, PROTOCOL_VERSION, RemoteError, Request, Response, Welcome, decode, encode,
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
}

/// One connection to a server.
pub struct Client {
    reader: BufReader<UnixStream>,
    writer: BufWriter<UnixStream>,
}

impl Client {
    /// Connect to the server of database directory `db` as `login`.
    pub fn connect(db: &Path, login: &str, lang: Lang) -> Result<Client, ClientError> {
        let hello = Hello {
            version: PROTOCOL_VERSION,
            login: login.to_owned(),
            lang: match lang {
                Lang::Pl => "pl",
                Lang::En => "en",
            }
            .to_owned(),
        };
        Client::connect_with(&super::socket_path(db), &hello)
    }

    /// Connect to a socket with an explicit handshake (tests send a wrong version).
    pub fn connect_with(socket: &Path, hello: &Hello) -> Result<Client, ClientError> {
        let stream = UnixStream::connect(socket).map_err(|source| ClientError::Connect {
            path: socket.display().to_string(),
            source,
        })?;
        let clone = stream.try_clone().map_err(FrameError::Io)?;
        let mut client = Client {
            reader: BufReader::new(clone),
            writer: BufWriter::new(stream),
        };
        write_frame(&mut client.writer, &encode(hello)?)?;
        match decode::<Welcome>(&read_frame(&mut client.reader)?)? {
            Welcome::Ok { .. } => Ok(client),
            Welcome::Refused(e) => Err(ClientError::Refused(e)),
        }
    }

    /// Send one request and wait for its answer. A service error is `Response::Error`.
    pub fn request(&mut self, req: &Request) -> Result<Response, ClientError> {
        write_frame(&mut self.writer, &encode(req)?)?;
        Ok(decode(&read_frame(&mut self.reader)?)?)
    }
}
