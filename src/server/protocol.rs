//! The messages on the socket, bincode-encoded (serde) inside frames. A connection starts
//! with `Hello` -> `Welcome`; then each `Request` gets exactly one `Response`.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, tr_dynamic};
use crate::model::{Contact, Deal, Event, Id, Notification};
use crate::service::{Command, Error, Outcome};

use super::frame::MAX_FRAME;

/// Bumped whenever a message changes shape; both sides must agree exactly.
pub const PROTOCOL_VERSION: u32 = 1;

/// The client's first message.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Hello {
    pub version: u32,
    /// The lejek user the client acts as.
    // TODO(issue 6, identity): take the user from the socket's peer credentials
    // (SO_PEERCRED) instead of trusting this field; it needs `libc` as a direct dependency.
    pub login: String,
    /// "pl" or "en": the language of error texts the server renders.
    pub lang: String,
}

/// The server's answer to `Hello`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Welcome {
    Ok { version: u32 },
    Refused(RemoteError),
}

/// What a client asks for.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Request {
    /// Apply a command as the connected user; answered after it is flushed to disk.
    Apply {
        cmd: Command,
    },
    /// Validate and plan a command, writing nothing.
    DryRun {
        cmd: Command,
    },
    Query(Query),
}

/// The reads front ends need first.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Query {
    ListDeals(ListArgs),
    Deal { id: Id },
    ListContacts(ListArgs),
    Contact { id: Id },
    Inbox { unread_only: bool },
}

/// A list's filter, sort and limit ("me" is the connected user).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ListArgs {
    pub filter: String,
    pub sort: Option<String>,
    pub limit: Option<usize>,
}

/// The answer to one `Request`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Response {
    Done(Outcome),
    /// Deals in list order (filtered, sorted, limited).
    Deals(Vec<Deal>),
    Deal(Deal),
    Contacts(Vec<Contact>),
    Contact(Contact),
    Inbox(Vec<(Notification, Event)>),
    Error(RemoteError),
}

/// A service error as it crosses the socket: a catalogue key with its arguments and the
/// exit code class (2 bad input, 1 failure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{key} {args:?}")]
pub struct RemoteError {
    pub key: String,
    pub args: Vec<String>,
    pub exit_code: i32,
}

impl RemoteError {
    pub fn new(key: &str, args: &[&dyn std::fmt::Display], exit_code: i32) -> RemoteError {
        RemoteError {
            key: key.to_owned(),
            args: args.iter().map(|a| a.to_string()).collect(),
            exit_code,
        }
    }

    /// A service error; keys survive where the error has one, otherwise the text rendered
    /// in the client's language travels as the argument of `server.err.remote`.
    pub fn from_service(e: &Error, lang: Lang) -> RemoteError {
        match e {
            Error::Invalid(m) => RemoteError {
                key: m.key.to_owned(),
                args: m.args.clone(),
                exit_code: e.exit_code(),
            },
            other => RemoteError::new(
                "server.err.remote",
                &[&other.message(lang)],
                other.exit_code(),
            ),
        }
    }

    /// One line in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| match a.strip_prefix("col.") {
                Some(_) => tr_dynamic(lang, a).unwrap_or_else(|| a.clone()),
                None => a.clone(),
            })
            .collect();
        let template = tr_dynamic(lang, &self.key).unwrap_or_else(|| self.key.clone());
        crate::i18n::fill(&template, &args)
    }
}

/// Why a message could not be encoded or decoded.
#[derive(Debug, thiserror::Error)]
pub enum CodecError {
    #[error("cannot encode message: {0}")]
    Encode(#[from] bincode::error::EncodeError),
    #[error("malformed message: {0}")]
    Decode(#[from] bincode::error::DecodeError),
    #[error("malformed message: {0} trailing bytes")]
    Trailing(usize),
}

fn config() -> impl bincode::config::Config {
    bincode::config::standard().with_limit::<MAX_FRAME>()
}

/// Encode a message as a frame body.
pub fn encode<T: Serialize>(msg: &T) -> Result<Vec<u8>, CodecError> {
    Ok(bincode::serde::encode_to_vec(msg, config())?)
}

/// Decode a frame body; bytes left over make it malformed.
pub fn decode<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, CodecError> {
    let (msg, used) = bincode::serde::decode_from_slice(body, config())?;
    if used != body.len() {
        return Err(CodecError::Trailing(body.len() - used));
    }
    Ok(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::ContactDraft;

    #[test]
    fn requests_round_trip() {
        let req = Request::Apply {
            cmd: Command::AddContact(ContactDraft {
                name: "Żółw sp. z o.o.".into(),
                ..Default::default()
            }),
        };
        let back: Request = decode(&encode(&req).unwrap()).unwrap();
        assert_eq!(format!("{back:?}"), format!("{req:?}"));
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(decode::<Request>(&[0xff, 0xff, 0xff, 0xff, 0xff]).is_err());
        assert!(decode::<Hello>(&[]).is_err());
    }
}
