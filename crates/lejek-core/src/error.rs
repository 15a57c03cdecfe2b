//! Errors of the core (the service's, the read model's): bad input (exit 2, nothing written) versus failures (exit 1).

use crate::i18n::{Lang, Message};
use crate::model::date_input::DateError;
use crate::model::money::MoneyError;
use crate::model::nip::NipError;
use crate::remote_error::RemoteError;
use crate::store::codec::CodecError;
use crate::store::writes::WriteError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The user asked for something invalid; nothing was written.
    #[error("{0:?}")]
    Invalid(Message),
    #[error("{0:?}")]
    Money(MoneyError),
    #[error("{0:?}")]
    Nip(NipError),
    #[error("{0:?}")]
    Date(DateError),
    #[error("{}", .0.message(Lang::En))]
    Filter(crate::filter::FilterError),
    /// The store failed: disk, corruption.
    #[error("{0}")]
    Store(String),
    /// A walk over the store could not read all of it (issue 15 items 6, 7): which tree,
    /// how far, why, in the user's language.
    #[error("{0:?}")]
    Unreadable(Message),
    #[error("{0}")]
    Open(#[from] crate::store::OpenError),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The database's server answered with an error (it carries its own exit code).
    #[error("{0}")]
    Remote(RemoteError),
    /// The database's server could not be reached or broke the connection.
    #[error("{0}")]
    Server(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn invalid(key: &'static str) -> Error {
        Error::Invalid(Message::new(key))
    }

    /// Bad input is 2, everything else 1 (DESIGN.md exit codes).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Invalid(_)
            | Error::Money(_)
            | Error::Nip(_)
            | Error::Date(_)
            | Error::Filter(_) => 2,
            Error::Remote(r) => r.exit_code,
            _ => 1,
        }
    }

    /// One line in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Invalid(m) => m.render(lang),
            Error::Money(e) => e.message(lang),
            Error::Nip(e) => e.message(lang),
            Error::Date(e) => e.message(lang),
            Error::Filter(e) => e.message(lang),
            Error::Store(s) => Message::new("err.store").arg(s).render(lang),
            Error::Unreadable(m) => m.render(lang),
            Error::Open(e) => match e {
                crate::store::OpenError::Locked(p) => {
                    Message::new("err.locked").arg(p.display()).render(lang)
                }
                crate::store::OpenError::TooNew { path, found, known } => {
                    Message::new("err.too_new")
                        .arg(path.display())
                        .arg(found)
                        .arg(known)
                        .render(lang)
                }
                crate::store::OpenError::Missing(p) => {
                    Message::new("err.no_db").arg(p.display()).render(lang)
                }
                crate::store::OpenError::Denied(p) => Message::new("integrity.err.no_permission")
                    .arg(p.display())
                    .render(lang),
                crate::store::OpenError::Damaged(p) => Message::new("guard.err.damaged")
                    .arg(p.display())
                    .render(lang),
                other => Message::new("err.store").arg(other).render(lang),
            },
            Error::Io { path, source } => Message::new("err.io").arg(path).arg(source).render(lang),
            Error::Remote(r) => r.message(lang),
            Error::Server(s) => Message::new("err.server").arg(s).render(lang),
        }
    }
}

/// Turning a service error into its wire form is here, beside `Error`, so that
/// `remote_error` (which `Error::Remote` carries) does not import `Error` back.
impl RemoteError {
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
}

impl From<WriteError> for Error {
    fn from(e: WriteError) -> Error {
        Error::Store(e.to_string())
    }
}

impl From<sled::Error> for Error {
    fn from(e: sled::Error) -> Error {
        match crate::store::walk::WalkError::of(&e) {
            Some(w) => Error::Unreadable(w.message()),
            None => Error::Store(e.to_string()),
        }
    }
}

impl From<CodecError> for Error {
    fn from(e: CodecError) -> Error {
        Error::Store(e.to_string())
    }
}

impl From<MoneyError> for Error {
    fn from(e: MoneyError) -> Error {
        Error::Money(e)
    }
}

impl From<NipError> for Error {
    fn from(e: NipError) -> Error {
        Error::Nip(e)
    }
}

impl From<DateError> for Error {
    fn from(e: DateError) -> Error {
        Error::Date(e)
    }
}

impl From<crate::filter::FilterError> for Error {
    fn from(e: crate::filter::FilterError) -> Error {
        Error::Filter(e)
    }
}

/// Shorthand for a bad-input error with arguments.
pub fn invalid(key: &'static str, args: &[&dyn std::fmt::Display]) -> Error {
    let mut m = Message::new(key);
    for a in args {
        m = m.arg(a);
    }
    Error::Invalid(m)
}
